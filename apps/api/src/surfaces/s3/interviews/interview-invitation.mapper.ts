import { InterviewDocument, interviewLink, invitationUrls } from '@candor/application';
import { S3InterviewInvitationDto } from './interview-invitation.response.dto';

/** The interview as its invitation shows it to the bearer of `token`, with the socket that token opens. */
export function toInterviewInvitation(interview: InterviewDocument, token: string, publicUrl: string): S3InterviewInvitationDto {
  const urls = invitationUrls(interview.interviewLink ?? interviewLink(publicUrl, interview.id), interview.id, token);
  return {
    interview_id: interview.id,
    title: interview.title,
    position: interview.position,
    candidate_name: interview.candidateName,
    interview_type: interview.interviewType,
    status: interview.status,
    scheduled_at: interview.scheduledAt,
    duration_minutes: interview.durationMinutes,
    join_url: urls.joinUrl as string,
    websocket_url: urls.websocketUrl as string,
    instructions:
      'Open websocket_url, send {"type":"start_interview"}, answer each question with {"type":"candidate_message","content":"…"} ' +
      '(or audio_data chunks), and finish with {"type":"end_interview"}.',
  };
}
