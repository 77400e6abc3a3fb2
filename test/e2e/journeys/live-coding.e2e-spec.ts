import request from 'supertest';
import { journeyApp } from '../../support/journey-app';
import { signUp } from '../../support/interview-actors';
import { requireSystemPackages } from '@candor/testing/system-packages';

requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3', 'python3-pyflakes', 'python3-pycodestyle');

/**
 * JOURNEYS.md 2, on a fresh DATA_DIR: the recruiter creates a session (S0) and starts it (S2) — each participant
 * gets a room token and URL — both join /ws/session/{id}; the candidate's edits reach the interviewer, a submission
 * runs in the sandbox against the session's coding problem and both see its results; then complete, the S2
 * feedback and the S0 evaluation show the run.
 */
describe('journey 2: a live coding interview (S0/S2)', () => {
  const journey = journeyApp();

  const join = (id: string, token: string) => journey.join(`/ws/session/${id}?token=${encodeURIComponent(token)}`);

  it('from a new session to its evaluation', async () => {
    const t = journey.app;
    const [recruiter, candidate] = await Promise.all([signUp(t.url, 'journey2-recruiter@example.com'), signUp(t.url, 'journey2-candidate@example.com', 'candidate')]);
    const session = (
      await request(t.url)
        .post('/api/sessions')
        .set(recruiter.auth)
        .send({ title: 'Senior Python Developer Interview', candidate_email: candidate.email, duration_minutes: 60, metadata: { difficulty: 'senior', technologies: ['python'], interview_type: 'technical' } })
        .expect(201)
    ).body;
    expect(session.session_code).toMatch(/^[A-Z0-9]{6}$/);

    for (const participant of [recruiter, candidate]) {
      const started = (await request(t.url).post(`/api/v1/interviews/${session.id}/start`).set(participant.auth).expect(200)).body;
      expect(started).toMatchObject({ interview_id: session.id, room_name: session.livekit_room, token: expect.stringMatching(/^ey/), url: expect.stringMatching(/^wss?:\/\//) });
    }
    expect((await request(t.url).get(`/api/sessions/${session.id}`).set(recruiter.auth).expect(200)).body.status).toBe('active');

    const interviewer = await join(session.id, recruiter.token);
    const coder = await join(session.id, candidate.token);
    coder.send({ type: 'code_update', data: { code: 'print(42)', language: 'python' } });
    expect((await interviewer.next('code_update')).data).toMatchObject({ code: 'print(42)', user_id: candidate.id });

    const problem = (await request(t.url).get(`/api/v1/interviews/${session.id}/coding-problem`).set(candidate.auth).expect(200)).body;
    const submitted = (
      await request(t.url)
        .post(`/api/v1/interviews/${session.id}/submit-code`)
        .set(candidate.auth)
        .send({ code: `print(${JSON.stringify(problem.examples[0].output.trim())})`, language: 'python' })
        .expect(200)
    ).body;
    expect(submitted.execution_result).toMatchObject({ exit_code: 0, tests_passed: expect.any(Number), tests_total: expect.any(Number) });
    for (const socket of [interviewer, coder]) {
      const result = await socket.next('execution_result', (m) => (m.data as { kind: string }).kind === 'submission', 15_000);
      expect(result.data).toMatchObject({ tests_passed: submitted.execution_result.tests_passed, tests_total: submitted.execution_result.tests_total });
    }

    const completed = (await request(t.url).post(`/api/v1/interviews/${session.id}/complete`).set(recruiter.auth).expect(200)).body;
    expect(completed).toMatchObject({ interview_id: session.id, status: 'completed', feedback: { overall_score: expect.any(Number), code_quality_score: expect.any(Number) } });
    const evaluation = (await request(t.url).get(`/api/evaluations/${session.id}`).set(recruiter.auth).expect(200)).body;
    expect(evaluation).toMatchObject({ session_id: session.id, overall_score: expect.any(Number), coding_score: expect.any(Number) });
    const history = (await request(t.url).get(`/api/coding/events/${session.id}`).set(recruiter.auth).expect(200)).body.events;
    expect(history.map((e: { event_type: string }) => e.event_type)).toEqual(expect.arrayContaining(['code_update', 'code_submission']));
  }, 120_000);
});
