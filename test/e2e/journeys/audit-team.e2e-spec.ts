import request from 'supertest';
import { verifyAuditExport } from '@candor/contracts';
import { journeyApp } from '../../support/journey-app';
import { ADMIN, ADMIN_ENV, logIn, signUp } from '../../support/interview-actors';
import { asText, makeAuditor } from '../../support/audit-fixtures';
import { newS3Candidate, newS3Job } from '../../support/s3-subjects';

/**
 * JOURNEYS.md 6, on a fresh DATA_DIR: an admin grants the auditor role; the auditor lists an interview's streams,
 * exports one as NDJSON and verifies it offline (no server, the published key pinned), reads the interview as it
 * stood before it was completed, compares two score versions after a re-score, and runs the adverse-impact report.
 */
describe('journey 6: the audit team', () => {
  const journey = journeyApp({ ...ADMIN_ENV, AUDIT_CHECKPOINT_INTERVAL_MS: '0' });

  it('from the granted role to the adverse-impact report', async () => {
    const t = journey.app;
    const admin = await logIn(t.url, ADMIN.email, ADMIN.password);
    const owner = await signUp(t.url, 'journey6-recruiter@example.com');
    const job = await newS3Job(t.url, owner);
    const candidate = await newS3Candidate(t.url, owner);
    const id = (await request(t.url).post('/api/interviews/').set(owner.auth).send({ job, candidate, interview_type: 'chat' }).expect(201)).body._id;
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
    const beforeCompletion = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 10));
    await request(t.url).post(`/api/v1/interviews/${id}/complete`).set(owner.auth).expect(200);
    await request(t.url).post(`/api/v1/interviews/${id}/rescore`).set(owner.auth).expect(200);

    const auditor = await makeAuditor(t.url, admin, 'journey6-auditor@example.com');
    const streams = (await request(t.url).get('/api/v1/audit/streams?category=interview').set(auditor.auth).expect(200)).body.streams;
    expect(streams.map((s: { stream: string }) => s.stream)).toContain(`interview-${id}`);

    const exported = (
      await request(t.url).get(`/api/v1/audit/streams/interview-${id}/export?reason=complaint+12`).set(auditor.auth).buffer(true).parse(asText).expect(200)
    ).body as string;
    const { public_key } = (await request(t.url).get('/api/v1/audit/checkpoints').set(auditor.auth).expect(200)).body;
    const offline = await verifyAuditExport(exported.split('\n'), public_key);
    expect(offline).toMatchObject({ valid: true, scope: 'stream', stream: `interview-${id}`, key_pinned: true, error: null });
    const tampered = exported.replace('"InterviewCompleted"', '"InterviewCancelled"');
    expect((await verifyAuditExport(tampered.split('\n'), public_key)).valid).toBe(false);

    const past = (await request(t.url).get(`/api/v1/audit/interviews/${id}?as_of=${encodeURIComponent(beforeCompletion)}&reason=complaint+12`).set(auditor.auth).expect(200)).body;
    expect(past).toMatchObject({ existed: true, interview: expect.objectContaining({ status: 'in_progress' }) });

    const versions = (await request(t.url).get(`/api/v1/interviews/${id}/scores?from=1&to=2`).set(auditor.auth).expect(200)).body;
    expect(versions.versions).toHaveLength(2);
    expect(versions.diff).toMatchObject({ from: 1, to: 2 });

    const impact = (await request(t.url).get(`/api/v1/audit/adverse-impact?job=${job}&reason=annual+review`).set(auditor.auth).expect(200)).body;
    expect(impact).toMatchObject({ scored: 1, reports: expect.any(Array) });
  }, 60_000);
});
