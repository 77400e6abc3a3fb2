import PDFDocument from 'pdfkit';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { CANDIDATES_COLLECTION, EVENT_STORE, EventStore, JOBS_COLLECTION, ProjectionRunner, READ_STORE, ReadStore } from '@candor/application';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { MemoryReadStore } from '@candor/infrastructure/read-store/memory/memory-read-store.adapter';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../support/interview-actors';
import { requireSystemPackages } from '@candor/testing/system-packages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const CV_LINES = [
  'John Doe',
  'New York, NY | john.doe@example.com | +1 555 123 4567',
  'linkedin.com/in/johndoe',
  '',
  'Summary',
  'Experienced software developer building web platforms.',
  'Strong leadership and communication.',
  '',
  'Experience',
  'Senior Developer at Tech Corp | 2020-01 - 2023-12',
  'Led development team building Python and Django services.',
  'Developer at Web Startup | 2018-06 - 2019-12',
  'Built React front ends on PostgreSQL.',
  '',
  'Education',
  'Bachelor of Science in Computer Science',
  'State University, 2018',
  '',
  'Skills',
  'Python, Django, React, PostgreSQL, Docker',
];

/** A real PDF (pdfkit, Helvetica) whose text only pdftotext can give back. */
function cvPdf(lines: readonly string[] = CV_LINES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica').fontSize(11);
    for (const line of lines) doc.text(line || ' ');
    doc.end();
  });
}

/** Every `/api` error carries S0's and S3's shapes at once (CONTRACTS.md). */
function expectApiError(body: Record<string, unknown>, code?: string) {
  expect(body).toEqual(expect.objectContaining({ detail: expect.anything(), error: expect.any(String), details: expect.anything(), code: expect.any(String) }));
  if (code) expect(body.code).toBe(code);
}

requireSystemPackages('poppler-utils');

describe('S3 jobs, candidates and question generation', () => {
  let t: TestApp;
  let owner: Actor;
  let other: Actor;
  let candidateUser: Actor;
  let admin: Actor;
  let events: EventStore;

  const createJob = (actor: Actor, body: Record<string, unknown>) => request(t.url).post('/api/jobs/').set(actor.auth).send(body).expect(201);

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    events = t.app.get(EVENT_STORE);
    [owner, other, candidateUser] = await Promise.all([
      signUp(t.url, 's3-owner@example.com'),
      signUp(t.url, 's3-other@example.com'),
      signUp(t.url, 's3-candidate@example.com', 'candidate'),
    ]);
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => t.close());

  describe('jobs', () => {
    const seedJob = {
      title: 'Senior Java Developer',
      company: 'Tech Corp',
      description: 'We are looking for...',
      responsibilities: ['Design and develop Java applications', 'Lead technical discussions'],
      requirements: ['5+ years Java experience', 'Strong knowledge of Spring Framework'],
      required_skills: ['Java', 'Spring', 'SQL', 'REST API'],
      experience_level: 'senior',
      job_type: 'full_time',
      default_difficulty: 'auto',
      enable_video_analysis: true,
    };

    it('creates a job with the documented body (201) and records JobCreated', async () => {
      const res = await createJob(owner, seedJob);
      expect(res.body).toEqual({
        ...seedJob,
        _id: expect.stringMatching(UUID),
        location: null,
        is_active: true,
        ai_generated: false,
        created_by: owner.id,
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
      const stream = await events.readStream(`job-${res.body._id}`);
      expect(stream.map((e) => e.type)).toEqual(['JobCreated']);
    });

    it('gets, updates (PUT and PATCH, partial) and deletes a job (204); then it is gone (404)', async () => {
      const { body: job } = await createJob(owner, { title: 'Backend Engineer', required_skills: ['Go'] });
      expect(job).toMatchObject({ company: null, description: '', default_difficulty: 'auto', enable_video_analysis: false, experience_level: null });

      const got = await request(t.url).get(`/api/jobs/${job._id}/`).set(owner.auth).expect(200);
      expect(got.body).toEqual(job);
      // Trailing slashes are optional.
      await request(t.url).get(`/api/jobs/${job._id}`).set(owner.auth).expect(200);

      const put = await request(t.url).put(`/api/jobs/${job._id}/`).set(owner.auth).send({ title: 'Lead Java Developer', is_active: false }).expect(200);
      expect(put.body).toMatchObject({ _id: job._id, title: 'Lead Java Developer', is_active: false, required_skills: ['Go'] });

      const patch = await request(t.url).patch(`/api/jobs/${job._id}/`).set(owner.auth).send({ company: 'Acme', required_skills: ['Go', 'Docker'] }).expect(200);
      expect(patch.body).toMatchObject({ title: 'Lead Java Developer', company: 'Acme', is_active: false, required_skills: ['Go', 'Docker'] });

      // An update that changes nothing records nothing.
      const before = (await events.readStream(`job-${job._id}`)).length;
      await request(t.url).patch(`/api/jobs/${job._id}/`).set(owner.auth).send({ company: 'Acme' }).expect(200);
      expect((await events.readStream(`job-${job._id}`)).length).toBe(before);

      const del = await request(t.url).delete(`/api/jobs/${job._id}/`).set(owner.auth).expect(204);
      expect(del.text).toBe('');
      expectApiError((await request(t.url).get(`/api/jobs/${job._id}/`).set(owner.auth).expect(404)).body, 'JOB.NOT_FOUND');
      await request(t.url).delete(`/api/jobs/${job._id}/`).set(owner.auth).expect(404);
      await request(t.url).patch(`/api/jobs/${job._id}/`).set(owner.auth).send({ title: 'x' }).expect(404);
    });

    it('generates a job description from a title (201, ai_generated)', async () => {
      const res = await request(t.url).post('/api/jobs/generate_from_title/').set(owner.auth).send({ title: 'Java Developer', company: 'Tech Corp' }).expect(201);
      expect(res.body).toMatchObject({ _id: expect.stringMatching(UUID), title: 'Java Developer', company: 'Tech Corp', ai_generated: true, is_active: true });
      expect(res.body.description).toContain('Java Developer');
      expect(res.body.responsibilities.length).toBeGreaterThan(0);
      expect(res.body.requirements.length).toBeGreaterThan(0);
      expect(res.body.required_skills).toContain('Java');
      // It is an ordinary job of the caller's from then on.
      await request(t.url).get(`/api/jobs/${res.body._id}/`).set(owner.auth).expect(200);
      expectApiError((await request(t.url).post('/api/jobs/generate_from_title/').set(owner.auth).send({ company: 'x' }).expect(400)).body, 'VALIDATION_ERROR');
    });

    it('refuses a blank title to generate from as it refuses it to create (400, nothing created), before asking a model', async () => {
      const u = await signUp(t.url, 's3-blank-title@example.com');
      for (const title of ['\f', '   ', '\t\n']) {
        const created = await request(t.url).post('/api/jobs/').set(u.auth).send({ title }).expect(400);
        const generated = await request(t.url).post('/api/jobs/generate_from_title/').set(u.auth).send({ title, company: '+' }).expect(400);
        expect(generated.body).toEqual(created.body);
      }
      expect((await request(t.url).get('/api/jobs/').set(u.auth).expect(200)).body.count).toBe(0);
    });

    it('lists own jobs as {count,next,previous,results} with page/page_size, newest first, and filters', async () => {
      const u = await signUp(t.url, 's3-lister@example.com');
      for (let i = 1; i <= 5; i += 1) {
        await createJob(u, {
          title: `Role ${i}`,
          company: i % 2 ? 'Odd Corp' : 'Even Inc',
          required_skills: i <= 2 ? ['Python'] : ['Java'],
          experience_level: i === 5 ? 'senior' : 'mid',
          job_type: i === 4 ? 'contract' : 'full_time',
        });
      }
      const page1 = await request(t.url).get('/api/jobs/?page_size=2').set(u.auth).expect(200);
      expect(page1.body).toEqual({ count: 5, next: expect.stringContaining('page=2'), previous: null, results: expect.any(Array) });
      expect(page1.body.next).toContain('page_size=2');
      expect(page1.body.results.map((j: { title: string }) => j.title)).toEqual(['Role 5', 'Role 4']);
      const page3 = await request(t.url).get('/api/jobs/?page=3&page_size=2').set(u.auth).expect(200);
      expect(page3.body).toMatchObject({ count: 5, next: null, previous: expect.stringContaining('page=2') });
      expect(page3.body.results.map((j: { title: string }) => j.title)).toEqual(['Role 1']);

      const titles = async (query: string) =>
        (await request(t.url).get(`/api/jobs/?${query}`).set(u.auth).expect(200)).body.results.map((j: { title: string }) => j.title).sort();
      expect(await titles('skill=python')).toEqual(['Role 1', 'Role 2']);
      expect(await titles('experience_level=senior')).toEqual(['Role 5']);
      expect(await titles('job_type=contract')).toEqual(['Role 4']);
      expect(await titles('search=even')).toEqual(['Role 2', 'Role 4']);
      await request(t.url).patch(`/api/jobs/${page3.body.results[0]._id}/`).set(u.auth).send({ is_active: false }).expect(200);
      expect(await titles('is_active=false')).toEqual(['Role 1']);
      expect(await titles('is_active=true')).toHaveLength(4);

      expectApiError((await request(t.url).get('/api/jobs/?page=0').set(u.auth).expect(400)).body, 'VALIDATION_ERROR');
      expectApiError((await request(t.url).get('/api/jobs/?is_active=maybe').set(u.auth).expect(400)).body, 'VALIDATION_ERROR');
    });

    it("keeps jobs to their owner: another recruiter gets 403, a superuser sees all, an unknown id 404", async () => {
      const { body: job } = await createJob(owner, { title: 'Private role' });
      for (const [method, body] of [
        ['get', undefined],
        ['put', { title: 'hijack' }],
        ['patch', { title: 'hijack' }],
        ['delete', undefined],
      ] as const) {
        const res = await request(t.url)[method](`/api/jobs/${job._id}/`).set(other.auth).send(body).expect(403);
        expectApiError(res.body, 'JOB.FORBIDDEN');
      }
      const othersList = await request(t.url).get('/api/jobs/').set(other.auth).expect(200);
      expect(othersList.body.results.map((j: { _id: string }) => j._id)).not.toContain(job._id);

      await request(t.url).get(`/api/jobs/${job._id}/`).set(admin.auth).expect(200);
      const all = await request(t.url).get('/api/jobs/?page_size=100').set(admin.auth).expect(200);
      expect(all.body.results.map((j: { _id: string }) => j._id)).toContain(job._id);

      expectApiError((await request(t.url).get('/api/jobs/00000000-0000-4000-8000-000000000000/').set(owner.auth).expect(404)).body, 'JOB.NOT_FOUND');
      await request(t.url).get('/api/jobs/not-a-uuid/').set(owner.auth).expect(404);
      await request(t.url).get('/api/jobs/').expect(401);
      // Users with the candidate role post no jobs.
      expectApiError((await request(t.url).post('/api/jobs/').set(candidateUser.auth).send({ title: 'x' }).expect(403)).body, 'JOB.FORBIDDEN');
    });

    it('refuses invalid bodies with 400 in the /api double shape, naming the fields', async () => {
      const missing = await request(t.url).post('/api/jobs/').set(owner.auth).send({ company: 'x' }).expect(400);
      expectApiError(missing.body, 'VALIDATION_ERROR');
      expect(missing.body.details).toHaveProperty('title');
      const wrong = await request(t.url)
        .post('/api/jobs/')
        .set(owner.auth)
        .send({ title: 'x', experience_level: 'guru', required_skills: 'Java', enable_video_analysis: 'yes' })
        .expect(400);
      expect(Object.keys(wrong.body.details)).toEqual(expect.arrayContaining(['experience_level', 'required_skills', 'enable_video_analysis']));
      const { body: job } = await createJob(owner, { title: 'Valid' });
      expectApiError((await request(t.url).patch(`/api/jobs/${job._id}/`).set(owner.auth).send({ title: '' }).expect(400)).body, 'VALIDATION_ERROR');
      expectApiError((await request(t.url).patch(`/api/jobs/${job._id}/`).set(owner.auth).send({ is_active: 'no' }).expect(400)).body);
    });
  });

  describe('candidates', () => {
    let candidateId: string;

    it('uploads a PDF CV (201): stored under DATA_DIR/uploads, text read with pdftotext, skills from the taxonomy', async () => {
      const pdf = await cvPdf();
      const res = await request(t.url)
        .post('/api/candidates/upload_cv/')
        .set(owner.auth)
        .attach('cv_file', pdf, { filename: 'john-doe.pdf', contentType: 'application/pdf' })
        .expect(201);
      expect(res.body).toMatchObject({
        _id: expect.stringMatching(UUID),
        full_name: 'John Doe',
        email: 'john.doe@example.com',
        phone: '+1 555 123 4567',
        location: 'New York, NY',
        links: ['https://linkedin.com/in/johndoe'],
        linkedin_url: 'https://linkedin.com/in/johndoe',
        parsing_status: 'completed',
        parsing_error: null,
        total_experience_years: 5.6,
        created_by: owner.id,
        notes: [],
        cv_file: { file_name: 'john-doe.pdf', content_type: 'application/pdf', size_bytes: pdf.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      });
      expect(res.body.technical_skills).toEqual(['Python', 'Django', 'React', 'PostgreSQL', 'Docker']);
      expect(res.body.soft_skills).toEqual(expect.arrayContaining(['Leadership', 'Communication']));
      expect(res.body.work_experience[0]).toMatchObject({ title: 'Senior Developer', company: 'Tech Corp', start_date: '2020-01', end_date: '2023-12' });
      expect(res.body.education[0]).toMatchObject({ degree: 'Bachelor of Science', field: 'Computer Science', institution: 'State University', end_date: '2018' });
      candidateId = res.body._id;
      expect(readdirSync(join(t.dataDir, 'uploads', 'cvs', candidateId))).toContain('cv.pdf');
      expect((await events.readStream(`candidate-${candidateId}`)).map((e) => e.type)).toEqual(['CandidateCreated']);

      const got = await request(t.url).get(`/api/candidates/${candidateId}/`).set(owner.auth).expect(200);
      expect(got.body).toEqual(res.body);
    });

    it('uploads plain text, with form fields overriding what parsing found', async () => {
      const res = await request(t.url)
        .post('/api/candidates/upload_cv')
        .set(owner.auth)
        .field('full_name', 'Jane Q. Roe')
        .field('email', 'jane.roe@example.com')
        .attach('cv_file', Buffer.from('Jane Roe\nBackend engineer with 7 years of Java and Kubernetes.\n'), { filename: 'jane.txt', contentType: 'text/plain' })
        .expect(201);
      expect(res.body).toMatchObject({ full_name: 'Jane Q. Roe', email: 'jane.roe@example.com', parsing_status: 'completed', total_experience_years: 7 });
      expect(res.body.technical_skills).toEqual(expect.arrayContaining(['Java', 'Kubernetes']));
    });

    it('keeps a PDF with no readable text, saying parsing failed', async () => {
      const corrupt = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x41)]);
      const res = await request(t.url).post('/api/candidates/upload_cv/').set(owner.auth).attach('cv_file', corrupt, { filename: 'broken.pdf', contentType: 'application/pdf' }).expect(201);
      expect(res.body).toMatchObject({ parsing_status: 'failed', parsing_error: expect.stringContaining('pdftotext'), technical_skills: [] });
    });

    it('refuses a CV over 10 MB with 413 and keeps nothing', async () => {
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]);
      const before = await request(t.url).get('/api/candidates/?page_size=100').set(owner.auth).expect(200);
      const res = await request(t.url).post('/api/candidates/upload_cv/').set(owner.auth).attach('cv_file', big, { filename: 'big.pdf', contentType: 'application/pdf' });
      expect(res.status).toBe(413);
      expectApiError(res.body, 'PAYLOAD_TOO_LARGE');
      const after = await request(t.url).get('/api/candidates/?page_size=100').set(owner.auth).expect(200);
      expect(after.body.count).toBe(before.body.count);
      const cvDirs = readdirSync(join(t.dataDir, 'uploads', 'cvs'));
      for (const dir of cvDirs) expect(readdirSync(join(t.dataDir, 'uploads', 'cvs', dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
    });

    it('refuses a wrong type with 400: by name/content type, and by content that is not what it claims', async () => {
      const exe = await request(t.url).post('/api/candidates/upload_cv/').set(owner.auth).attach('cv_file', Buffer.from('MZ...'), { filename: 'cv.exe', contentType: 'application/x-msdownload' }).expect(400);
      expectApiError(exe.body, 'CANDIDATE.UNSUPPORTED_CV_TYPE');
      const png = await request(t.url).post('/api/candidates/upload_cv/').set(owner.auth).attach('cv_file', Buffer.from([0x89, 0x50, 0x4e, 0x47]), { filename: 'photo.png', contentType: 'image/png' }).expect(400);
      expectApiError(png.body, 'CANDIDATE.UNSUPPORTED_CV_TYPE');
      const fake = await request(t.url).post('/api/candidates/upload_cv/').set(owner.auth).attach('cv_file', Buffer.from('just text'), { filename: 'fake.pdf', contentType: 'application/pdf' }).expect(400);
      expectApiError(fake.body, 'CANDIDATE.UNSUPPORTED_CV_TYPE');
      const noFile = await request(t.url).post('/api/candidates/upload_cv/').set(owner.auth).field('full_name', 'Nobody').expect(400);
      expectApiError(noFile.body, 'VALIDATION_ERROR');
      await request(t.url).post('/api/candidates/upload_cv/').set(owner.auth).send({ cv_file: 'x' }).expect(400);
      // A refused file leaves nothing in storage.
      const dirs = existsSync(join(t.dataDir, 'uploads', 'cvs')) ? readdirSync(join(t.dataDir, 'uploads', 'cvs')) : [];
      const files = dirs.flatMap((d) => readdirSync(join(t.dataDir, 'uploads', 'cvs', d)));
      expect(files.filter((f) => !f.endsWith('.meta.json'))).toHaveLength(3);
      await request(t.url).post('/api/candidates/upload_cv/').set(candidateUser.auth).attach('cv_file', Buffer.from('x'), { filename: 'a.txt', contentType: 'text/plain' }).expect(403);
    });

    it('adds notes (201, documented body) and shows them on the candidate', async () => {
      const res = await request(t.url).post(`/api/candidates/${candidateId}/add_note/`).set(owner.auth).send({ content: 'Strong technical background, good communication skills.' }).expect(201);
      expect(res.body).toEqual({
        _id: expect.stringMatching(UUID),
        candidate: candidateId,
        author: owner.id,
        author_name: 's3-owner',
        content: 'Strong technical background, good communication skills.',
        created_at: expect.any(String),
      });
      const got = await request(t.url).get(`/api/candidates/${candidateId}/`).set(owner.auth).expect(200);
      expect(got.body.notes).toEqual([res.body]);
      expect((await request(t.url).get(`/api/candidates/${candidateId}/notes/`).set(owner.auth).expect(200)).body).toEqual([res.body]);
      expectApiError((await request(t.url).post(`/api/candidates/${candidateId}/add_note/`).set(owner.auth).send({ content: '' }).expect(400)).body, 'VALIDATION_ERROR');
      expectApiError((await request(t.url).post(`/api/candidates/${candidateId}/add_note/`).set(owner.auth).send({}).expect(400)).body, 'VALIDATION_ERROR');
    });

    it('lists own candidates with pagination and filters; others get 403, unknown 404, a superuser sees all', async () => {
      const list = await request(t.url).get('/api/candidates/?page_size=2').set(owner.auth).expect(200);
      expect(list.body).toMatchObject({ count: 3, next: expect.stringContaining('page=2'), previous: null });
      expect(list.body.results).toHaveLength(2);
      expect(Object.keys(list.body.results[0]).sort()).toEqual(
        ['_id', 'full_name', 'email', 'phone', 'technical_skills', 'total_experience_years', 'parsing_status', 'created_at'].sort(),
      );
      const ids = async (actor: Actor, query = '') =>
        (await request(t.url).get(`/api/candidates/?page_size=100&${query}`).set(actor.auth).expect(200)).body.results.map((c: { _id: string }) => c._id);
      expect(await ids(owner, 'skill=react')).toEqual([candidateId]);
      expect(await ids(owner, 'search=JOHN')).toEqual([candidateId]);
      expect(await ids(owner, 'parsing_status=failed')).toHaveLength(1);
      expect(await ids(other)).toEqual([]);
      expect(await ids(admin)).toContain(candidateId);

      expectApiError((await request(t.url).get(`/api/candidates/${candidateId}/`).set(other.auth).expect(403)).body, 'CANDIDATE.FORBIDDEN');
      expectApiError((await request(t.url).post(`/api/candidates/${candidateId}/add_note/`).set(other.auth).send({ content: 'x' }).expect(403)).body, 'CANDIDATE.FORBIDDEN');
      await request(t.url).get(`/api/candidates/${candidateId}/`).set(admin.auth).expect(200);
      expectApiError((await request(t.url).get('/api/candidates/00000000-0000-4000-8000-000000000000/').set(owner.auth).expect(404)).body, 'CANDIDATE.NOT_FOUND');
      await request(t.url).post('/api/candidates/00000000-0000-4000-8000-000000000000/add_note/').set(owner.auth).send({ content: 'x' }).expect(404);
      expectApiError((await request(t.url).get('/api/candidates/?parsing_status=done').set(owner.auth).expect(400)).body, 'VALIDATION_ERROR');
    });
  });

  describe('question generation', () => {
    let jobId: string;
    let candidateId: string;

    beforeAll(async () => {
      jobId = (await createJob(owner, { title: 'Senior Java Developer', required_skills: ['Java', 'SQL'], description: 'Spring services on PostgreSQL' })).body._id;
      const cv = await request(t.url)
        .post('/api/candidates/upload_cv/')
        .set(owner.auth)
        .attach('cv_file', Buffer.from('Max Mustermann\nJava developer with 2 years of experience.\n'), { filename: 'max.txt', contentType: 'text/plain' })
        .expect(201);
      candidateId = cv.body._id;
    });

    it('generates the documented question set for a job and a candidate', async () => {
      const res = await request(t.url).post('/api/questions/generate/').set(owner.auth).send({ job_id: jobId, candidate_id: candidateId, difficulty: 'auto', count: 12 }).expect(200);
      expect(res.body.total_count).toBe(12);
      expect(res.body.questions).toHaveLength(12);
      for (const q of res.body.questions) {
        expect(q).toEqual(
          expect.objectContaining({
            _id: expect.stringMatching(UUID),
            question_text: expect.any(String),
            question_type: expect.stringMatching(/^(technical|coding|behavioral)$/),
            difficulty: expect.stringMatching(/^(easy|medium|hard)$/),
            skills_tested: expect.any(Array),
            expected_answer_points: expect.any(Array),
            max_score: 10,
          }),
        );
        expect(q.expected_answer_points.length).toBeGreaterThan(0);
      }
      const types = res.body.questions.map((q: { question_type: string }) => q.question_type);
      expect(types.filter((x: string) => x === 'behavioral')).toHaveLength(3);
      // The job's skills come first; with `auto`, the candidate's 2 years make it easy.
      expect(res.body.questions[0].skills_tested).toEqual(['Java']);
      expect(res.body.questions[0].difficulty).toBe('easy');
      expect(res.body.difficulty).toBe('easy');
      expect(res.body.skills.map((s: { label: string }) => s.label).slice(0, 2)).toEqual(['Java', 'SQL']);
      expect(new Set(res.body.questions.map((q: { _id: string }) => q._id)).size).toBe(12);

      // The same inputs name the same questions.
      const again = await request(t.url).post('/api/questions/generate').set(owner.auth).send({ job_id: jobId, candidate_id: candidateId, count: 12 }).expect(200);
      expect(again.body.questions.map((q: { _id: string }) => q._id)).toEqual(res.body.questions.map((q: { _id: string }) => q._id));
    });

    it('honours an explicit difficulty and works without a candidate', async () => {
      const res = await request(t.url).post('/api/questions/generate/').set(owner.auth).send({ job_id: jobId, difficulty: 'hard', count: 3 }).expect(200);
      expect(res.body.total_count).toBe(3);
      expect(res.body.questions[0]).toMatchObject({ difficulty: 'hard', question_type: 'technical', skills_tested: ['Java'] });
    });

    it('refuses bad bodies (400) and jobs or candidates that are not the caller\'s (403/404)', async () => {
      for (const body of [{}, { job_id: 'nope' }, { job_id: jobId, count: 0 }, { job_id: jobId, count: 31 }, { job_id: jobId, difficulty: 'extreme' }]) {
        expectApiError((await request(t.url).post('/api/questions/generate/').set(owner.auth).send(body).expect(400)).body, 'VALIDATION_ERROR');
      }
      expectApiError((await request(t.url).post('/api/questions/generate/').set(other.auth).send({ job_id: jobId }).expect(403)).body, 'JOB.FORBIDDEN');
      const otherJob = (await createJob(other, { title: 'Python Developer' })).body._id;
      expectApiError(
        (await request(t.url).post('/api/questions/generate/').set(other.auth).send({ job_id: otherJob, candidate_id: candidateId }).expect(403)).body,
        'CANDIDATE.FORBIDDEN',
      );
      await request(t.url).post('/api/questions/generate/').set(owner.auth).send({ job_id: '00000000-0000-4000-8000-000000000000' }).expect(404);
    });
  });

  it('rebuilds the jobs and candidates read models from the events to the same documents', async () => {
    const fresh = new MemoryReadStore();
    const runner = new ProjectionRunner(events, fresh, ALL_PROJECTIONS, { log: () => undefined, error: () => undefined });
    await runner.start();
    expect(await runner.catchUp(10_000)).toBe(true);
    await runner.stop();
    const live: ReadStore = t.app.get(READ_STORE);
    const strip = (docs: Record<string, unknown>[]) => docs.map(({ _position, ...rest }) => rest);
    for (const name of [JOBS_COLLECTION, CANDIDATES_COLLECTION]) {
      const rebuilt = strip(await fresh.collection<{ _id: string }>(name).find({}, { sort: { _id: 1 } }));
      expect(rebuilt.length).toBeGreaterThan(0);
      expect(rebuilt).toEqual(strip(await live.collection<{ _id: string }>(name).find({}, { sort: { _id: 1 } })));
    }
  });

  it('documents the routes and their schemas in /openapi.json', async () => {
    const doc = (await request(t.url).get('/openapi.json').expect(200)).body;
    for (const path of ['/api/jobs', '/api/jobs/generate_from_title', '/api/jobs/{job_id}', '/api/candidates', '/api/candidates/upload_cv', '/api/candidates/{candidate_id}', '/api/candidates/{candidate_id}/add_note', '/api/questions/generate']) {
      expect(doc.paths).toHaveProperty([path]);
    }
    expect(Object.keys(doc.paths['/api/jobs/{job_id}'])).toEqual(expect.arrayContaining(['get', 'put', 'patch', 'delete']));
    expect(doc.paths['/api/candidates/upload_cv'].post.requestBody.content).toHaveProperty(['multipart/form-data']);
    for (const schema of ['CreateJobDto', 'S3JobDto', 'S3JobListDto', 'S3CandidateDto', 'AddNoteDto', 'S3CandidateNoteDto', 'GenerateQuestionsDto', 'S3GeneratedQuestionsDto']) {
      expect(doc.components.schemas).toHaveProperty([schema]);
    }
  });
});
