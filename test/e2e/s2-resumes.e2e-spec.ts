import PDFDocument from 'pdfkit';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../support/interview-actors';
import { requireSystemPackages } from '@candor/testing/system-packages';

requireSystemPackages('poppler-utils');

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const S1_ERROR = { detail: expect.anything(), status_code: expect.any(Number) };

function pdf(lines: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

const CV = [
  'Amelia Watson',
  'London, UK | amelia.watson@example.co.uk | +44 20 7946 0958',
  'github.com/ameliaw',
  'Experience',
  'Senior Backend Developer at Northwind Ltd | 2017-03 - present',
  'Built payment services with Celery and Redis.',
  'Education',
  'MSc in Computer Science',
  'University of Leeds, 2016',
  'Skills',
  'Python, Django, PostgreSQL, Docker, Kubernetes, AWS',
];

/** S2 `/api/v1/resumes/*` (seed 002 "Resume upload and analysis"): S3's CV capability on S2's conventions. */
describe('S2 resumes', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let admin: Actor;
  let resumeId: string;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    [owner, other] = await Promise.all([signUp(t.url, 's2-resumes-owner@example.com'), signUp(t.url, 's2-resumes-other@example.com')]);
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => t.close());

  it('uploads a PDF resume and answers what was parsed from it (201)', async () => {
    const file = await pdf(CV);
    const res = await request(t.url).post('/api/v1/resumes/upload').set(owner.auth).attach('file', file, { filename: 'amelia.pdf', contentType: 'application/pdf' }).expect(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      filename: 'amelia.pdf',
      content_type: 'application/pdf',
      size_bytes: file.length,
      parsing_status: 'completed',
      parsing_error: null,
      full_name: 'Amelia Watson',
      email: 'amelia.watson@example.co.uk',
      phone: '+442079460958',
      location: 'London, UK',
      links: ['https://github.com/ameliaw'],
      skills: ['Python', 'Django', 'PostgreSQL', 'Docker', 'Kubernetes', 'Amazon Web Services', 'Celery', 'Redis'],
      experience: [{ title: 'Senior Backend Developer', company: 'Northwind Ltd', start_date: '2017-03', end_date: null, description: expect.stringContaining('payment') }],
      education: [{ degree: 'MSc', field: 'Computer Science', institution: 'University of Leeds', end_date: '2016' }],
      total_experience_years: expect.any(Number),
      created_at: expect.any(String),
    });
    expect(res.body.total_experience_years).toBeGreaterThanOrEqual(9);
    resumeId = res.body.id;
    // The same capability as S3's candidates: one record, two views.
    const asCandidate = await request(t.url).get(`/api/candidates/${resumeId}/`).set(owner.auth).expect(200);
    expect(asCandidate.body).toMatchObject({ _id: resumeId, full_name: 'Amelia Watson', technical_skills: res.body.skills });
  });

  it('takes form fields sent before the file, and POST /api/v1/resumes as well', async () => {
    const res = await request(t.url)
      .post('/api/v1/resumes')
      .set(owner.auth)
      .field('full_name', 'Jo Override')
      .field('email', 'jo@example.com')
      .attach('resume', Buffer.from('Someone\nJava developer, Spring Boot, MySQL\n'), { filename: 'jo.txt', contentType: 'text/plain' })
      .expect(201);
    expect(res.body).toMatchObject({ full_name: 'Jo Override', email: 'jo@example.com', skills: ['Java', 'Spring Boot', 'MySQL'] });
  });

  it('lists, gets and analyses the caller\'s resumes; others get 403, unknown ids 404, in S2\'s error body', async () => {
    const list = await request(t.url).get('/api/v1/resumes').set(owner.auth).expect(200);
    expect(list.body.map((r: { id: string }) => r.id)).toContain(resumeId);
    expect(list.body).toHaveLength(2);
    const page = await request(t.url).get('/api/v1/resumes?skip=1&limit=1').set(owner.auth).expect(200);
    expect(page.body.map((r: { id: string }) => r.id)).toEqual([resumeId]);
    const bySkill = await request(t.url).get('/api/v1/resumes?skill=django').set(owner.auth).expect(200);
    expect(bySkill.body.map((r: { id: string }) => r.id)).toEqual([resumeId]);
    expect((await request(t.url).get('/api/v1/resumes').set(other.auth).expect(200)).body).toEqual([]);

    const one = await request(t.url).get(`/api/v1/resumes/${resumeId}`).set(owner.auth).expect(200);
    expect(one.body).toMatchObject({ id: resumeId, full_name: 'Amelia Watson' });
    await request(t.url).get(`/api/v1/resumes/${resumeId}`).set(admin.auth).expect(200);
    expect((await request(t.url).get(`/api/v1/resumes/${resumeId}`).set(other.auth).expect(403)).body).toEqual({ ...S1_ERROR, status_code: 403 });
    expect((await request(t.url).get(`/api/v1/resumes/${UNKNOWN}`).set(owner.auth).expect(404)).body).toEqual({ ...S1_ERROR, status_code: 404 });
    await request(t.url).get(`/api/v1/resumes/${resumeId}/analysis`).set(other.auth).expect(403);
    await request(t.url).get('/api/v1/resumes').expect(401);

    const analysis = await request(t.url).get(`/api/v1/resumes/${resumeId}/analysis`).set(owner.auth).expect(200);
    expect(analysis.body).toEqual({
      resume_id: resumeId,
      parsing_status: 'completed',
      skills_by_category: {
        language: ['Python'],
        backend: ['Django', 'Celery'],
        database: ['PostgreSQL', 'Redis'],
        devops: ['Docker', 'Kubernetes'],
        cloud: ['Amazon Web Services'],
      },
      total_experience_years: one.body.total_experience_years,
      seniority: 'senior',
      recommended_difficulty: 'hard',
      difficulty_reason: expect.stringContaining('years of experience'),
      positions: 1,
      current_position: { title: 'Senior Backend Developer', company: 'Northwind Ltd' },
      highest_degree: 'MSc',
      interview_topics: expect.arrayContaining(['Python', 'Docker', 'Kubernetes']),
      strengths: expect.arrayContaining([`${one.body.total_experience_years} years of experience`, 'broad technical range (8 technologies)']),
      gaps: [],
    });
  });

  it('refuses a wrong type (400), a missing file (422) and an oversize file (413) in S2\'s body, and stores nothing', async () => {
    const before = (await request(t.url).get('/api/v1/resumes').set(owner.auth).expect(200)).body.length;
    const png = await request(t.url).post('/api/v1/resumes/upload').set(owner.auth).attach('file', Buffer.from([0x89, 0x50, 0x4e, 0x47]), { filename: 'me.png', contentType: 'image/png' }).expect(400);
    expect(png.body).toEqual({ ...S1_ERROR, status_code: 400 });
    const fake = await request(t.url).post('/api/v1/resumes/upload').set(owner.auth).attach('file', Buffer.from('not a pdf'), { filename: 'cv.pdf', contentType: 'application/pdf' }).expect(400);
    expect(fake.body.detail).toContain('PDF');
    const none = await request(t.url).post('/api/v1/resumes/upload').set(owner.auth).field('full_name', 'Nobody').expect(422);
    expect(none.body.detail[0]).toMatchObject({ loc: ['body', 'file'], type: 'value_error.missing' });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 10, 32)]);
    const tooBig = await request(t.url).post('/api/v1/resumes/upload').set(owner.auth).attach('file', big, { filename: 'big.pdf', contentType: 'application/pdf' }).expect(413);
    expect(tooBig.body).toEqual({ ...S1_ERROR, status_code: 413 });
    expect((await request(t.url).get('/api/v1/resumes').set(owner.auth).expect(200)).body.length).toBe(before);
  });

  it('links a resume to an interview with resume_id: its candidate comes from the resume; someone else\'s resume is 400', async () => {
    const created = await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Backend interview', resume_id: resumeId }).expect(200);
    expect(created.body).toMatchObject({ resume_id: resumeId, candidate_name: 'Amelia Watson', candidate_email: 'amelia.watson@example.co.uk' });
    const named = await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Named', resume_id: resumeId, candidate_name: 'A. Watson' }).expect(200);
    expect(named.body.candidate_name).toBe('A. Watson');
    const foreign = await request(t.url).post('/api/v1/interviews/').set(other.auth).send({ title: 'Stolen', resume_id: resumeId }).expect(400);
    expect(foreign.body).toEqual({ detail: expect.stringContaining('resume_id'), status_code: 400 });
    await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Nope', resume_id: UNKNOWN }).expect(400);
  });

  it('documents every resume route in /openapi.json', async () => {
    const spec = (await request(t.url).get('/openapi.json').expect(200)).body;
    for (const [path, method] of [
      ['/api/v1/resumes/upload', 'post'],
      ['/api/v1/resumes', 'get'],
      ['/api/v1/resumes/{resume_id}', 'get'],
      ['/api/v1/resumes/{resume_id}/analysis', 'get'],
    ]) {
      expect(spec.paths[path]?.[method]?.summary).toEqual(expect.any(String));
      expect(spec.paths[path][method].responses[method === 'post' ? '201' : '200'].content['application/json'].schema).toBeDefined();
    }
    expect(spec.paths['/api/v1/resumes/upload'].post.requestBody.content).toHaveProperty(['multipart/form-data']);
  });
});
