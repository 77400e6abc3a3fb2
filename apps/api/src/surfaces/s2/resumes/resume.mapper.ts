import { CandidateDocument, ResumeAnalysis } from '@candor/application';
import { ResumeAnalysisResponseDto, ResumeResponseDto } from './resume.response.dto';

export function toResumeResponse(doc: CandidateDocument): ResumeResponseDto {
  return {
    id: doc.id,
    filename: doc.cv.fileName,
    content_type: doc.cv.contentType,
    size_bytes: doc.cv.sizeBytes,
    parsing_status: doc.parsingStatus,
    parsing_error: doc.parsingError,
    full_name: doc.fullName,
    email: doc.email,
    phone: doc.phone,
    location: doc.location,
    linkedin_url: doc.linkedinUrl,
    links: doc.links ?? [],
    summary: doc.summary,
    skills: doc.technicalSkills,
    soft_skills: doc.softSkills,
    experience: doc.workExperience.map((w) => ({ title: w.title, company: w.company, start_date: w.startDate, end_date: w.endDate, description: w.description })),
    education: doc.education.map((e) => ({ degree: e.degree, institution: e.institution, field: e.field, end_date: e.endDate })),
    total_experience_years: doc.totalExperienceYears,
    created_at: doc.createdAt,
  };
}

export function toResumeAnalysis(doc: CandidateDocument, a: ResumeAnalysis): ResumeAnalysisResponseDto {
  return {
    resume_id: doc.id,
    parsing_status: doc.parsingStatus,
    skills_by_category: a.skillsByCategory as Record<string, string[]>,
    total_experience_years: a.totalExperienceYears,
    seniority: a.seniority,
    recommended_difficulty: a.recommendedDifficulty,
    difficulty_reason: a.difficultyReason,
    positions: a.positions,
    current_position: a.currentPosition,
    highest_degree: a.highestDegree,
    interview_topics: [...a.interviewTopics],
    strengths: [...a.strengths],
    gaps: [...a.gaps],
  };
}
