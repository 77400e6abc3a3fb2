import { InterviewDocument } from '@candor/application';
import { InterviewStatus } from '@candor/domain';
import { S0Status } from './list-sessions.query.dto';
import { SessionResponseDto } from './session.response.dto';

export function toS0Status(status: InterviewStatus): S0Status {
  return status === 'in_progress' ? 'active' : status;
}

export function fromS0Status(status: S0Status): InterviewStatus {
  return status === 'active' ? 'in_progress' : status;
}

export function toSessionResponse(doc: InterviewDocument): SessionResponseDto {
  return {
    id: doc.id,
    title: doc.title,
    description: doc.description,
    status: toS0Status(doc.status),
    session_code: doc.sessionCode,
    recruiter_id: doc.ownerId,
    candidate_email: doc.candidateEmail,
    livekit_room: doc.roomName,
    scheduled_at: doc.scheduledAt,
    duration_minutes: doc.durationMinutes,
    metadata: doc.metadata,
    created_at: doc.createdAt,
    started_at: doc.startedAt,
    ended_at: doc.endedAt,
  };
}
