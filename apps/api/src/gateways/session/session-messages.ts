import type { RecordedEvent } from '@candor/contracts';
import type { CodeUpdateMessage, ExecutionResultMessage } from '@candor/contracts/ws/ws-messages';
import type { CodeExecuted, CodeSubmitted, CodeUpdated, InterviewEvent } from '@candor/domain';

export type SessionMessage = CodeUpdateMessage | ExecutionResultMessage;

/** What the participants of an S0 session see of an event of its interview (seed 000, "WebSocket Events"). */
export function sessionMessageFor(recorded: RecordedEvent): SessionMessage | null {
  const event = recorded as unknown as InterviewEvent;
  switch (event.type) {
    case 'CodeUpdated':
      return codeUpdate(event, recorded.metadata.userId);
    case 'CodeExecuted':
      return executionResult(event.data.executionId, event, 'execution', event.data.executedAt);
    case 'CodeSubmitted':
      return executionResult(event.data.submissionId, event, 'submission', event.data.submittedAt);
    default:
      return null;
  }
}

function codeUpdate(event: CodeUpdated, userId: string | null): CodeUpdateMessage {
  return {
    type: 'code_update',
    data: {
      session_id: event.data.interviewId,
      code: event.data.code,
      language: event.data.language,
      timestamp: event.data.updatedAt,
      user_id: userId,
    },
  };
}

function executionResult(
  id: string,
  event: CodeExecuted | CodeSubmitted,
  kind: 'execution' | 'submission',
  timestamp: string,
): ExecutionResultMessage {
  const result = event.data.result;
  return {
    type: 'execution_result',
    data: {
      session_id: event.data.interviewId,
      output: result.output,
      exit_code: result.exitCode,
      execution_time: result.durationMs / 1000,
      timestamp,
      execution_id: id,
      kind,
      language: event.data.language,
      error: result.stderr || null,
      status: result.status,
    },
  };
}
