import request from 'supertest';
import { journeyApp } from '../../support/journey-app';
import { signUp } from '../../support/interview-actors';
import { mailsTo } from '../../support/mail-outbox';

/**
 * JOURNEYS.md 4, on a fresh DATA_DIR: an interviewer (S4) creates a template, invites one candidate, then a batch
 * from a CSV whose progress the batch socket reports; every invitation carries a link its candidate can follow;
 * the dashboard and the trends count them.
 */
describe('journey 4: an interviewer team invites candidates (S4)', () => {
  const journey = journeyApp();

  /** Follows an invitation's link as its candidate would (no account), and answers where to join. */
  const follow = async (joinUrl: string) => {
    const link = new URL(joinUrl);
    return (await request(journey.app.url).get(`${link.pathname}${link.search}`).set('Accept', 'application/json').expect(200)).body;
  };

  it('from a template to the dashboard', async () => {
    const t = journey.app;
    const interviewer = await signUp(t.url, 'journey4-interviewer@example.com');
    const template = (
      await request(t.url)
        .post('/interviewer/interviews/')
        .set(interviewer.auth)
        .send({ title: 'Backend Engineer', position: 'Backend Engineer', duration_minutes: 45, difficulty: 'medium', interview_type: 'technical', technologies: ['python'] })
        .expect(201)
    ).body.data;

    const one = (
      await request(t.url)
        .post(`/interviewer/interviews/${template.id}/invite`)
        .set(interviewer.auth)
        .send({ candidate_email: 'ada@example.com', candidate_name: 'Ada', scheduled_at: '2031-02-01T10:00:00Z' })
        .expect(201)
    ).body.data;
    expect(mailsTo(t.dataDir, 'ada@example.com').some((mail) => mail.includes(`/interview/${one.interview_id}?token=`))).toBe(true);
    expect(await follow(one.join_url)).toMatchObject({ interview_id: one.interview_id, status: 'scheduled', title: 'Backend Engineer' });

    const csv = 'email,name\ngrace@example.com,Grace\nnot-an-email,Nobody\nalan@example.com,Alan\n';
    const batch = (
      await request(t.url).post(`/interviewer/interviews/${template.id}/invite/batch`).set(interviewer.auth).attach('file', Buffer.from(csv), { filename: 'candidates.csv', contentType: 'text/csv' }).expect(202)
    ).body.data;
    expect(batch).toMatchObject({ total: 3, progress_url: `/ws/batch/${batch.job_id}/progress` });
    const progress = await journey.join(`${batch.progress_url}?token=${interviewer.token}`);
    // Joined while running, the socket reports the rest and then `completed`; joined later, `connected` says so.
    const hello = await progress.next('connected');
    if (hello.status !== 'completed') await progress.next('completed', () => true, 15_000);
    const done = (await request(t.url).get(`/interviewer/batch/${batch.job_id}`).set(interviewer.auth).expect(200)).body.data;
    expect(done).toMatchObject({ status: 'completed', total: 3, succeeded: 2, failed: 1 });

    const invitations = (await request(t.url).get('/interviewer/interviews/invitations').set(interviewer.auth).expect(200)).body;
    expect(invitations.pagination.total).toBe(3);
    for (const invitation of invitations.data) {
      expect(await follow(invitation.join_url)).toMatchObject({ interview_id: invitation.interview_id, websocket_url: expect.stringContaining(`/ws/interview/${invitation.interview_id}/?token=`) });
    }

    const dashboard = (await request(t.url).get('/interviewer/analytics/dashboard').set(interviewer.auth).expect(200)).body.data;
    expect(dashboard.interviews.total).toBe(3);
    const trends = (await request(t.url).get('/interviewer/analytics/trends').set(interviewer.auth).expect(200)).body.data;
    expect(trends.total_created).toBe(3);
  }, 60_000);
});
