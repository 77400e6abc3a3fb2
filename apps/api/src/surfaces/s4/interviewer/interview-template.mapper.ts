import { InterviewDocument, InterviewTemplateDocument, invitationUrls, InvitationDocument } from '@candor/application';
import { InterviewTemplateFields } from '@candor/domain';
import { InterviewTemplateCreateDto, InterviewTemplateResponseDto, InterviewTemplateUpdateDto, InvitationResponseDto } from './interview-template.dto';

export function toTemplateFields(dto: InterviewTemplateCreateDto): InterviewTemplateFields {
  return {
    title: dto.title,
    description: dto.description ?? null,
    position: dto.position ?? null,
    jobDescription: dto.job_description ?? null,
    interviewType: dto.interview_type ?? null,
    difficulty: dto.difficulty ?? null,
    durationMinutes: dto.duration_minutes ?? null,
    technologies: dto.technologies ?? [],
    questions: dto.questions ?? [],
    isActive: dto.is_active ?? true,
  };
}

/** Absent fields stay absent, so a PUT changes only what it names. */
export function toTemplateChanges(dto: InterviewTemplateUpdateDto): Partial<InterviewTemplateFields> {
  return {
    title: dto.title,
    description: dto.description,
    position: dto.position,
    jobDescription: dto.job_description,
    interviewType: dto.interview_type,
    difficulty: dto.difficulty,
    durationMinutes: dto.duration_minutes,
    technologies: dto.technologies,
    questions: dto.questions,
    isActive: dto.is_active,
  };
}

export function toTemplateResponse(doc: InterviewTemplateDocument): InterviewTemplateResponseDto {
  return {
    id: doc.id,
    title: doc.title,
    description: doc.description,
    position: doc.position,
    job_description: doc.jobDescription,
    interview_type: doc.interviewType,
    difficulty: doc.difficulty,
    duration_minutes: doc.durationMinutes,
    technologies: [...doc.technologies],
    questions: [...doc.questions],
    is_active: doc.isActive,
    created_by: doc.ownerId,
    invitation_count: doc.invitationCount,
    created_at: doc.createdAt,
    updated_at: doc.updatedAt,
  };
}

export function toInvitationResponse(doc: InvitationDocument, interview: InterviewDocument | null): InvitationResponseDto {
  const urls = interview ? invitationUrls(interview.interviewLink, interview.id, interview.inviteToken) : { joinUrl: null, websocketUrl: null };
  return {
    id: doc.id,
    template_id: doc.templateId,
    template_title: doc.templateTitle,
    interview_id: doc.interviewId,
    candidate_email: doc.candidateEmail,
    candidate_name: doc.candidateName,
    message: doc.message,
    scheduled_at: doc.scheduledAt,
    interview_link: interview?.interviewLink ?? null,
    invite_token: interview?.inviteToken ?? null,
    join_url: urls.joinUrl,
    websocket_url: urls.websocketUrl,
    status: interview?.status ?? 'unknown',
    invited_by: doc.invitedBy,
    sent_at: doc.sentAt,
  };
}
