import { InterviewDocument, IssuedRoomToken } from '@candor/application';
import { SessionEndResponseDto, SessionStartResponseDto, WithdrawalResponseDto } from './candidate-interview.dto';

/** The started interview with the caller's ticket into its LiveKit room. */
export function toSessionStart(doc: InterviewDocument, room: IssuedRoomToken): SessionStartResponseDto {
  return {
    interview_id: doc.id,
    status: doc.status,
    started_at: doc.startedAt,
    session_code: doc.sessionCode,
    room_name: doc.roomName,
    duration_minutes: doc.durationMinutes,
    livekit_token: room.token,
    livekit_url: room.url,
    token_expires_at: room.expiresAt,
    participant_role: room.role,
  };
}

export function toSessionEnd(doc: InterviewDocument): SessionEndResponseDto {
  const duration = doc.startedAt && doc.endedAt ? Math.round(((Date.parse(doc.endedAt) - Date.parse(doc.startedAt)) / 60000) * 100) / 100 : null;
  return {
    interview_id: doc.id,
    status: doc.status,
    started_at: doc.startedAt,
    ended_at: doc.endedAt,
    duration_minutes: duration,
    message_count: doc.messageCount,
    question_count: doc.questionCount,
  };
}

export function toWithdrawal(doc: InterviewDocument): WithdrawalResponseDto {
  return {
    interview_id: doc.id,
    status: doc.status,
    withdrawn_at: doc.withdrawnAt ?? null,
    reason: doc.withdrawnAt ? doc.cancellationReason : null,
    scheduled_at: doc.scheduledAt,
  };
}
