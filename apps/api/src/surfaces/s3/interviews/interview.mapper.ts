import { InterviewDetails } from '@candor/domain';
import { InterviewDocument, InterviewSubjects, TranscriptEntry } from '@candor/application';
import { toS3CandidateSummary } from '../candidates/candidate.mapper';
import { toS3Job } from '../jobs/job.mapper';
import { CreateS3InterviewDto } from './create-interview.dto';
import { S3InterviewDetailDto, S3InterviewDto } from './interview.response.dto';

/** The S3 request's fields as interview details (S3 `job`/`candidate` are the interview's job and candidate ids). */
export function s3InterviewDetails(dto: CreateS3InterviewDto): Partial<InterviewDetails> {
  return {
    jobId: dto.job,
    candidateId: dto.candidate,
    interviewType: dto.interview_type,
    difficulty: dto.difficulty ?? 'auto',
    durationMinutes: dto.duration_minutes,
    enableVideoAnalysis: dto.enable_video_analysis,
    enableRecording: dto.enable_recording,
    title: dto.title,
    candidateName: dto.candidate_name,
    candidateEmail: dto.candidate_email,
    position: dto.position,
    jobDescription: dto.job_description,
    technologies: dto.technologies,
  };
}

/**
 * The S3 view, with its job and candidate embedded as S3 shows them; one deleted since (or an interview
 * created elsewhere with a bare id) is shown from the interview's own fields.
 */
export function toS3Interview(doc: InterviewDocument, subjects: InterviewSubjects): S3InterviewDto {
  const job = doc.jobId ? subjects.jobs.get(doc.jobId) : undefined;
  const candidate = doc.candidateId ? subjects.candidates.get(doc.candidateId) : undefined;
  return {
    _id: doc.id,
    job: job ? toS3Job(job) : doc.jobId ? { _id: doc.jobId, title: doc.position ?? doc.title } : null,
    candidate: candidate
      ? toS3CandidateSummary(candidate)
      : doc.candidateId
        ? { _id: doc.candidateId, full_name: doc.candidateName, email: doc.candidateEmail }
        : null,
    interview_type: doc.interviewType,
    status: doc.status,
    scheduled_at: doc.scheduledAt,
    started_at: doc.startedAt,
    ended_at: doc.endedAt,
    difficulty: doc.difficulty,
    duration_minutes: doc.durationMinutes,
    enable_video_analysis: doc.enableVideoAnalysis,
    enable_recording: doc.enableRecording,
    interview_link: doc.interviewLink,
    invite_token: doc.inviteToken,
    title: doc.title,
    position: doc.position,
    technologies: [...doc.technologies],
    created_at: doc.createdAt,
    updated_at: doc.updatedAt,
  };
}

export function toS3InterviewDetail(doc: InterviewDocument, subjects: InterviewSubjects, transcript: readonly TranscriptEntry[]): S3InterviewDetailDto {
  return {
    ...toS3Interview(doc, subjects),
    full_transcript: transcript.map((m) => ({ timestamp: m.timestamp, speaker: m.speaker, text: m.text, message_id: m.id })),
    video_recording_url: null,
    body_language_analysis: null,
  };
}
