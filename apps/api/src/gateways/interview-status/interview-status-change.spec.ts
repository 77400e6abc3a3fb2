import type { RecordedEvent } from '@candor/contracts';
import { statusChangeOf } from './interview-status-change';
import { interviewStatusMessage } from './interview-status.gateway';
import { notificationOf } from '../user-notifications/user-notifications.gateway';

const ID = '7b0d4f8e-7f5e-4c1a-9a53-2a1f3f2a9b10';
const AT = '2024-01-20T14:00:00Z';

function recorded(type: string, data: Record<string, unknown>): RecordedEvent {
  return {
    id: 'e1',
    type,
    data: { interviewId: ID, ...data },
    streamId: `interview-${ID}`,
    revision: 1,
    position: '00000000000000000001',
    recordedAt: AT,
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: AT, schemaVersion: 1 },
  };
}

describe('statusChangeOf', () => {
  it.each([
    ['InterviewCreated', { status: 'pending', createdAt: AT, scheduledAt: null }, { status: 'pending', scheduledAt: null }],
    ['InterviewCreated', { status: 'scheduled', createdAt: AT, scheduledAt: '2030-01-01T00:00:00Z' }, { status: 'scheduled', scheduledAt: '2030-01-01T00:00:00Z' }],
    ['InterviewScheduled', { scheduledAt: '2030-01-01T00:00:00Z', previousScheduledAt: null, at: AT }, { status: 'scheduled', scheduledAt: '2030-01-01T00:00:00Z' }],
    ['InterviewStarted', { startedAt: AT, trigger: 'command' }, { status: 'in_progress' }],
    ['InterviewCompleted', { endedAt: AT, trigger: 'command' }, { status: 'completed' }],
    ['InterviewCancelled', { cancelledAt: AT, reason: 'No show' }, { status: 'cancelled', reason: 'No show' }],
    ['CandidateWithdrew', { withdrawnAt: AT, withdrawnBy: 'c1', reason: 'Took another offer' }, { status: 'cancelled', reason: 'Took another offer', withdrawn: true }],
  ])('given %s %j, then %j', (type, data, expected) => {
    expect(statusChangeOf(recorded(type, data))).toEqual({ interviewId: ID, timestamp: AT, ...expected });
  });

  it.each(['CodeUpdated', 'InterviewUpdated', 'MessageRecorded'])('given %s, then no status change', (type) => {
    expect(statusChangeOf(recorded(type, {}))).toBeNull();
  });
});

describe('status and notification messages', () => {
  it('an interview_status message carries the id, status and time', () => {
    expect(interviewStatusMessage({ interviewId: ID, status: 'in_progress', timestamp: AT })).toEqual({
      type: 'interview_status',
      data: { interview_id: ID, status: 'in_progress', timestamp: AT },
    });
    expect(interviewStatusMessage({ interviewId: ID, status: 'cancelled', timestamp: AT, reason: null }).data).toHaveProperty('reason', null);
  });

  it('a notification names the interview and says what happened', () => {
    expect(notificationOf('e1', { interviewId: ID, status: 'in_progress', timestamp: AT }, 'Backend role')).toEqual({
      type: 'notification',
      data: {
        id: 'e1',
        kind: 'interview_status',
        interview_id: ID,
        title: 'Backend role',
        status: 'in_progress',
        message: 'Interview "Backend role" has started',
        timestamp: AT,
      },
    });
    expect(notificationOf('e2', { interviewId: ID, status: 'cancelled', timestamp: AT, reason: 'No show' }, null).data.message).toBe(
      'An interview was cancelled: No show',
    );
    expect(notificationOf('e4', { interviewId: ID, status: 'cancelled', timestamp: AT, reason: null, withdrawn: true }, 'X').data.message).toBe(
      'Interview "X" was withdrawn by the candidate',
    );
    expect(notificationOf('e3', { interviewId: ID, status: 'scheduled', timestamp: AT, scheduledAt: '2030-01-01T00:00:00Z' }, 'X').data.message).toBe(
      'Interview "X" is scheduled for 2030-01-01T00:00:00Z',
    );
  });
});
