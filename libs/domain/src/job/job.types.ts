/** The vocabulary of a job posting (seed 003 "Job Descriptions"). */
export type ExperienceLevel = 'intern' | 'entry' | 'junior' | 'mid' | 'senior' | 'lead' | 'principal';
export const EXPERIENCE_LEVELS: readonly ExperienceLevel[] = ['intern', 'entry', 'junior', 'mid', 'senior', 'lead', 'principal'];

export type JobType = 'full_time' | 'part_time' | 'contract' | 'internship' | 'temporary' | 'freelance';
export const JOB_TYPES: readonly JobType[] = ['full_time', 'part_time', 'contract', 'internship', 'temporary', 'freelance'];

export type JobDifficulty = 'auto' | 'easy' | 'medium' | 'hard';
export const JOB_DIFFICULTIES: readonly JobDifficulty[] = ['auto', 'easy', 'medium', 'hard'];

/** Everything a creator or an update may set on a job. */
export interface JobDetails {
  readonly title: string;
  readonly company: string | null;
  readonly description: string;
  readonly location: string | null;
  readonly responsibilities: readonly string[];
  readonly requirements: readonly string[];
  readonly requiredSkills: readonly string[];
  readonly experienceLevel: ExperienceLevel | null;
  readonly jobType: JobType | null;
  readonly defaultDifficulty: JobDifficulty;
  readonly enableVideoAnalysis: boolean;
}

/** An update: any detail, plus the posting's `isActive` switch. */
export type JobChanges = Partial<JobDetails> & { readonly isActive?: boolean };

export const DEFAULT_JOB_DETAILS: Omit<JobDetails, 'title'> = {
  company: null,
  description: '',
  location: null,
  responsibilities: [],
  requirements: [],
  requiredSkills: [],
  experienceLevel: null,
  jobType: null,
  defaultDifficulty: 'auto',
  enableVideoAnalysis: false,
};
