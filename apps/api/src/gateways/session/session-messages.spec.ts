import type { RecordedEvent } from '@candor/contracts';
import type { CodeExecutionResult } from '@candor/domain';
import { sessionMessageFor } from './session-messages';

const ID = '7b0d4f8e-7f5e-4c1a-9a53-2a1f3f2a9b10';

function recorded(type: string, data: Record<string, unknown>, userId: string | null = 'user-1'): RecordedEvent {
  return {
    id: 'e1',
    type,
    data,
    streamId: `interview-${ID}`,
    revision: 2,
    position: '00000000000000000002',
    recordedAt: '2024-01-15T14:05:00.100Z',
    metadata: { correlationId: 'c', causationId: null, userId, timestamp: '2024-01-15T14:05:00.000Z', schemaVersion: 1 },
  };
}

const result: CodeExecutionResult = {
  stdout: 'Hello, World!\n',
  stderr: '',
  output: 'Hello, World!\n',
  exitCode: 0,
  durationMs: 123,
  memoryKb: 1024,
  status: 'ok',
  limitsHit: [],
  testResults: [],
};

describe('sessionMessageFor (seed 000, "WebSocket Events")', () => {
  it('given CodeUpdated, then a code_update with session_id, code, language, timestamp (and who typed it)', () => {
    const event = recorded('CodeUpdated', { interviewId: ID, code: "print('Updated code')", language: 'python', updatedAt: '2024-01-15T14:05:00Z' });
    expect(sessionMessageFor(event)).toEqual({
      type: 'code_update',
      data: { session_id: ID, code: "print('Updated code')", language: 'python', timestamp: '2024-01-15T14:05:00Z', user_id: 'user-1' },
    });
  });

  it('given CodeExecuted, then an execution_result with output, exit_code, execution_time in seconds, timestamp', () => {
    const event = recorded('CodeExecuted', {
      interviewId: ID,
      executionId: 'x1',
      code: "print('Hello, World!')",
      language: 'python',
      input: '',
      result,
      executedAt: '2024-01-15T14:05:00Z',
    });
    expect(sessionMessageFor(event)).toEqual({
      type: 'execution_result',
      data: {
        session_id: ID,
        output: 'Hello, World!\n',
        exit_code: 0,
        execution_time: 0.123,
        timestamp: '2024-01-15T14:05:00Z',
        execution_id: 'x1',
        kind: 'execution',
        language: 'python',
        error: null,
        status: 'ok',
      },
    });
  });

  it('given CodeSubmitted that failed, then an execution_result of kind submission carrying the error', () => {
    const failed = { ...result, stdout: '', stderr: 'Traceback', output: 'Traceback', exitCode: 1, status: 'runtime_error' };
    const event = recorded('CodeSubmitted', {
      interviewId: ID,
      submissionId: 's1',
      code: 'raise',
      language: 'python',
      result: failed,
      submittedAt: '2024-01-15T14:06:00Z',
    });
    expect(sessionMessageFor(event)).toMatchObject({
      type: 'execution_result',
      data: { execution_id: 's1', kind: 'submission', exit_code: 1, error: 'Traceback', status: 'runtime_error', timestamp: '2024-01-15T14:06:00Z' },
    });
  });

  it.each(['InterviewStarted', 'MessageRecorded', 'EvaluationRecorded'])('given %s, then nothing', (type) => {
    expect(sessionMessageFor(recorded(type, { interviewId: ID }))).toBeNull();
  });
});
