import type { RecordedEvent } from '@candor/contracts';
import type { ChatMessage, InterviewEndedMessage, InterviewScoredMessage, InterviewStartedMessage } from '@candor/contracts/ws/interview-chat-messages';
import type { InterviewAssessed, InterviewEvent } from '@candor/domain';

export type InterviewChatMessage = InterviewStartedMessage | ChatMessage | InterviewEndedMessage | InterviewScoredMessage;

export const INTERVIEW_ENDED_TEXT = 'Interview session ended. Thank you!';

/**
 * What the S3 interview socket shows of an event of its interview. The AI's words come from its turn
 * (InterviewerTurnTaken, which says whether it opened the interview), not from the MessageRecorded
 * recorded beside it, so each AI message is sent once. The score arrives from the assessment stream
 * (`InterviewAssessed`; a legacy `InterviewScored` came on the interview stream).
 */
export function interviewChatMessageFor(recorded: RecordedEvent): InterviewChatMessage | null {
  if (recorded.type === 'InterviewAssessed') {
    const d = (recorded as unknown as InterviewAssessed).data;
    return { type: 'interview_scored', interview_id: d.interviewId, timestamp: d.assessedAt };
  }
  const event = recorded as unknown as InterviewEvent;
  switch (event.type) {
    case 'InterviewerTurnTaken': {
      const d = event.data;
      if (d.move === 'open') {
        return { type: 'interview_started', message: d.text, timestamp: d.takenAt, interview_id: d.interviewId, message_id: d.messageId };
      }
      return {
        type: 'message',
        sender: 'ai',
        content: d.text,
        message_id: d.messageId,
        timestamp: d.takenAt,
        move: d.move,
        phase: d.phase,
        question_id: d.question?.questionId ?? null,
      };
    }
    case 'MessageRecorded': {
      const d = event.data;
      if (d.speaker === 'ai') return null;
      return { type: 'message', sender: d.speaker, content: d.text, message_id: d.messageId, timestamp: d.timestamp };
    }
    case 'InterviewCompleted':
      return { type: 'interview_ended', message: INTERVIEW_ENDED_TEXT, timestamp: event.data.endedAt, interview_id: event.data.interviewId, status: 'completed' };
    case 'InterviewCancelled':
      return {
        type: 'interview_ended',
        message: event.data.reason ? `Interview cancelled: ${event.data.reason}` : 'Interview cancelled.',
        timestamp: event.data.cancelledAt,
        interview_id: event.data.interviewId,
        status: 'cancelled',
      };
    case 'CandidateWithdrew':
      return {
        type: 'interview_ended',
        message: event.data.reason ? `The candidate withdrew: ${event.data.reason}` : 'The candidate withdrew.',
        timestamp: event.data.withdrawnAt,
        interview_id: event.data.interviewId,
        status: 'cancelled',
      };
    case 'InterviewScored':
      return { type: 'interview_scored', interview_id: event.data.interviewId, timestamp: event.data.scoredAt };
    default:
      return null;
  }
}
