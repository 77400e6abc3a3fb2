import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { WsTestClient } from '../support/ws-test-client';
import { png } from '../support/png-image';

const S4_ERROR = { success: false, message: expect.any(String), errors: expect.any(Array), error_code: expect.any(String), timestamp: expect.any(String) };

/** S4 `/interviewer/*`: templates and invitations, analytics, profile and settings. */
describe('S4 /interviewer', () => {
  let t: TestApp;
  let recruiter: Actor;
  let candidate: Actor;
  let other: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    recruiter = await signUp(t.url, 's4-int-recruiter@example.com');
    candidate = await signUp(t.url, 's4-int-candidate@example.com', 'candidate');
    other = await signUp(t.url, 's4-int-other@example.com');
  });
  afterAll(async () => t.close());

  const newTemplate = (body: Record<string, unknown>, who = recruiter) => request(t.url).post('/interviewer/interviews/').set(who.auth).send(body);

  describe('templates and invitations', () => {
    it('creates, lists (paginated, searched, filtered), reads, updates and deletes templates', async () => {
      const created = await newTemplate({ title: 'Senior Backend', interview_type: 'technical', difficulty: 'hard', duration_minutes: 60, technologies: ['Go'], questions: ['Design a queue'] }).expect(201);
      expect(created.body).toMatchObject({
        success: true,
        message: 'Interview template created',
        data: { title: 'Senior Backend', technologies: ['Go'], questions: ['Design a queue'], is_active: true, created_by: recruiter.id, invitation_count: 0 },
      });
      const id = created.body.data.id;
      await newTemplate({ title: 'Junior Frontend', technologies: ['React'], is_active: false }).expect(201);
      await newTemplate({ title: 'Data Engineer' }).expect(201);
      await newTemplate({ title: 'Not mine' }, other).expect(201);

      const page = await request(t.url).get('/interviewer/interviews?page=1&size=2&sort_by=title&sort_order=asc').set(recruiter.auth).expect(200);
      expect(page.body.data.map((x: { title: string }) => x.title)).toEqual(['Data Engineer', 'Junior Frontend']);
      expect(page.body.pagination).toEqual({ page: 1, size: 2, total: 3, pages: 2, has_next: true, has_prev: false });
      const searched = await request(t.url).get('/interviewer/interviews?search=react').set(recruiter.auth).expect(200);
      expect(searched.body.data.map((x: { title: string }) => x.title)).toEqual(['Junior Frontend']);
      const active = await request(t.url).get('/interviewer/interviews?status=active').set(recruiter.auth).expect(200);
      expect(active.body.pagination.total).toBe(2);

      const updated = await request(t.url).put(`/interviewer/interviews/${id}`).set(recruiter.auth).send({ title: 'Staff Backend', duration_minutes: 90 }).expect(200);
      expect(updated.body.data).toMatchObject({ title: 'Staff Backend', duration_minutes: 90, technologies: ['Go'] });
      expect((await request(t.url).get(`/interviewer/interviews/${id}`).set(recruiter.auth).expect(200)).body.data.title).toBe('Staff Backend');

      const deleted = await request(t.url).delete(`/interviewer/interviews/${id}`).set(recruiter.auth).expect(200);
      expect(deleted.body).toMatchObject({ success: true, data: { message: 'Interview template deleted' } });
      const gone = await request(t.url).get(`/interviewer/interviews/${id}`).set(recruiter.auth).expect(404);
      expect(gone.body).toEqual(S4_ERROR);
    });

    it('refuses invalid bodies (400), other owners and candidates (403), unknown templates (404)', async () => {
      expect((await newTemplate({ duration_minutes: 60 }).expect(400)).body).toEqual(S4_ERROR);
      expect((await newTemplate({ title: 'x', interview_type: 'karaoke' }).expect(400)).body).toEqual(S4_ERROR);
      const id = (await newTemplate({ title: 'Guarded' }).expect(201)).body.data.id;
      expect((await request(t.url).get(`/interviewer/interviews/${id}`).set(other.auth).expect(403)).body).toEqual(S4_ERROR);
      await request(t.url).put(`/interviewer/interviews/${id}`).set(other.auth).send({ title: 'mine now' }).expect(403);
      const asCandidate = await request(t.url).get('/interviewer/interviews').set(candidate.auth).expect(403);
      expect(asCandidate.body).toEqual(S4_ERROR);
      await request(t.url).get('/interviewer/interviews/00000000-0000-4000-8000-000000000000').set(recruiter.auth).expect(404);
      await request(t.url).post(`/interviewer/interviews/${id}/invite`).set(recruiter.auth).send({ candidate_email: 'not-an-email' }).expect(400);
      // Unknown sort fields and statuses are refused (as /admin/users and /candidates/interviews do), not silently ignored.
      for (const query of ['sort_by=salary', 'status=dancing']) {
        for (const list of ['/interviewer/interviews', '/interviewer/interviews/invitations']) {
          const refused = await request(t.url).get(`${list}?${query}`).set(recruiter.auth).expect(400);
          expect(refused.body).toEqual({ ...S4_ERROR, errors: [expect.stringContaining(query.split('=')[0])] });
        }
      }
    });

    it('invites a candidate: an interview is created from the template, listed under invitations and visible to the candidate', async () => {
      const template = (await newTemplate({ title: 'Platform Engineer', interview_type: 'technical', duration_minutes: 50, technologies: ['Kubernetes'], questions: ['Explain pods'] }).expect(201)).body.data;
      const invited = await request(t.url)
        .post(`/interviewer/interviews/${template.id}/invite`)
        .set(recruiter.auth)
        .send({ candidate_email: candidate.email, candidate_name: 'Cara Candidate', message: 'Looking forward', scheduled_at: '2030-01-02T10:00:00Z' })
        .expect(201);
      expect(invited.body).toMatchObject({
        success: true,
        message: `Invitation sent to ${candidate.email}`,
        data: { template_id: template.id, template_title: 'Platform Engineer', candidate_email: candidate.email, candidate_name: 'Cara Candidate', status: 'scheduled', invited_by: recruiter.id },
      });
      const interviewId = invited.body.data.interview_id;
      expect(invited.body.data.email_sent).toBe(true);
      const outbox = join(t.dataDir, 'outbox');
      const mails = readdirSync(outbox).map((f) => readFileSync(join(outbox, f), 'utf8'));
      const mail = mails.find((m) => m.includes('Interview invitation: Platform Engineer'));
      expect(mail).toBeDefined();
      expect(mail).toContain(candidate.email);
      expect(mail).toContain('Looking forward');
      // The invitation carries a link with the interview's invite token; that token opens the interview socket without an account.
      const { interview_link: link, invite_token: token, join_url: joinUrl, websocket_url: wsUrl } = invited.body.data;
      expect(link).toMatch(new RegExp(`/interview/${interviewId}$`));
      expect(token).toMatch(/^[A-Za-z0-9_-]{24,}$/);
      expect(joinUrl).toBe(`${link}?token=${token}`);
      // The .eml body is quoted-printable: soft line breaks and =XX escapes.
      const body = (mail as string).replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      expect(body).toContain(`Join: ${joinUrl}`);
      const socketPath = new URL(wsUrl);
      expect(socketPath.pathname).toBe(`/ws/interview/${interviewId}/`);
      const socket = await WsTestClient.connect(`${t.url.replace(/^http/, 'ws')}${socketPath.pathname}${socketPath.search}`);
      expect(await socket.next('connected')).toMatchObject({ type: 'connected', interview_id: interviewId, user_id: `invite:${interviewId}` });
      socket.close();
      const seen = await request(t.url).get(`/candidates/interviews/${interviewId}`).set(candidate.auth).expect(200);
      expect(seen.body.data).toMatchObject({ title: 'Platform Engineer', duration_minutes: 50, technologies: ['Kubernetes'], interview_type: 'technical', scheduled_at: expect.stringContaining('2030-01-02') });
      expect(seen.body.data.metadata).toMatchObject({ template_id: template.id, questions: ['Explain pods'] });

      await request(t.url).post(`/interviewer/interviews/${template.id}/invite`).set(recruiter.auth).send({ candidate_email: 'second@example.com' }).expect(201);
      const list = await request(t.url).get(`/interviewer/interviews/invitations?template_id=${template.id}&size=1`).set(recruiter.auth).expect(200);
      expect(list.body.data).toHaveLength(1);
      expect(list.body.data[0]).toMatchObject({ candidate_email: 'second@example.com', status: 'pending' });
      expect(list.body.pagination).toEqual({ page: 1, size: 1, total: 2, pages: 2, has_next: true, has_prev: false });
      // `status` (S4's common filter) narrows invitations by their interview's status.
      const scheduled = await request(t.url).get(`/interviewer/interviews/invitations?template_id=${template.id}&status=scheduled`).set(recruiter.auth).expect(200);
      expect(scheduled.body.data.map((i: { interview_id: string }) => i.interview_id)).toEqual([interviewId]);
      expect(scheduled.body.pagination.total).toBe(1);
      const pending = await request(t.url).get(`/interviewer/interviews/invitations?template_id=${template.id}&status=pending`).set(recruiter.auth).expect(200);
      expect(pending.body.data.map((i: { candidate_email: string }) => i.candidate_email)).toEqual(['second@example.com']);
      const bySearch = await request(t.url).get('/interviewer/interviews/invitations?search=cara').set(recruiter.auth).expect(200);
      expect(bySearch.body.data.map((i: { interview_id: string }) => i.interview_id)).toEqual([interviewId]);
      expect((await request(t.url).get(`/interviewer/interviews/${template.id}`).set(recruiter.auth).expect(200)).body.data.invitation_count).toBe(2);
      expect((await request(t.url).get('/interviewer/interviews/invitations').set(other.auth).expect(200)).body.pagination.total).toBe(0);

      const inactive = (await newTemplate({ title: 'Paused', is_active: false }).expect(201)).body.data.id;
      const refused = await request(t.url).post(`/interviewer/interviews/${inactive}/invite`).set(recruiter.auth).send({ candidate_email: candidate.email }).expect(409);
      expect(refused.body).toEqual({ ...S4_ERROR, error_code: 'TEMPLATE.INACTIVE' });
    });
  });

  describe('analytics', () => {
    let analyst: Actor;
    let completedId: string;

    beforeAll(async () => {
      analyst = await signUp(t.url, 's4-int-analyst@example.com');
      const make = async (title: string, email: string) =>
        (await request(t.url).post('/candidates/interviews').set(analyst.auth).send({ title, candidate_email: email, candidate_name: 'Cara' }).expect(201)).body.data.id as string;
      completedId = await make('Done', candidate.email);
      await request(t.url).post(`/candidates/interviews/${completedId}/start`).set(analyst.auth).expect(200);
      await request(t.url).post(`/candidates/interviews/${completedId}/end`).set(analyst.auth).expect(200);
      await request(t.url).put(`/candidates/interviews/${completedId}`).set(analyst.auth).send({ technical_score: 80, behavioral_score: 70 }).expect(200);
      const cancelled = await make('Dropped', 'someone@example.com');
      await request(t.url).put(`/candidates/interviews/${cancelled}`).set(analyst.auth).send({ status: 'cancelled' }).expect(200);
      await make('Waiting', candidate.email);
    });

    it('computes the dashboard from the caller’s interviews', async () => {
      const res = await request(t.url).get('/interviewer/analytics/dashboard').set(analyst.auth).expect(200);
      expect(res.body.success).toBe(true);
      expect(res.body.data).toMatchObject({
        interviews: { total: 3, pending: 1, scheduled: 0, in_progress: 0, completed: 1, cancelled: 1 },
        completion_rate: 0.5,
        average_duration_minutes: expect.any(Number),
        average_technical_score: 80,
        average_behavioral_score: 70,
        unique_candidates: 2,
        upcoming_interviews: 0,
      });
      expect(res.body.data.recent_interviews.map((i: { title: string }) => i.title)).toEqual(['Waiting', 'Dropped', 'Done']);
      const empty = await request(t.url).get('/interviewer/analytics/dashboard?date_to=2000-01-01').set(analyst.auth).expect(200);
      expect(empty.body.data.interviews.total).toBe(0);
      await request(t.url).get('/interviewer/analytics/dashboard?date_from=yesterday').set(analyst.auth).expect(400);
      expect((await request(t.url).get('/interviewer/analytics/dashboard').set(candidate.auth).expect(403)).body).toEqual(S4_ERROR);
    });

    it('reports one interview to its owner only', async () => {
      const res = await request(t.url).get(`/interviewer/analytics/reports/${completedId}`).set(analyst.auth).expect(200);
      expect(res.body.data).toMatchObject({ interview: { id: completedId, status: 'completed', technical_score: 80 }, duration_minutes: expect.any(Number), message_count: 0 });
      // Completing an interview records the scoring engine's evaluation (a reactor): the report shows what is recorded.
      for (const e of res.body.data.evaluations) expect(e).toMatchObject({ id: expect.any(String), source: expect.any(String), scores: expect.any(Object), created_at: expect.any(String) });
      expect((await request(t.url).get(`/interviewer/analytics/reports/${completedId}`).set(other.auth).expect(403)).body).toEqual(S4_ERROR);
      await request(t.url).get('/interviewer/analytics/reports/00000000-0000-4000-8000-000000000000').set(analyst.auth).expect(404);
    });

    it("averages the scoring engine's overall score once the completion has been scored", async () => {
      // Scoring runs as a reaction to the completion: wait (bounded) for its score card to reach the report.
      let report: { score_card: { overall: number } | null; overall_score: number | null } | null = null;
      for (let i = 0; i < 50 && !report?.score_card; i += 1) {
        report = (await request(t.url).get(`/interviewer/analytics/reports/${completedId}`).set(analyst.auth).expect(200)).body.data;
        if (!report?.score_card) await new Promise((r) => setTimeout(r, 100));
      }
      expect(report?.score_card).not.toBeNull();
      const expected = Math.round(report!.score_card!.overall * 10000) / 100;
      expect(report!.overall_score).toBeCloseTo(expected, 1);
      const dashboard = await request(t.url).get('/interviewer/analytics/dashboard').set(analyst.auth).expect(200);
      expect(dashboard.body.data.average_overall_score).toBeCloseTo(expected, 1);
    });

    it('summarises a candidate by user id or email', async () => {
      const byId = await request(t.url).get(`/interviewer/analytics/candidates/${candidate.id}`).set(analyst.auth).expect(200);
      expect(byId.body.data).toMatchObject({ candidate_id: candidate.id, email: candidate.email, interviews: { total: 2, completed: 1, pending: 1 }, average_technical_score: 80 });
      expect(byId.body.data.history).toHaveLength(2);
      const byEmail = await request(t.url).get(`/interviewer/analytics/candidates/${encodeURIComponent(candidate.email)}`).set(analyst.auth).expect(200);
      expect(byEmail.body.data.interviews.total).toBe(2);
      expect((await request(t.url).get('/interviewer/analytics/candidates/nobody@example.com').set(analyst.auth).expect(404)).body).toEqual(S4_ERROR);
    });

    it('buckets trends by day, week and month', async () => {
      const today = new Date().toISOString().slice(0, 10);
      // The previous test waited for the score card: the bucket's overall score is that interview's.
      const overall = (await request(t.url).get(`/interviewer/analytics/reports/${completedId}`).set(analyst.auth).expect(200)).body.data.overall_score;
      expect(overall).toEqual(expect.any(Number));
      const day = await request(t.url).get('/interviewer/analytics/trends?interval=day').set(analyst.auth).expect(200);
      expect(day.body.data).toEqual({
        interval: 'day',
        points: [{ period: today, created: 3, completed: 1, cancelled: 1, average_technical_score: 80, average_overall_score: overall }],
        total_created: 3,
        total_completed: 1,
      });
      const month = await request(t.url).get('/interviewer/analytics/trends?interval=month').set(analyst.auth).expect(200);
      expect(month.body.data.points).toEqual([expect.objectContaining({ period: today.slice(0, 7), created: 3 })]);
      const week = await request(t.url).get('/interviewer/analytics/trends?interval=week').set(analyst.auth).expect(200);
      expect(new Date(`${week.body.data.points[0].period}T00:00:00Z`).getUTCDay()).toBe(1);
      await request(t.url).get('/interviewer/analytics/trends?interval=hour').set(analyst.auth).expect(400);
      const outOfRange = await request(t.url).get('/interviewer/analytics/trends?date_from=2000-01-01&date_to=2000-01-31').set(analyst.auth).expect(200);
      expect(outOfRange.body.data).toMatchObject({ points: [], total_created: 0, total_completed: 0 });
    });

    it('exports a raw CSV stream', async () => {
      const res = await request(t.url).post('/interviewer/analytics/export').set(analyst.auth).send({ format: 'csv' }).buffer(true).parse((r, cb) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => cb(null, text));
      }).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toContain('attachment');
      const lines = (res.body as string).trim().split('\n');
      expect(lines[0]).toBe('interview_id,title,candidate_name,candidate_email,position,status,created_at,started_at,ended_at,duration_minutes,technical_score,behavioral_score,overall_score');
      expect(lines).toHaveLength(4);
      expect(lines.find((l) => l.startsWith(completedId))).toContain(',completed,');
      const onlyCompleted = await request(t.url).post('/interviewer/analytics/export').set(analyst.auth).send({ status: 'completed' }).buffer(true).parse((r, cb) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => cb(null, text));
      }).expect(200);
      expect((onlyCompleted.body as string).trim().split('\n')).toHaveLength(2);
      expect((await request(t.url).post('/interviewer/analytics/export').set(analyst.auth).send({ format: 'xlsx' }).expect(400)).body).toEqual(S4_ERROR);
    });

    it('exports a raw JSON array stream with the same rows', async () => {
      const res = await request(t.url).post('/interviewer/analytics/export').set(analyst.auth).send({ format: 'json', status: 'completed' }).buffer(true).parse((r, cb) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => cb(null, text));
      }).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['content-disposition']).toContain('interview-analytics.json');
      const rows = JSON.parse(res.body as string);
      expect(rows).toEqual([expect.objectContaining({ interview_id: completedId, status: 'completed', technical_score: 80, behavioral_score: 70, candidate_email: candidate.email })]);
      const none = await request(t.url).post('/interviewer/analytics/export').set(analyst.auth).send({ format: 'json', date_to: '2000-01-01' }).buffer(true).parse((r, cb) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString()));
        r.on('end', () => cb(null, text));
      }).expect(200);
      expect(JSON.parse(none.body as string)).toEqual([]);
      expect((await request(t.url).post('/interviewer/analytics/export').set(candidate.auth).send({ format: 'json' }).expect(403)).body).toEqual(S4_ERROR);
    });
  });

  describe('profile and settings', () => {
    it('reads and updates the profile (name on the account, the rest event-sourced)', async () => {
      const before = await request(t.url).get('/interviewer/profile/').set(recruiter.auth).expect(200);
      expect(before.body.data).toMatchObject({ id: recruiter.id, email: recruiter.email, title: null, expertise: [], avatar: null });
      const res = await request(t.url).put('/interviewer/profile').set(recruiter.auth).send({ full_name: 'Rita Recruiter', title: 'Lead', expertise: ['Go'], years_experience: 9 }).expect(200);
      expect(res.body.data).toMatchObject({ full_name: 'Rita Recruiter', title: 'Lead', expertise: ['Go'], years_experience: 9, updated_at: expect.any(String) });
      expect((await request(t.url).get('/auth/me').set(recruiter.auth).expect(200)).body.data.full_name).toBe('Rita Recruiter');
      expect(res.body.data.timezone).toBe('UTC');
      const withZone = await request(t.url).put('/interviewer/profile').set(recruiter.auth).send({ company: 'Acme', bio: 'Hiring', phone: '+49 30 1234', timezone: 'Europe/Paris' }).expect(200);
      expect(withZone.body.data).toMatchObject({ company: 'Acme', bio: 'Hiring', phone: '+49 30 1234', timezone: 'Europe/Paris', title: 'Lead' });
      expect((await request(t.url).get('/interviewer/profile/preferences').set(recruiter.auth).expect(200)).body.data.timezone).toBe('Europe/Paris');
      expect((await request(t.url).put('/interviewer/profile').set(recruiter.auth).send({ linkedin_url: 'not a url' }).expect(400)).body).toEqual(S4_ERROR);
      expect((await request(t.url).get('/interviewer/profile').set(candidate.auth).expect(403)).body).toEqual(S4_ERROR);
    });

    it('uploads the avatar to storage (400 for a non-image, 413 past 5 MB) and serves it raw', async () => {
      const image = png(256, 128);
      const res = await request(t.url).post('/interviewer/profile/avatar').set(recruiter.auth).attach('file', image, 'me.png').expect(201);
      expect(res.body).toMatchObject({ success: true, data: { content_type: 'image/png', width: 256, height: 128, size_bytes: image.length, avatar_url: '/interviewer/profile/avatar' } });
      const raw = await request(t.url).get('/interviewer/profile/avatar').set(recruiter.auth).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(Buffer.compare(raw.body as Buffer, image)).toBe(0);
      expect((await request(t.url).get('/interviewer/profile').set(recruiter.auth).expect(200)).body.data.avatar).toMatchObject({ width: 256 });

      const notImage = await request(t.url).post('/interviewer/profile/avatar').set(recruiter.auth).attach('file', Buffer.from('%PDF-1.7 not an image'), 'me.pdf').expect(400);
      expect(notImage.body).toEqual(S4_ERROR);
      const huge = await request(t.url).post('/interviewer/profile/avatar').set(recruiter.auth).attach('file', png(100, 100, 5 * 1024 * 1024 + 10), 'big.png').expect(413);
      expect(huge.body).toEqual({ ...S4_ERROR, error_code: 'PAYLOAD_TOO_LARGE' });
      const noFile = await request(t.url).post('/interviewer/profile/avatar').set(recruiter.auth).field('x', 'y').expect(400);
      expect(noFile.body).toEqual(S4_ERROR);
      await request(t.url).get('/interviewer/profile/avatar').set(other.auth).expect(404);
    });

    it('keeps preferences, notification and security settings with defaults until changed', async () => {
      const prefs = await request(t.url).get('/interviewer/profile/preferences').set(other.auth).expect(200);
      expect(prefs.body.data).toMatchObject({ language: 'en', theme: 'system', items_per_page: 10, updated_at: null });
      const changed = await request(t.url).put('/interviewer/profile/preferences').set(other.auth).send({ theme: 'dark', timezone: 'Europe/Berlin' }).expect(200);
      expect(changed.body.data).toMatchObject({ theme: 'dark', timezone: 'Europe/Berlin', language: 'en', updated_at: expect.any(String) });
      expect((await request(t.url).put('/interviewer/profile/preferences').set(other.auth).send({ theme: 'neon' }).expect(400)).body).toEqual(S4_ERROR);
      // A time zone must be one (IANA); a refused one changes nothing, through either view of the setting.
      const badZone = await request(t.url).put('/interviewer/profile/preferences').set(other.auth).send({ timezone: 'Mars/Olympus' }).expect(400);
      expect(badZone.body).toEqual({ ...S4_ERROR, errors: [expect.stringContaining('timezone')] });
      await request(t.url).put('/interviewer/profile').set(other.auth).send({ timezone: 'Mars/Olympus' }).expect(400);
      expect((await request(t.url).get('/interviewer/profile/preferences').set(other.auth).expect(200)).body.data.timezone).toBe('Europe/Berlin');

      const notifications = await request(t.url).put('/interviewer/settings/notifications').set(other.auth).send({ weekly_reports: true, reminder_minutes_before: 15 }).expect(200);
      expect(notifications.body.data).toMatchObject({ weekly_reports: true, reminder_minutes_before: 15, email_notifications: true });
      expect((await request(t.url).get('/interviewer/settings/notifications').set(other.auth).expect(200)).body.data.weekly_reports).toBe(true);
      await request(t.url).put('/interviewer/settings/notifications').set(other.auth).send({ weekly_reports: 'yes' }).expect(400);

      expect((await request(t.url).get('/interviewer/settings/security').set(other.auth).expect(200)).body.data).toMatchObject({ login_alerts: false, session_timeout_minutes: 60, two_factor_enabled: false });
      const security = await request(t.url).put('/interviewer/settings/security').set(other.auth).send({ login_alerts: true, session_timeout_minutes: 30 }).expect(200);
      expect(security.body.data).toMatchObject({ login_alerts: true, session_timeout_minutes: 30 });
      await request(t.url).put('/interviewer/settings/security').set(other.auth).send({ session_timeout_minutes: 1 }).expect(400);
      // Settings are per user.
      expect((await request(t.url).get('/interviewer/settings/security').set(recruiter.auth).expect(200)).body.data.login_alerts).toBe(false);
      expect((await request(t.url).get('/interviewer/settings/security').set(candidate.auth).expect(403)).body).toEqual(S4_ERROR);
    });
  });

  it('documents every interviewer route in /openapi.json', async () => {
    const spec = (await request(t.url).get('/openapi.json').expect(200)).body;
    const paths = [
      '/interviewer/interviews/{template_id}',
      '/interviewer/interviews/{template_id}/invite',
      '/interviewer/interviews/invitations',
      '/interviewer/analytics/dashboard',
      '/interviewer/analytics/reports/{interview_id}',
      '/interviewer/analytics/candidates/{candidate_id}',
      '/interviewer/analytics/trends',
      '/interviewer/analytics/export',
      '/interviewer/profile/avatar',
      '/interviewer/profile/preferences',
      '/interviewer/settings/notifications',
      '/interviewer/settings/security',
    ];
    for (const path of paths) expect(spec.paths[path]).toBeDefined();
    expect(spec.paths['/interviewer/analytics/export'].post.requestBody).toBeDefined();
  });
});
