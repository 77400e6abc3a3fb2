import request from 'supertest';
import { journeyApp } from '../../support/journey-app';
import { signUp } from '../../support/interview-actors';
import { verifyMailbox } from '../../support/mail-outbox';
import { requireSystemPackages } from '@candor/testing/system-packages';
import { png } from '../../support/png-image';

requireSystemPackages('espeak-ng', 'sox', 'pocketsphinx', 'pocketsphinx-en-us');

/**
 * JOURNEYS.md 3, on a fresh DATA_DIR: a candidate registers on S4 and verifies the email, sees the interview
 * addressed to it, verifies identity, starts (room token) while the status socket reports it, ends, uploads the
 * recording, has it transcribed and analysed; the interviewer reads the report and exports analytics as CSV.
 */
describe('journey 3: the candidate portal (S4)', () => {
  const journey = journeyApp();

  it('from registration to the interviewer’s export', async () => {
    const t = journey.app;
    const interviewer = await signUp(t.url, 'journey3-interviewer@example.com');
    const email = 'journey3-candidate@example.com';
    const password = 'Sup3r-secret-pw';
    await request(t.url).post('/auth/register').send({ email, password, full_name: 'Cora Candidate', role: 'candidate' }).expect(201);
    const interview = (
      await request(t.url).post('/api/v1/interviews/').set(interviewer.auth).send({ title: 'Portal interview', candidate_name: 'Cora Candidate', candidate_email: email }).expect(200)
    ).body;

    const login = (await request(t.url).post('/auth/login').send({ email, password }).expect(200)).body.data;
    const candidate = { Authorization: `Bearer ${login.access_token}` };
    expect((await request(t.url).get('/candidates/interviews/').set(candidate).expect(200)).body.pagination.total).toBe(0);
    await verifyMailbox(t.url, email);
    const mine = (await request(t.url).get('/candidates/interviews/').set(candidate).expect(200)).body;
    expect(mine.data.map((i: { id: string }) => i.id)).toEqual([interview.id]);

    const verification = (
      await request(t.url).post('/candidates/verify/identity').set(candidate).field('interview_id', interview.id).attach('document', png(1200, 800), { filename: 'passport.png', contentType: 'image/png' }).expect(201)
    ).body.data;
    expect((await request(t.url).get(`/candidates/verify/status/${verification.verification_id}`).set(candidate).expect(200)).body.data.status).toBe(verification.status);

    const status = await journey.join(`/ws/interview/${interview.id}/status?token=${interviewer.token}`);
    const started = (await request(t.url).post(`/candidates/interviews/${interview.id}/start`).set(candidate).set('Content-Type', 'application/json').expect(200)).body.data;
    expect(started).toMatchObject({ status: 'in_progress', livekit_token: expect.stringMatching(/^ey/), livekit_url: expect.any(String) });
    expect((await status.next('interview_status', (m) => (m.data as { status: string }).status === 'in_progress')).data).toMatchObject({ interview_id: interview.id });
    await request(t.url).post(`/candidates/interviews/${interview.id}/end`).set(candidate).expect(200);
    await status.next('interview_status', (m) => (m.data as { status: string }).status === 'completed');

    const tts = await request(t.url).post('/api/v1/voice/tts').set(interviewer.auth).send({ text: 'I would start by measuring where the time goes, then fix the slowest query.' }).expect(200);
    const recording = Buffer.from(tts.body.audio_base64, 'base64');
    await request(t.url).post(`/candidates/recordings/${interview.id}/upload`).set(candidate).attach('file', recording, { filename: 'answer.wav', contentType: 'audio/wav' }).expect(201);
    const transcription = (await request(t.url).post(`/candidates/recordings/${interview.id}/transcribe`).set(candidate).expect(200)).body.data;
    expect(transcription).toMatchObject({ status: 'completed', transcript: { text: expect.any(String) } });
    const analysis = (await request(t.url).get(`/candidates/recordings/${interview.id}/analysis`).set(interviewer.auth).expect(200)).body.data;
    expect(analysis).toMatchObject({ transcribed: true, word_count: expect.any(Number) });

    const report = (await request(t.url).get(`/interviewer/analytics/reports/${interview.id}`).set(interviewer.auth).expect(200)).body.data;
    expect(report.interview).toMatchObject({ id: interview.id, status: 'completed' });
    const csv = await request(t.url).post('/interviewer/analytics/export').set(interviewer.auth).send({ format: 'csv' }).buffer(true).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\n')[0]).toContain('interview_id');
    expect(csv.text).toContain(interview.id);
  }, 90_000);
});
