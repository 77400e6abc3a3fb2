import { JobErrors } from './job.errors';
import { EXPERIENCE_LEVELS, JOB_DIFFICULTIES, JOB_TYPES, JobDetails } from './job.types';

/** The job's field rules; DTOs check shapes first, these hold whichever caller wrote. */
const MAX_SHORT = 200;
const MAX_TEXT = 20_000;
const MAX_ITEMS = 50;
const MAX_ITEM = 1_000;

export function validateJobDetails(d: JobDetails): void {
  validateJobTitle(d.title);
  optionalShort('company', d.company);
  optionalShort('location', d.location);
  if (typeof d.description !== 'string' || d.description.length > MAX_TEXT) {
    throw JobErrors.invalid('description', `must be text of at most ${MAX_TEXT} characters`);
  }
  list('responsibilities', d.responsibilities, MAX_ITEM);
  list('requirements', d.requirements, MAX_ITEM);
  list('required_skills', d.requiredSkills, MAX_SHORT);
  if (d.experienceLevel !== null && !EXPERIENCE_LEVELS.includes(d.experienceLevel)) {
    throw JobErrors.invalid('experience_level', `must be one of ${EXPERIENCE_LEVELS.join(', ')}`);
  }
  if (d.jobType !== null && !JOB_TYPES.includes(d.jobType)) throw JobErrors.invalid('job_type', `must be one of ${JOB_TYPES.join(', ')}`);
  if (!JOB_DIFFICULTIES.includes(d.defaultDifficulty)) {
    throw JobErrors.invalid('default_difficulty', `must be one of ${JOB_DIFFICULTIES.join(', ')}`);
  }
  if (typeof d.enableVideoAnalysis !== 'boolean') throw JobErrors.invalid('enable_video_analysis', 'must be true or false');
}

/** A job's title: text that is not blank, at most MAX_SHORT characters. */
export function validateJobTitle(title: string): void {
  if (typeof title !== 'string' || title.trim() === '' || title.length > MAX_SHORT) {
    throw JobErrors.invalid('title', `is required, at most ${MAX_SHORT} characters`);
  }
}

function optionalShort(field: string, value: string | null): void {
  if (value !== null && (typeof value !== 'string' || value.length > MAX_SHORT)) {
    throw JobErrors.invalid(field, `must be text of at most ${MAX_SHORT} characters`);
  }
}

function list(field: string, values: readonly string[], maxItem: number): void {
  if (!Array.isArray(values) || values.length > MAX_ITEMS || values.some((v) => typeof v !== 'string' || v.trim() === '' || v.length > maxItem)) {
    throw JobErrors.invalid(field, `must be a list of at most ${MAX_ITEMS} non-empty texts of at most ${maxItem} characters`);
  }
}
