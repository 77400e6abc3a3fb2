import { InterviewDocument, IssuedRoomToken } from '@candor/application';
import { InterviewChanges, InterviewDetails, InterviewType } from '@candor/domain';
import { InterviewFieldsDto } from './interview-fields.dto';
import { InterviewResponseDto, InterviewTokenResponseDto } from './interview.response.dto';
import { UpdateInterviewDto } from './update-interview.dto';

/** Body fields → interview fields; absent stays absent (undefined), so a PUT changes only what it names. */
export function toInterviewDetails(dto: InterviewFieldsDto & { title?: string }): Partial<InterviewDetails> {
  return {
    title: dto.title,
    description: dto.description,
    candidateName: dto.candidate_name,
    candidateEmail: dto.candidate_email,
    position: dto.position,
    resumeId: dto.resume_id === undefined || dto.resume_id === null ? undefined : String(dto.resume_id),
    jobDescription: dto.job_description,
    interviewType: dto.interview_type as InterviewType | undefined,
    difficulty: dto.difficulty ?? dto.interview_config?.difficulty,
    technologies: dto.technologies ?? undefined,
    durationMinutes: dto.duration_minutes ?? dto.interview_config?.duration,
    enableVideoAnalysis: dto.enable_video_analysis ?? undefined,
    enableRecording: dto.enable_recording ?? undefined,
    metadata: dto.metadata ?? undefined,
  };
}

export function toInterviewChanges(dto: UpdateInterviewDto): InterviewChanges {
  return {
    ...toInterviewDetails(dto),
    technicalScore: dto.technical_score,
    behavioralScore: dto.behavioral_score,
    overallFeedback: dto.overall_feedback,
  };
}

export function toInterviewResponse(doc: InterviewDocument): InterviewResponseDto {
  return {
    id: doc.id,
    title: doc.title,
    description: doc.description,
    candidate_name: doc.candidateName,
    candidate_email: doc.candidateEmail,
    position: doc.position,
    status: doc.status,
    room_name: doc.roomName,
    session_code: doc.sessionCode,
    technical_score: doc.technicalScore ?? 0,
    behavioral_score: doc.behavioralScore ?? 0,
    overall_feedback: doc.overallFeedback,
    creator_id: doc.ownerId,
    resume_id: doc.resumeId,
    job_description: doc.jobDescription,
    interview_type: doc.interviewType,
    difficulty: doc.difficulty,
    technologies: doc.technologies,
    duration_minutes: doc.durationMinutes,
    interview_config: { duration: doc.durationMinutes, difficulty: doc.difficulty },
    enable_video_analysis: doc.enableVideoAnalysis,
    enable_recording: doc.enableRecording,
    metadata: doc.metadata,
    scheduled_at: doc.scheduledAt,
    created_at: doc.createdAt,
    updated_at: doc.updatedAt,
    started_at: doc.startedAt,
    ended_at: doc.endedAt,
    cancelled_at: doc.cancelledAt,
    cancellation_reason: doc.cancellationReason,
    // Documents projected before withdrawals existed lack the field.
    withdrawn_at: doc.withdrawnAt ?? null,
  };
}

export function toInterviewTokenResponse(issued: IssuedRoomToken): InterviewTokenResponseDto {
  return {
    token: issued.token,
    room_name: issued.roomName,
    participant_name: issued.participantName,
    url: issued.url,
    expires_at: issued.expiresAt,
  };
}
