import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { IDENTITY_ENV, newUser, Session } from '../support/identity-fixtures';
import { requireSystemPackages } from '@candor/testing/system-packages';
import { png } from '../support/png-image';

const S4_ERROR = { success: false, message: expect.any(String), errors: expect.any(Array), error_code: expect.any(String), timestamp: expect.any(String) };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Every file stored under a directory (recursively). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile());
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

requireSystemPackages('espeak-ng', 'sox', 'pocketsphinx', 'pocketsphinx-en-us', 'bubblewrap', 'util-linux', 'time', 'python3', 'python3-pyflakes', 'python3-pycodestyle');

describe('S4 /candidates/recordings and /candidates/verify', () => {
  let t: TestApp;
  let owner: Session;
  let candidate: Session;
  let stranger: Session;
  let interviewId: string;
  let speech: Buffer;

  beforeAll(async () => {
    t = await startTestApp(IDENTITY_ENV);
    [owner, candidate, stranger] = await Promise.all([newUser(t.url), newUser(t.url, 'candidate'), newUser(t.url)]);
    const created = await request(t.url)
      .post('/api/v1/interviews/')
      .set(owner.auth)
      .send({ title: 'Recorded interview', candidate_email: candidate.email })
      .expect(200);
    interviewId = created.body.id;
    const tts = await request(t.url)
      .post('/api/v1/voice/tts')
      .set(owner.auth)
      .send({ text: 'Um so I think the answer is recursion. Uh, you know, it calls itself.' })
      .expect(200);
    speech = Buffer.from(tts.body.audio_base64, 'base64');
  }, 60_000);
  afterAll(async () => t.close());

  describe('recordings', () => {
    it('uploads, downloads raw, analyses, transcribes and deletes a WAV recording', async () => {
      const up = await request(t.url)
        .post(`/candidates/recordings/${interviewId}/upload`)
        .set(candidate.auth)
        .attach('file', speech, { filename: 'answer.wav', contentType: 'audio/wav' })
        .expect(201);
      expect(up.body).toMatchObject({
        success: true,
        message: 'Recording uploaded successfully',
        data: {
          interview_id: interviewId,
          recording_id: expect.any(String),
          file_name: 'answer.wav',
          content_type: 'audio/wav',
          size_bytes: speech.length,
          transcription_status: 'none',
          uploaded_by: candidate.id,
          download_url: `/candidates/recordings/${interviewId}/download`,
        },
      });
      const byteRate = speech.readUInt32LE(28);
      expect(up.body.data.duration_seconds).toBeCloseTo((speech.length - 44) / byteRate, 1);

      const down = await request(t.url).get(`/candidates/recordings/${interviewId}/download`).set(owner.auth).buffer(true).parse(binary).expect(200);
      expect(down.headers['content-type']).toMatch(/^audio\/wav/);
      expect(Buffer.compare(down.body as Buffer, speech)).toBe(0);

      const before = await request(t.url).get(`/candidates/recordings/${interviewId}/analysis`).set(candidate.auth).expect(200);
      expect(before.body.success).toBe(true);
      expect(before.body.data).toMatchObject({ transcribed: false, word_count: null, words_per_minute: null, filler_word_count: null });
      expect(before.body.data.duration_seconds).toBeGreaterThan(1);
      // espeak leaves silences between its phrases: a real measurement, bounded by the recording itself.
      expect(before.body.data.longest_pause_seconds).toEqual(expect.any(Number));
      expect(before.body.data.longest_pause_seconds).toBeLessThan(before.body.data.duration_seconds);

      const transcribed = await request(t.url).post(`/candidates/recordings/${interviewId}/transcribe`).set(candidate.auth).expect(200);
      expect(transcribed.body).toMatchObject({
        success: true,
        data: { interview_id: interviewId, status: 'completed', transcript: { text: expect.any(String), engine: expect.any(String) } },
      });
      const words = (transcribed.body.data.transcript.text.match(/[a-z']+/gi) ?? []).length;
      const after = await request(t.url).get(`/candidates/recordings/${interviewId}/analysis`).set(owner.auth).expect(200);
      expect(after.body.data).toMatchObject({ transcribed: true, word_count: words, filler_word_count: expect.any(Number) });
      if (words > 0) expect(after.body.data.words_per_minute).toBeCloseTo(words / (after.body.data.duration_seconds / 60), 0);

      const deleted = await request(t.url).delete(`/candidates/recordings/${interviewId}`).set(candidate.auth).expect(200);
      expect(deleted.body).toMatchObject({ success: true, data: { message: 'Recording deleted successfully' } });
      const gone = await request(t.url).get(`/candidates/recordings/${interviewId}/download`).set(owner.auth).expect(404);
      expect(gone.body).toEqual({ ...S4_ERROR, error_code: 'RECORDING.NOT_FOUND' });
      await request(t.url).delete(`/candidates/recordings/${interviewId}`).set(owner.auth).expect(404);
      await request(t.url).get(`/candidates/recordings/${interviewId}/analysis`).set(owner.auth).expect(404);
    }, 60_000);

    it('refuses non-audio/video types, content that is not what it claims, and a missing file (400)', async () => {
      const text = await request(t.url)
        .post(`/candidates/recordings/${interviewId}/upload`)
        .set(owner.auth)
        .attach('file', Buffer.from('just some text'), { filename: 'notes.txt', contentType: 'text/plain' })
        .expect(400);
      expect(text.body).toEqual({ ...S4_ERROR, error_code: 'RECORDING.UNSUPPORTED_TYPE' });
      const fake = await request(t.url)
        .post(`/candidates/recordings/${interviewId}/upload`)
        .set(owner.auth)
        .attach('file', Buffer.alloc(2048, 7), { filename: 'fake.wav', contentType: 'audio/wav' })
        .expect(400);
      expect(fake.body).toEqual({ ...S4_ERROR, error_code: 'RECORDING.CONTENT_MISMATCH' });
      const none = await request(t.url).post(`/candidates/recordings/${interviewId}/upload`).set(owner.auth).field('note', 'x').expect(400);
      expect(none.body).toEqual(S4_ERROR);
      await request(t.url).get(`/candidates/recordings/${interviewId}/download`).set(owner.auth).expect(404);
    });

    it('takes a listed format sent as application/octet-stream (what curl -F sends for .wav) by its extension and bytes, and still refuses a fake', async () => {
      const up = await request(t.url)
        .post(`/candidates/recordings/${interviewId}/upload`)
        .set(candidate.auth)
        .attach('file', speech, { filename: 'answer.wav', contentType: 'application/octet-stream' })
        .expect(201);
      expect(up.body.data).toMatchObject({ file_name: 'answer.wav', content_type: 'audio/wav', size_bytes: speech.length });
      const fake = await request(t.url)
        .post(`/candidates/recordings/${interviewId}/upload`)
        .set(candidate.auth)
        .attach('file', Buffer.alloc(2048, 7), { filename: 'fake.wav', contentType: 'application/octet-stream' })
        .expect(400);
      expect(fake.body).toEqual({ ...S4_ERROR, error_code: 'RECORDING.CONTENT_MISMATCH' });
      const unnamed = await request(t.url)
        .post(`/candidates/recordings/${interviewId}/upload`)
        .set(candidate.auth)
        .attach('file', speech, { filename: 'answer.bin', contentType: 'application/octet-stream' })
        .expect(400);
      expect(unnamed.body).toEqual({ ...S4_ERROR, error_code: 'RECORDING.UNSUPPORTED_TYPE' });
      await request(t.url).delete(`/candidates/recordings/${interviewId}`).set(candidate.auth).expect(200);
    }, 60_000);

    it("takes the upload the seed's frontend example sends (POST /candidates/recordings/upload) with the interview in interview_id, before or after the file", async () => {
      const after = await request(t.url)
        .post('/candidates/recordings/upload')
        .set(candidate.auth)
        .attach('file', speech, { filename: 'answer.wav', contentType: 'audio/wav' })
        .field('interview_id', interviewId)
        .expect(201);
      expect(after.body).toMatchObject({ success: true, data: { interview_id: interviewId, file_name: 'answer.wav', size_bytes: speech.length } });
      await request(t.url).post('/candidates/recordings/upload').set(candidate.auth).field('interview_id', interviewId).attach('file', speech, { filename: 'again.wav', contentType: 'audio/wav' }).expect(201);
      const missing = await request(t.url).post('/candidates/recordings/upload').set(candidate.auth).attach('file', speech, { filename: 'answer.wav', contentType: 'audio/wav' }).expect(400);
      expect(missing.body).toEqual({ ...S4_ERROR, errors: [expect.stringContaining('interview_id')] });
      await request(t.url).post('/candidates/recordings/upload').set(stranger.auth).field('interview_id', interviewId).attach('file', speech, { filename: 'a.wav', contentType: 'audio/wav' }).expect(403);
      await request(t.url).delete(`/candidates/recordings/${interviewId}`).set(candidate.auth).expect(200);
    }, 60_000);

    it('stores video but answers a clear 400 when asked to transcribe it', async () => {
      const mp4 = Buffer.alloc(4096);
      mp4.writeUInt32BE(32, 0);
      mp4.write('ftypisom', 4, 'ascii');
      const up = await request(t.url)
        .post(`/candidates/recordings/${interviewId}/upload`)
        .set(owner.auth)
        .attach('file', mp4, { filename: 'session.mp4', contentType: 'video/mp4' })
        .expect(201);
      expect(up.body.data).toMatchObject({ content_type: 'video/mp4', duration_seconds: null });
      const refused = await request(t.url).post(`/candidates/recordings/${interviewId}/transcribe`).set(owner.auth).expect(400);
      expect(refused.body).toEqual({ ...S4_ERROR, error_code: 'RECORDING.NOT_TRANSCRIBABLE' });
      const analysis = await request(t.url).get(`/candidates/recordings/${interviewId}/analysis`).set(owner.auth).expect(200);
      expect(analysis.body.data).toMatchObject({ content_type: 'video/mp4', longest_pause_seconds: null, duration_seconds: null, transcribed: false });
      await request(t.url).delete(`/candidates/recordings/${interviewId}`).set(owner.auth).expect(200);
    });

    it('is 403 for a stranger, 404 for an unknown interview, 401 without a login', async () => {
      const forbidden = await request(t.url)
        .post(`/candidates/recordings/${interviewId}/upload`)
        .set(stranger.auth)
        .attach('file', speech, { filename: 'answer.wav', contentType: 'audio/wav' })
        .expect(403);
      expect(forbidden.body).toEqual({ ...S4_ERROR, error_code: 'INTERVIEW.FORBIDDEN' });
      await request(t.url).get(`/candidates/recordings/${interviewId}/download`).set(stranger.auth).expect(403);
      await request(t.url).get(`/candidates/recordings/${interviewId}/analysis`).set(stranger.auth).expect(403);
      const unknown = await request(t.url).get(`/candidates/recordings/${UNKNOWN}/download`).set(owner.auth).expect(404);
      expect(unknown.body).toEqual(S4_ERROR);
      await request(t.url).delete(`/candidates/recordings/${UNKNOWN}`).set(owner.auth).expect(404);
      expect((await request(t.url).post(`/candidates/recordings/${interviewId}/transcribe`).expect(401)).body).toEqual(S4_ERROR);
    });
  });

  describe('verification', () => {
    it('takes a document that passes every check as pending_review, then a face image; its status is private', async () => {
      const sent = await request(t.url)
        .post('/candidates/verify/identity')
        .set(candidate.auth)
        .field('document_type', 'passport')
        .field('full_name', 'user test')
        .attach('document', png(1200, 800), { filename: 'passport.png', contentType: 'image/png' })
        .expect(201);
      expect(sent.body).toMatchObject({
        success: true,
        data: {
          verification_id: expect.any(String),
          status: 'pending_review',
          document_type: 'passport',
          face_match: 'not_performed',
          document: { detected_type: 'image/png', width: 1200, height: 800, size_bytes: 4096 },
          face: null,
        },
      });
      expect(sent.body.data.document.checks.map((c: { name: string; passed: boolean }) => [c.name, c.passed])).toEqual([
        ['file_type', true],
        ['file_size', true],
        ['image_dimensions', true],
        ['name_match', true],
      ]);
      expect(sent.body.data.reasons[0]).toContain('manual review');
      const id = sent.body.data.verification_id;

      const status = await request(t.url).get(`/candidates/verify/status/${id}`).set(candidate.auth).expect(200);
      expect(status.body).toMatchObject({ success: true, data: { verification_id: id, status: 'pending_review' } });
      expect((await request(t.url).get(`/candidates/verify/status/${id}`).set(stranger.auth).expect(403)).body).toEqual({
        ...S4_ERROR,
        error_code: 'VERIFICATION.FORBIDDEN',
      });
      expect((await request(t.url).get(`/candidates/verify/status/${UNKNOWN}`).set(candidate.auth).expect(404)).body).toEqual({
        ...S4_ERROR,
        error_code: 'VERIFICATION.NOT_FOUND',
      });

      const face = await request(t.url)
        .post('/candidates/verify/face')
        .set(candidate.auth)
        .field('verification_id', id)
        .attach('image', png(400, 400, 2048), { filename: 'me.png', contentType: 'image/png' })
        .expect(201);
      expect(face.body.data).toMatchObject({ verification_id: id, status: 'pending_review', face: { width: 400, height: 400 }, face_match: 'not_performed' });
      expect(face.body.data.face.checks.find((c: { name: string }) => c.name === 'distinct_images')).toMatchObject({ passed: true });
      // Someone else's verification cannot take a face image.
      await request(t.url)
        .post('/candidates/verify/face')
        .set(stranger.auth)
        .field('verification_id', id)
        .attach('image', png(400, 400, 2048), { filename: 'me.png', contentType: 'image/png' })
        .expect(403);
    });

    it('refuses with 400 (S4 error body) a file that is not an image or PDF by its bytes, and keeps nothing', async () => {
      const before = filesUnder(join(t.dataDir, 'uploads', 'verifications')).length;
      const text = await request(t.url)
        .post('/candidates/verify/identity')
        .set(candidate.auth)
        .attach('document', Buffer.alloc(2048, 65), { filename: 'passport.png', contentType: 'image/png' })
        .expect(400);
      expect(text.body).toEqual({ ...S4_ERROR, error_code: 'VERIFICATION.UNSUPPORTED_TYPE' });
      expect(text.body.message).toContain('image/jpeg, image/png, application/pdf');
      const exe = await request(t.url)
        .post('/candidates/verify/identity')
        .set(candidate.auth)
        .attach('document', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096, 1)]), { filename: 'id.exe', contentType: 'application/octet-stream' })
        .expect(400);
      expect(exe.body.error_code).toBe('VERIFICATION.UNSUPPORTED_TYPE');
      const pdfFace = await request(t.url)
        .post('/candidates/verify/face')
        .set(candidate.auth)
        .attach('image', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 32)]), { filename: 'me.pdf', contentType: 'application/pdf' })
        .expect(400);
      expect(pdfFace.body).toEqual({ ...S4_ERROR, error_code: 'VERIFICATION.UNSUPPORTED_TYPE' });
      expect(filesUnder(join(t.dataDir, 'uploads', 'verifications')).length).toBe(before);
    });

    it('rejects, with reasons, what fails a check: too small, a mismatched name', async () => {

      const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 32)]);
      const named = await request(t.url)
        .post('/candidates/verify/identity')
        .set(candidate.auth)
        .field('full_name', 'Somebody Else')
        .attach('document', pdf, { filename: 'id.pdf', contentType: 'application/pdf' })
        .expect(201);
      expect(named.body.data).toMatchObject({ status: 'rejected', document: { detected_type: 'application/pdf' } });
      expect(named.body.data.reasons).toEqual([expect.stringContaining('name_match')]);

      const tiny = await request(t.url)
        .post('/candidates/verify/face')
        .set(candidate.auth)
        .attach('image', png(100, 100, 2048), { filename: 'me.png', contentType: 'image/png' })
        .expect(201);
      expect(tiny.body.data).toMatchObject({ status: 'rejected', document: null, face: { width: 100, height: 100 } });
      expect(tiny.body.data.reasons.join(' ')).toContain('image_dimensions');
    });

    it('answers 400 without a file or with a bad field, 413 past 10 MB', async () => {
      expect((await request(t.url).post('/candidates/verify/identity').set(candidate.auth).field('document_type', 'passport').expect(400)).body).toEqual(S4_ERROR);
      await request(t.url).post('/candidates/verify/identity').set(candidate.auth).send({ document_type: 'passport' }).expect(400);
      await request(t.url)
        .post('/candidates/verify/identity')
        .set(candidate.auth)
        .field('document_type', 'library-card')
        .attach('document', png(1200, 800), { filename: 'd.png', contentType: 'image/png' })
        .expect(400);
      await request(t.url)
        .post('/candidates/verify/face')
        .set(candidate.auth)
        .field('verification_id', 'not-a-uuid')
        .attach('image', png(400, 400), { filename: 'd.png', contentType: 'image/png' })
        .expect(400);
      const big = await request(t.url)
        .post('/candidates/verify/identity')
        .set(candidate.auth)
        .attach('document', png(1200, 800, 10 * 1024 * 1024 + 10), { filename: 'big.png', contentType: 'image/png' })
        .expect(413);
      expect(big.body).toEqual(S4_ERROR);
    });
  });
});
