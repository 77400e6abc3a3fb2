import { CandidateErrors } from './candidate.errors';
import { CandidateProfile, CV_FORMATS, CvFile } from './candidate.types';

/** The candidate's field rules. Limits keep one event small: the CV text is capped, not the file. */
export const MAX_CV_TEXT = 100_000;
export const MAX_NOTE = 10_000;
const MAX_SHORT = 300;
const MAX_ITEMS = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateProfile(p: CandidateProfile): void {
  for (const [field, value] of [
    ['full_name', p.fullName],
    ['phone', p.phone],
    ['location', p.location],
    ['linkedin_url', p.linkedinUrl],
  ] as const) {
    if (value !== null && (typeof value !== 'string' || value.length > MAX_SHORT)) {
      throw CandidateErrors.invalid(field, `must be text of at most ${MAX_SHORT} characters`);
    }
  }
  if (p.email !== null && !EMAIL.test(p.email)) throw CandidateErrors.invalid('email', 'must be an email address');
  if (p.summary !== null && (typeof p.summary !== 'string' || p.summary.length > MAX_NOTE)) {
    throw CandidateErrors.invalid('summary', `must be text of at most ${MAX_NOTE} characters`);
  }
  for (const [field, list] of [
    ['technical_skills', p.technicalSkills],
    ['soft_skills', p.softSkills],
    ['work_experience', p.workExperience],
    ['education', p.education],
    ['links', p.links ?? []],
  ] as const) {
    if (!Array.isArray(list) || list.length > MAX_ITEMS) throw CandidateErrors.invalid(field, `must be a list of at most ${MAX_ITEMS} items`);
  }
  const years = p.totalExperienceYears;
  if (years !== null && !(Number.isFinite(years) && years >= 0 && years <= 80)) {
    throw CandidateErrors.invalid('total_experience_years', 'must be a number of years between 0 and 80');
  }
}

export function validateCvFile(cv: CvFile): void {
  if (!CV_FORMATS.includes(cv.format)) throw CandidateErrors.unsupportedCv(`CV must be one of ${CV_FORMATS.join(', ')}`);
  if (!cv.storageKey) throw CandidateErrors.invalid('cv_file', 'has no storage key');
  if (!(Number.isInteger(cv.sizeBytes) && cv.sizeBytes > 0)) throw CandidateErrors.invalid('cv_file', 'is empty');
}

export function validateNote(content: string): void {
  if (typeof content !== 'string' || content.trim() === '') throw CandidateErrors.invalid('content', 'must not be empty');
  if (content.length > MAX_NOTE) throw CandidateErrors.invalid('content', `must be at most ${MAX_NOTE} characters`);
}
