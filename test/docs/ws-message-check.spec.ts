import { WsMessageChecker } from '../support/ws-message-check';

/** The AsyncAPI check every gateway test runs (ws-test-client.ts): given a channel, when a message, then its drift. */
describe('WebSocket traffic checked against the AsyncAPI document', () => {
  const checker = new WsMessageChecker();
  const id = '0b6a4f4e-3c1c-4d4e-9f1a-1c2d3e4f5a6b';

  it('finds the channel of a URL (query string and trailing slash included)', () => {
    expect(checker.channelOf(`ws://h/ws/session/${id}?token=x`)).toBe('session');
    expect(checker.channelOf(`ws://h/ws/interview/${id}/`)).toBe('interviewChat');
    expect(checker.channelOf(`ws://h/ws/interview/${id}/status`)).toBe('interviewStatus');
    expect(checker.channelOf(`ws://h/ws/user/${id}/notifications`)).toBe('userNotifications');
    expect(checker.channelOf('ws://h/ws/nowhere')).toBeNull();
  });

  it('accepts documented messages each way', () => {
    expect(checker.check('session', 'fromClient', { type: 'code_update', data: { code: 'x = 1', language: 'python' } })).toEqual([]);
    expect(checker.check('session', 'toClient', { type: 'connected', user_id: id, session_id: id })).toEqual([]);
    expect(checker.check('interviewStatus', 'toClient', { type: 'interview_status', data: { interview_id: id, status: 'in_progress', timestamp: '2025-05-27T10:00:00.000Z' } })).toEqual([]);
    expect(checker.check('interviewChat', 'fromClient', { type: 'auth', token: 'invite-token' })).toEqual([]);
  });

  it('catches a payload its schema does not allow, a type the channel does not have, and the wrong direction', () => {
    expect(checker.check('session', 'toClient', { type: 'code_update', data: { session_id: id, code: 1, language: 'python', timestamp: 'now', user_id: null } })).toEqual(
      expect.arrayContaining([expect.stringContaining('/data/code must be string'), expect.stringContaining('/data/timestamp must match format "date-time"')]),
    );
    expect(checker.check('interviewStatus', 'toClient', { type: 'interview_status', data: { interview_id: id, status: 'paused', timestamp: '2025-05-27T10:00:00Z' } })).toEqual([
      expect.stringContaining('must be equal to one of the allowed values'),
    ]);
    expect(checker.check('interviewChat', 'fromClient', { type: 'candidate_message' })).toEqual([expect.stringContaining("must have required property 'content'")]);
    expect(checker.check('session', 'toClient', { type: 'interview_started', message: 'hi' })).toEqual([expect.stringContaining('not a message this channel documents')]);
    expect(checker.check('session', 'fromClient', { type: 'pong' })).toEqual([expect.stringContaining('not a message this channel documents')]);
  });

  it('knows the close codes the server may use', () => {
    expect(checker.checkClose('session', 4401)).toEqual([]);
    expect(checker.checkClose('session', 1005)).toEqual([]);
    expect(checker.checkClose('session', 4999)).toEqual(['session: close code 4999 is not documented']);
  });
});
