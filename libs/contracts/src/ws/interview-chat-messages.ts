/**
 * S3 `/ws/interview/{interview_id}/` (seed 003, "WebSocket - Real-time Interview"): the candidate chats
 * with the AI interviewer. Server messages carry the seed's fields plus ids a client may de-duplicate on.
 */
import type { WsMessage } from './ws-messages';

// ---- client → server

export interface StartInterviewRequest extends WsMessage {
  readonly type: 'start_interview';
}

export interface CandidateMessageRequest extends WsMessage {
  readonly type: 'candidate_message';
  readonly content: string;
}

/**
 * A recording (base64) to transcribe and send as the candidate's message. A long recording may come in
 * chunks with `final: false` on all but the last; without `final` one message is one whole recording.
 */
export interface AudioDataRequest extends WsMessage {
  readonly type: 'audio_data';
  readonly audio: string;
  readonly final?: boolean;
  readonly mime_type?: string;
}

export interface EndInterviewRequest extends WsMessage {
  readonly type: 'end_interview';
}

// ---- server → client

/** The AI interviewer's opening, once the interview has started. */
export interface InterviewStartedMessage extends WsMessage {
  readonly type: 'interview_started';
  readonly message: string;
  readonly timestamp: string;
  readonly interview_id: string;
  readonly message_id: string;
  /** True when sent again to a client that rejoined a running interview. */
  readonly resumed?: boolean;
}

/** A chat message of the interview, to everyone on its socket (the sender too). */
export interface ChatMessage extends WsMessage {
  readonly type: 'message';
  readonly sender: 'candidate' | 'ai' | 'interviewer';
  readonly content: string;
  readonly message_id: string;
  readonly timestamp: string;
  /** For the AI: what it did (`ask`, `follow_up`, `move_on`, `wrap_up`, `close`, ...), the phase and the question's id. */
  readonly move?: string;
  readonly phase?: string;
  readonly question_id?: string | null;
}

export interface AudioProcessedMessage extends WsMessage {
  readonly type: 'audio_processed';
  /** `received` for each chunk; `transcribed` once the recording became the candidate's message. */
  readonly status: 'received' | 'transcribed';
  readonly text?: string;
  readonly confidence?: number | null;
  readonly engine?: string;
}

export interface InterviewEndedMessage extends WsMessage {
  readonly type: 'interview_ended';
  readonly message: string;
  readonly timestamp: string;
  readonly interview_id: string;
  /** `completed`, or `cancelled` when it was cancelled instead. */
  readonly status: 'completed' | 'cancelled';
}

/** The score is ready at `GET /api/interviews/{id}/score/` (for the owner). */
export interface InterviewScoredMessage extends WsMessage {
  readonly type: 'interview_scored';
  readonly interview_id: string;
  readonly timestamp: string;
}
