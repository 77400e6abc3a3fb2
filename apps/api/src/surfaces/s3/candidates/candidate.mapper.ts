import { CandidateDocument, CandidateNote } from '@candor/application';
import { S3CandidateDto, S3CandidateNoteDto, S3CandidateSummaryDto } from './candidate.response.dto';

export function toS3CandidateSummary(doc: CandidateDocument): S3CandidateSummaryDto {
  return {
    _id: doc.id,
    full_name: doc.fullName,
    email: doc.email,
    phone: doc.phone,
    technical_skills: doc.technicalSkills,
    total_experience_years: doc.totalExperienceYears,
    parsing_status: doc.parsingStatus,
    created_at: doc.createdAt,
  };
}

export function toS3Candidate(doc: CandidateDocument): S3CandidateDto {
  return {
    ...toS3CandidateSummary(doc),
    location: doc.location,
    linkedin_url: doc.linkedinUrl,
    links: doc.links ?? [],
    summary: doc.summary,
    soft_skills: doc.softSkills,
    work_experience: doc.workExperience.map((w) => ({
      company: w.company,
      title: w.title,
      start_date: w.startDate,
      end_date: w.endDate,
      description: w.description,
    })),
    education: doc.education.map((e) => ({ degree: e.degree, institution: e.institution, field: e.field, end_date: e.endDate })),
    parsing_error: doc.parsingError,
    cv_file: { file_name: doc.cv.fileName, content_type: doc.cv.contentType, size_bytes: doc.cv.sizeBytes, sha256: doc.cv.sha256 },
    notes: doc.notes.map((n) => toS3Note(doc.id, n)),
    created_by: doc.ownerId,
    updated_at: doc.updatedAt,
  };
}

export function toS3Note(candidateId: string, note: CandidateNote): S3CandidateNoteDto {
  return {
    _id: note.id,
    candidate: candidateId,
    author: note.authorId,
    author_name: note.authorName,
    content: note.content,
    created_at: note.createdAt,
  };
}
