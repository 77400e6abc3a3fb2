import { JobChanges, JobDetails } from '@candor/domain';
import { JobDocument } from '@candor/application';
import { CreateJobDto } from './create-job.dto';
import { S3JobDto } from './job.response.dto';
import { UpdateJobDto } from './update-job.dto';

export function toJobDetails(dto: CreateJobDto): Partial<JobDetails> & { title: string } {
  return { ...toJobChanges(dto), title: dto.title };
}

/** Only what the body names (undefined fields are dropped by the handler). */
export function toJobChanges(dto: UpdateJobDto | CreateJobDto): JobChanges {
  return {
    title: dto.title,
    company: dto.company,
    description: dto.description,
    location: dto.location,
    responsibilities: dto.responsibilities,
    requirements: dto.requirements,
    requiredSkills: dto.required_skills,
    experienceLevel: dto.experience_level,
    jobType: dto.job_type,
    defaultDifficulty: dto.default_difficulty,
    enableVideoAnalysis: dto.enable_video_analysis,
    isActive: 'is_active' in dto ? dto.is_active : undefined,
  };
}

export function toS3Job(doc: JobDocument): S3JobDto {
  return {
    _id: doc.id,
    title: doc.title,
    company: doc.company,
    description: doc.description,
    location: doc.location,
    responsibilities: doc.responsibilities,
    requirements: doc.requirements,
    required_skills: doc.requiredSkills,
    experience_level: doc.experienceLevel,
    job_type: doc.jobType,
    default_difficulty: doc.defaultDifficulty,
    enable_video_analysis: doc.enableVideoAnalysis,
    is_active: doc.isActive,
    ai_generated: doc.aiGenerated,
    created_by: doc.ownerId,
    created_at: doc.createdAt,
    updated_at: doc.updatedAt,
  };
}
