import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { newS3Candidate, newS3Job } from '../support/s3-subjects';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { mailsTo, verificationTokenMailedTo } from '../support/mail-outbox';

/** Mails are written just after the request answers. */
async function waitForMails(dataDir: string, to: string, count: number): Promise<void> {
  for (let i = 0; i < 200 && mailsTo(dataDir, to).length < count; i += 1) await new Promise((r) => setTimeout(r, 20));
}

const PUBLIC_URL = 'https://candor.example.com';
const ALLOWED_ORIGIN = 'https://app.example.com';

/** Finding 6: headers, links, paths and file modes. */
describe('security: HTTP hygiene', () => {
  let t: TestApp;
  let owner: Actor;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL, CORS_ORIGINS: ALLOWED_ORIGIN });
    owner = await signUp(t.url, 'hygiene@example.com');
  });
  afterAll(async () => t.close());

  it('X-Min-Position that is not a log position is a 400 in the surface format, not a 500', async () => {
    const res = await request(t.url).get('/api/sessions').set(owner.auth).set('X-Min-Position', 'abc').expect(400);
    expect(res.body).toMatchObject({ detail: expect.stringMatching(/X-Min-Position/) });
    const s4 = await request(t.url).get('/candidates/interviews').set(owner.auth).set('X-Min-Position', '1; drop').expect(400);
    expect(s4.body).toMatchObject({ success: false, message: expect.stringMatching(/X-Min-Position/) });
    await request(t.url).get('/api/sessions').set(owner.auth).set('X-Min-Position', '0').expect(400);
    const write = await request(t.url).post('/api/sessions').set(owner.auth).send({ title: 'Position' }).expect(201);
    await request(t.url).get('/api/sessions').set(owner.auth).set('X-Min-Position', write.headers['x-log-position']).expect(200);
  });

  it('links are built from PUBLIC_URL, never from Host or X-Forwarded-Host', async () => {
    // An S3 interview is always for one of the owner's jobs and candidates.
    const job = await newS3Job(t.url, owner, 'Link Engineer');
    const candidate = await newS3Candidate(t.url, owner, 'Link Candidate', 'link.candidate@example.com');
    for (let i = 0; i < 2; i += 1) {
      await request(t.url).post('/api/interviews/').set(owner.auth).send({ title: `Link ${i}`, job, candidate }).expect(201);
    }
    const page = await request(t.url)
      .get('/api/interviews/?page_size=1')
      .set(owner.auth)
      .set('Host', 'evil.example.net')
      .set('X-Forwarded-Host', 'evil.example.net')
      .expect(200);
    expect(page.body.next).toMatch(new RegExp(`^${PUBLIC_URL}/api/interviews/\\?`));
    const report = await request(t.url).get(`/api/reports/${page.body.results[0]._id}/`).set(owner.auth).set('X-Forwarded-Host', 'evil.example.net');
    if (report.status === 200) expect(report.body.pdf_url).toMatch(new RegExp(`^${PUBLIC_URL}/`));
    expect(JSON.stringify([page.body, report.body])).not.toContain('evil.example.net');

    // Mailed links too: the verification and the password-reset mail of a request sent with a forged Host.
    const email = 'links.mail@example.com';
    const forged = { Host: 'evil.example.net', 'X-Forwarded-Host': 'evil.example.net' };
    await request(t.url).post('/api/auth/register').set(forged).send({ email, password: 'Sup3r-secret-pw', full_name: 'Links' }).expect(201);
    await verificationTokenMailedTo(t.dataDir, email);
    await request(t.url).post('/auth/forgot-password').set(forged).send({ email }).expect(200);
    await waitForMails(t.dataDir, email, 2);
    const mails = mailsTo(t.dataDir, email);
    expect(mails).toHaveLength(2);
    expect(mails.join('\n')).not.toContain('evil.example.net');
    for (const mail of mails) expect(mail).toMatch(new RegExp(`Open ${PUBLIC_URL}/`));
  });

  it('/health without a token shows no filesystem path', async () => {
    const res = await request(t.url).get('/health').expect(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(t.dataDir);
    expect(text).not.toMatch(/"\/(tmp|var|home|usr|work|data)\b/);
    expect(text).not.toMatch(/\.sqlite/);
  });

  it('a CV the parser cannot read says so without naming a temporary path', async () => {
    const corrupt = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x41)]);
    const res = await request(t.url).post('/api/candidates/upload_cv').set(owner.auth).attach('cv_file', corrupt, { filename: 'broken.pdf', contentType: 'application/pdf' });
    expect(JSON.stringify(res.body)).not.toMatch(/candor-doc-|\/tmp\//);
  });

  it('every file under DATA_DIR is 0600 and every folder 0700 (keys, logs, mails, uploads)', async () => {
    await request(t.url).post('/api/candidates/upload_cv').set(owner.auth).attach('cv_file', Buffer.from('Ada Lovelace\nada@example.com\nSkills\nPython\n'), { filename: 'ada.txt', contentType: 'text/plain' }).expect(201);
    const loose: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        const mode = statSync(path).mode & 0o777;
        if (entry.isDirectory()) {
          if (mode !== 0o700) loose.push(`${path} ${mode.toString(8)}`);
          walk(path);
        } else if (mode !== 0o600) loose.push(`${path} ${mode.toString(8)}`);
      }
    };
    walk(t.dataDir);
    expect(loose).toEqual([]);
    expect(readdirSync(join(t.dataDir, 'uploads'), { recursive: true }).length).toBeGreaterThan(0);
  });

  it('DATA_DIR is 0700, the event log and mail files 0600', () => {
    expect(statSync(t.dataDir).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(t.dataDir).filter((n) => /^(events|read-models|keys)\.sqlite/.test(n))) expect(statSync(join(t.dataDir, name)).mode & 0o777).toBe(0o600);
    const outbox = join(t.dataDir, 'outbox');
    const mails = readdirSync(outbox).filter((n) => n.endsWith('.eml'));
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) expect(statSync(join(outbox, mail)).mode & 0o777).toBe(0o600);
  });

  it('nosniff everywhere, no-store on authenticated answers', async () => {
    const open = await request(t.url).get('/health');
    expect(open.headers['x-content-type-options']).toBe('nosniff');
    const authed = await request(t.url).get('/api/auth/me').set(owner.auth).expect(200);
    expect(authed.headers['x-content-type-options']).toBe('nosniff');
    expect(authed.headers['cache-control']).toBe('no-store');
    const refused = await request(t.url).get('/api/auth/me').set('Authorization', 'Bearer nope').expect(401);
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
  });

  it('CORS answers only PUBLIC_URL and CORS_ORIGINS', async () => {
    const allowed = await request(t.url).options('/api/auth/me').set('Origin', ALLOWED_ORIGIN).set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
    const own = await request(t.url).get('/health').set('Origin', PUBLIC_URL);
    expect(own.headers['access-control-allow-origin']).toBe(PUBLIC_URL);
    const evil = await request(t.url).options('/api/auth/me').set('Origin', 'https://evil.example.net').set('Access-Control-Request-Method', 'GET');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const evilGet = await request(t.url).get('/api/auth/me').set(owner.auth).set('Origin', 'https://evil.example.net');
    expect(evilGet.headers['access-control-allow-origin']).toBeUndefined();
  });
});
