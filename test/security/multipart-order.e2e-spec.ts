import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';

/** A minimal PNG header of the given size: enough for the upload checks. */
function png(width: number, height: number, size = 4096): Buffer {
  const b = Buffer.alloc(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b[24] = 8;
  b[25] = 2;
  return b;
}

/** Finding 6: multipart text fields count whether they come before or after the file. */
describe('security: multipart fields in any order', () => {
  let t: TestApp;
  let owner: Actor;
  let candidate: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUp(t.url, 'multipart-owner@example.com');
    candidate = await signUp(t.url, 'multipart-candidate@example.com', 'candidate');
  });
  afterAll(async () => t.close());

  it('S3 upload_cv: fields after the file override what parsing found', async () => {
    const res = await request(t.url)
      .post('/api/candidates/upload_cv')
      .set(owner.auth)
      .attach('cv_file', Buffer.from('Jane Roe\nBackend engineer with 7 years of Java.\n'), { filename: 'jane.txt', contentType: 'text/plain' })
      .field('full_name', 'Jane Q. Roe')
      .field('email', 'jane.after@example.com')
      .expect(201);
    expect(res.body).toMatchObject({ full_name: 'Jane Q. Roe', email: 'jane.after@example.com' });
  });

  it('S4 identity verification: document_type after the file is honoured, and a bad one after the file is still refused', async () => {
    const sent = await request(t.url)
      .post('/candidates/verify/identity')
      .set(candidate.auth)
      .attach('document', png(1200, 800), { filename: 'passport.png', contentType: 'image/png' })
      .field('document_type', 'passport')
      .field('full_name', 'multipart candidate')
      .expect(201);
    expect(sent.body.data).toMatchObject({ document_type: 'passport' });

    await request(t.url)
      .post('/candidates/verify/identity')
      .set(candidate.auth)
      .attach('document', png(1200, 800), { filename: 'passport.png', contentType: 'image/png' })
      .field('document_type', 'not-a-type')
      .expect(400);
  });
});
