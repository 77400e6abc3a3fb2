import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { png } from '../support/png-image';

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
