import request from 'supertest';
import PDFDocument from 'pdfkit';
import { journeyApp } from '../../support/journey-app';
import { requireSystemPackages } from '@candor/testing/system-packages';

requireSystemPackages('espeak-ng', 'sox', 'pocketsphinx', 'pocketsphinx-en-us');

/** A one-page CV as a recruiter would upload it (a real PDF). */
function cvPdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(
    'Jane Roe\njane.roe@example.com\n+1 415 555 0100\n\nSkills\nJava, Spring, SQL, Docker, Communication\n\n' +
      'Experience\nSenior Developer, Tech Corp, 2019-01 - 2024-06\nBuilt Java services with Spring.\n',
  );
  doc.end();
  return done;
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * JOURNEYS.md 1, walked as its users do on a fresh DATA_DIR: the recruiter (S3) logs in, generates a job, uploads a
 * CV, creates the interview and sends its link; the candidate follows the link, answers the AI interviewer by text
 * and by voice over the socket, and ends; the recruiter reads the score and report, downloads the PDF and shares it.
 */
describe('journey 1: a recruiter hires through a chat interview (S3)', () => {
  const journey = journeyApp({ PUBLIC_URL: 'http://candor.test' });

  it('from login to a shared report', async () => {
    const t = journey.app;
    const email = 'journey-recruiter@example.com';
    const password = 'Sup3r-secret-pw';
    await request(t.url).post('/api/auth/register').send({ email, password, full_name: 'Rita Recruiter', role: 'recruiter' }).expect(201);
    const login = await request(t.url).post('/api/auth/login/').send({ email, password }).expect(200);
    expect(login.body).toMatchObject({ access: expect.any(String), refresh: expect.any(String), user: { email } });
    const auth = { Authorization: `Bearer ${login.body.access}` };

    const job = (await request(t.url).post('/api/jobs/generate_from_title/').set(auth).send({ title: 'Java Developer', company: 'Tech Corp' }).expect(201)).body;
    expect(job).toMatchObject({ _id: expect.any(String), title: 'Java Developer', ai_generated: true });

    const candidate = (
      await request(t.url).post('/api/candidates/upload_cv/').set(auth).attach('cv_file', await cvPdf(), { filename: 'jane-roe.pdf', contentType: 'application/pdf' }).expect(201)
    ).body;
    expect(candidate).toMatchObject({ full_name: 'Jane Roe', email: 'jane.roe@example.com', parsing_status: 'completed' });
    expect(candidate.technical_skills).toEqual(expect.arrayContaining(['Java', 'Spring', 'SQL']));

    const interview = (
      await request(t.url).post('/api/interviews/').set(auth).send({ job: job._id, candidate: candidate._id, interview_type: 'chat', difficulty: 'auto' }).expect(201)
    ).body;
    expect(interview.interview_link).toBe(`http://candor.test/interview/${interview._id}`);

    // The candidate follows the link the recruiter sent, with its invite token, and learns where to connect.
    const invitation = (
      await request(t.url).get(`${new URL(interview.interview_link).pathname}?token=${encodeURIComponent(interview.invite_token)}`).set('Accept', 'application/json').expect(200)
    ).body;
    const socketUrl = new URL(invitation.websocket_url);
    const socket = await journey.join(`${socketUrl.pathname}${socketUrl.search}`);

    socket.send({ type: 'start_interview' });
    expect((await socket.next('interview_started')).message).toEqual(expect.any(String));
    socket.send({ type: 'candidate_message', content: 'I have five years of Java and Spring, building REST services and leading a small team.' });
    await socket.next('message', (m) => m.sender === 'candidate');
    await socket.next('message', (m) => m.sender === 'ai', 15_000);

    // The next answer is spoken: audio chunks, transcribed into the candidate's message.
    const tts = await request(t.url).post('/api/v1/voice/tts').set(auth).send({ text: 'I use a hash map for fast lookups in my services' }).expect(200);
    const wav = Buffer.from(tts.body.audio_base64, 'base64');
    const half = Math.floor(wav.length / 2);
    socket.send({ type: 'audio_data', audio: wav.subarray(0, half).toString('base64'), final: false });
    socket.send({ type: 'audio_data', audio: wav.subarray(half).toString('base64') });
    const transcribed = await socket.next('audio_processed', (m) => m.status === 'transcribed', 30_000);
    await socket.next('message', (m) => m.sender === 'candidate' && m.content === transcribed.text);

    socket.send({ type: 'end_interview' });
    expect(await socket.next('interview_ended')).toMatchObject({ message: expect.any(String) });
    await socket.next('interview_scored', () => true, 30_000);

    const score = (await request(t.url).get(`/api/interviews/${interview._id}/score/`).set(auth).expect(200)).body;
    expect(score).toMatchObject({ interview: interview._id, overall_score: expect.any(Number), recommendation: expect.stringMatching(/^(strong_hire|hire|maybe|no_hire)$/) });
    const report = (await request(t.url).get(`/api/reports/${interview._id}/`).set(auth).expect(200)).body;
    expect(report).toMatchObject({ interview: interview._id, executive_summary: expect.any(String), overall_score: score.overall_score });
    const pdf = await request(t.url).get(`/api/reports/${interview._id}/export/`).set(auth).buffer(true).parse(binary).expect(200);
    expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const shared = (await request(t.url).post(`/api/reports/${interview._id}/share/`).set(auth).expect(201)).body;
    const publicReport = (await request(t.url).get(new URL(shared.share_url).pathname).expect(200)).body;
    expect(publicReport).toMatchObject({ interview: interview._id, share_token: shared.share_token, overall_score: score.overall_score });
  }, 120_000);
});
