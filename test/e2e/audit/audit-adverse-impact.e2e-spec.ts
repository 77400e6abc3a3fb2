import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { AGGREGATE_STORE, AggregateStore } from '@candor/application';
import { InterviewScoreCard, interviewStreamId, Recommendation } from '@candor/domain';
import { newS3Candidate, newS3Job } from '../../support/s3-subjects';
import { startTestApp, TestApp } from '../../support/test-app';
import { Actor, ADMIN, ADMIN_ENV, logIn, signUp } from '../../support/interview-actors';
import { asText, makeAuditor } from '../../support/audit-fixtures';

const dimension = (score: number) => ({ score, evidence: { messageIds: [], executionIds: [] }, reasoning: 'seeded' });
const card = (recommendation: Recommendation, score: number): InterviewScoreCard => ({
  overall: score,
  communication: dimension(score),
  technical: dimension(score),
  problemSolving: dimension(score),
  codeQuality: dimension(score),
  behavioral: null,
  questionScores: [],
  skillBreakdown: {},
  strengths: [],
  weaknesses: [],
  recommendation,
  recommendationReasoning: 'seeded',
  versions: { rubric: 'r1', model: 'seed', prompt: 'p1', bank: 'b1', analyzer: null },
  tokensUsed: 0,
});

/** Issue 15 point 6 over HTTP: given scored interviews of a job (a generated data set with a known ratio) and their labels. */
describe('audit: adverse impact', () => {
  let t: TestApp;
  let admin: Actor;
  let auditor: Actor;
  let owner: Actor;
  let scorerView: string;
  let fairJob: string;

  const newJob = (title: string) => newS3Job(t.url, owner, title, ['Python']);
  const newCandidate = (email: string) => newS3Candidate(t.url, owner, email.split('@')[0], email);

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, AUDIT_CHECKPOINT_INTERVAL_MS: '0' });
    admin = await logIn(t.url, ADMIN.email, ADMIN.password);
    owner = await signUp(t.url, 'fair-owner@example.com');
    auditor = await makeAuditor(t.url, admin, 'fair-auditor@example.com');
    const store = t.app.get<AggregateStore>(AGGREGATE_STORE);
    fairJob = await newJob('Fair Python Developer');
    // group a: 6 of 10 hired (0.6); group b: 3 of 10 (0.3): impact ratio 0.5; group c: 2 candidates (suppressed).
    const plan: [string, number, number][] = [
      ['a', 10, 6],
      ['b', 10, 3],
      ['c', 2, 2],
    ];
    for (const [group, count, hired] of plan) {
      for (let i = 0; i < count; i++) {
        const id = (await request(t.url).post('/api/interviews/').set(owner.auth).send({ job: fairJob, candidate: await newCandidate(`${group}${i}@example.com`) }).expect(201)).body._id;
        const recommendation: Recommendation = i < hired ? (i % 2 ? 'strong_hire' : 'hire') : i % 2 ? 'maybe' : 'no_hire';
        await store.appendDecided(
          interviewStreamId(id),
          [{ type: 'InterviewScored', data: { interviewId: id, scoreId: randomUUID(), basisVersion: 1, card: card(recommendation, i < hired ? 0.9 : 0.3), scoredAt: new Date().toISOString() } }],
          'any',
        );
        await request(t.url).put(`/api/v1/audit/group-labels/${id}`).set(owner.auth).send({ labels: { gender: group, age_band: i % 2 ? 'under_40' : '40_plus' } }).expect(200);
        if (group === 'a' && i === 0) scorerView = id;
      }
    }
    // Another job's interview is not counted.
    const elsewhere = (await request(t.url).post('/api/interviews/').set(owner.auth).send({ job: await newJob('Another Job'), candidate: await newCandidate('elsewhere@example.com') }).expect(201)).body._id;
    await request(t.url).put(`/api/v1/audit/group-labels/${elsewhere}`).set(owner.auth).send({ labels: { gender: 'b' } }).expect(200);
  });
  afterAll(async () => t.close());

  it('reports per group the rate, the impact ratio against the highest group with the four-fifths flag, and p-values', async () => {
    const body = (await request(t.url).get(`/api/v1/audit/adverse-impact?job=${fairJob}&dimension=gender&reason=annual+review`).set(auditor.auth).expect(200)).body;

    expect(body).toMatchObject({ min_count: 5, scored: 22, labelled: 22, selected_when: ['hire', 'strong_hire'] });
    const [report] = body.reports;
    expect(report).toMatchObject({ dimension: 'gender', total: 20, reference_group: 'a', suppressed_groups: 1 });
    expect(report.groups.map((g: { group: string }) => g.group)).toEqual(['a', 'b']);
    const [a, b] = report.groups;
    expect(a).toMatchObject({ count: 10, selected: 6, selection_rate: 0.6, impact_ratio: 1, four_fifths_flag: false });
    expect(b).toMatchObject({ count: 10, selected: 3, selection_rate: 0.3, impact_ratio: 0.5, four_fifths_flag: true, chi_square_p_value: null });
    expect(b.fisher_p_value).toBeGreaterThan(0.05);
    expect(b.fisher_p_value).toBeLessThan(1);
    expect(b.scores.overall).toMatchObject({ count: 10, distribution: [0, 7, 0, 0, 3] });
    expect(JSON.stringify(body)).not.toContain('"c"');
  });

  it('every label dimension by default; CSV on request; a higher min_count suppresses more, a lower one is ignored', async () => {
    const all = (await request(t.url).get(`/api/v1/audit/adverse-impact?job=${fairJob}`).set(admin.auth).expect(200)).body;
    expect(all.reports.map((r: { dimension: string }) => r.dimension)).toEqual(['age_band', 'gender']);

    const csv = await request(t.url).get(`/api/v1/audit/adverse-impact?job=${fairJob}&dimension=gender&format=csv`).set(auditor.auth).buffer(true).parse(asText).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = (csv.body as string).trim().split('\n');
    expect(rows[0]).toMatch(/^dimension,group,count,selected,selection_rate,impact_ratio,four_fifths_flag,fisher_p_value,chi_square_p_value,overall_mean/);
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 7).join(','))).toEqual(['gender,a,10,6,0.6,1,false', 'gender,b,10,3,0.3,0.5,true']);

    const strict = (await request(t.url).get(`/api/v1/audit/adverse-impact?job=${fairJob}&dimension=gender&min_count=11`).set(auditor.auth).expect(200)).body;
    expect(strict.reports[0]).toMatchObject({ groups: [], suppressed_groups: 3 });
    const loose = (await request(t.url).get(`/api/v1/audit/adverse-impact?job=${fairJob}&dimension=gender&min_count=1`).set(auditor.auth).expect(200)).body;
    expect(loose.min_count).toBe(5);
  });

  it('labels stay apart from the interview: no interview view shows them; only the owner or an admin records them', async () => {
    const shown = JSON.stringify((await request(t.url).get(`/api/interviews/${scorerView}/`).set(owner.auth).expect(200)).body);
    expect(shown).not.toContain('gender');
    const stream = (await request(t.url).get(`/api/v1/interviews/${scorerView}/events`).set(owner.auth).expect(200)).body.events;
    expect(stream.map((e: { type: string }) => e.type)).not.toContain('GroupLabelsRecorded');

    const stranger = await signUp(t.url, 'fair-stranger@example.com');
    await request(t.url).put(`/api/v1/audit/group-labels/${scorerView}`).set(stranger.auth).send({ labels: { gender: 'x' } }).expect(403);
    await request(t.url).put(`/api/v1/audit/group-labels/${scorerView}`).set(auditor.auth).send({ labels: { gender: 'x' } }).expect(403);
    await request(t.url).put(`/api/v1/audit/group-labels/${scorerView}`).set(admin.auth).send({ labels: { Gender: 'x' } }).expect(400);
    await request(t.url).put(`/api/v1/audit/group-labels/${scorerView}`).set(admin.auth).send({ labels: 'female' }).expect(422);
    await request(t.url).get('/api/v1/audit/adverse-impact').set(owner.auth).expect(403);
    await request(t.url).get('/api/v1/audit/adverse-impact?from=yesterday').set(auditor.auth).expect(422);
  });
});
