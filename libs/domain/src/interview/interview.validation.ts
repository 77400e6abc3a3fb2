import { InterviewErrors } from './interview.errors';
import {
  CodeExecutionResult,
  EvaluationInput,
  INTERVIEW_TYPES,
  InterviewDetails,
  InterviewReview,
} from './interview.types';

/** The interview's field rules; every surface's DTO checks shapes first, these hold whichever surface wrote. */
const MAX_TEXT = 20_000;
const MAX_SHORT = 500;
const MAX_CODE = 200_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Free-form metadata is capped by its JSON size and its number of keys (nested ones counted). */
export const MAX_METADATA_BYTES = 16_384;
export const MAX_METADATA_KEYS = 200;

export function validateDetails(d: InterviewDetails): void {
  shortText('title', d.title);
  shortText('candidate_name', d.candidateName);
  shortText('position', d.position);
  shortText('difficulty', d.difficulty);
  longText('description', d.description);
  longText('job_description', d.jobDescription);
  if (d.candidateEmail !== null && !EMAIL.test(d.candidateEmail)) {
    throw InterviewErrors.invalid('candidate_email', 'must be an email address');
  }
  if (d.interviewType !== null && !INTERVIEW_TYPES.includes(d.interviewType)) {
    throw InterviewErrors.invalid('interview_type', `must be one of ${INTERVIEW_TYPES.join(', ')}`);
  }
  if (d.durationMinutes !== null && !(Number.isInteger(d.durationMinutes) && d.durationMinutes >= 1 && d.durationMinutes <= 1440)) {
    throw InterviewErrors.invalid('duration_minutes', 'must be a whole number of minutes between 1 and 1440');
  }
  if (!Array.isArray(d.technologies) || d.technologies.some((t) => typeof t !== 'string' || t.length > MAX_SHORT)) {
    throw InterviewErrors.invalid('technologies', 'must be a list of names');
  }
  if (typeof d.enableVideoAnalysis !== 'boolean' || typeof d.enableRecording !== 'boolean') {
    throw InterviewErrors.invalid('enable_video_analysis', 'must be true or false');
  }
  if (typeof d.metadata !== 'object' || d.metadata === null || Array.isArray(d.metadata)) {
    throw InterviewErrors.invalid('metadata', 'must be an object');
  }
  validateMetadataSize(d.metadata);
}

function validateMetadataSize(metadata: Readonly<Record<string, unknown>>): void {
  if (countKeys(metadata, MAX_METADATA_KEYS) > MAX_METADATA_KEYS) {
    throw InterviewErrors.invalid('metadata', `must have at most ${MAX_METADATA_KEYS} keys (nested keys included)`);
  }
  if (utf8Length(JSON.stringify(metadata), MAX_METADATA_BYTES) > MAX_METADATA_BYTES) throw InterviewErrors.tooLarge('metadata', `must be at most ${MAX_METADATA_BYTES} bytes of JSON`);
}

/** UTF-8 length of `text`, stopping once past `limit` (a UTF-16 unit is 1 to 3 bytes; a surrogate pair 4). */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i += 1) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
  }
  return bytes;
}

/** Counts keys and array items, stopping as soon as the count passes `limit` (a huge object costs no more). */
function countKeys(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null) continue;
    for (const key in next) {
      count += 1;
      if (count > limit) break;
      stack.push((next as Record<string, unknown>)[key]);
    }
  }
  return count;
}

export function validateReview(review: Partial<InterviewReview>): void {
  for (const [field, value] of [
    ['technical_score', review.technicalScore],
    ['behavioral_score', review.behavioralScore],
  ] as const) {
    if (value !== undefined && value !== null && !(Number.isFinite(value) && value >= 0 && value <= 100)) {
      throw InterviewErrors.invalid(field, 'must be a number between 0 and 100');
    }
  }
  if (review.overallFeedback !== undefined) longText('overall_feedback', review.overallFeedback);
}

export function validateTimestamp(field: string, value: string): void {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw InterviewErrors.invalid(field, 'must be an ISO 8601 date-time');
}

export function validateCode(code: string, language: string, mayBeEmpty: boolean): void {
  if (typeof code !== 'string' || (!mayBeEmpty && code.trim() === '')) throw InterviewErrors.invalid('code', 'must not be empty');
  if (code.length > MAX_CODE) throw InterviewErrors.invalid('code', `must be at most ${MAX_CODE} characters`);
  if (typeof language !== 'string' || language.trim() === '') throw InterviewErrors.invalid('language', 'is required');
}

export function validateExecutionResult(r: CodeExecutionResult): void {
  if (typeof r !== 'object' || r === null) throw InterviewErrors.invalid('result', 'is required');
  if (!(Number.isFinite(r.durationMs) && r.durationMs >= 0)) throw InterviewErrors.invalid('result.duration_ms', 'must be >= 0');
  if (r.exitCode !== null && !Number.isInteger(r.exitCode)) throw InterviewErrors.invalid('result.exit_code', 'must be an integer');
  if (!Array.isArray(r.testResults) || !Array.isArray(r.limitsHit)) {
    throw InterviewErrors.invalid('result', 'needs test_results and limits_hit lists');
  }
}

export function validateEvaluation(e: EvaluationInput): void {
  if (!(Number.isFinite(e.scale) && e.scale > 0)) throw InterviewErrors.invalid('scale', 'must be a positive number');
  const inRange = (v: number | null) => v === null || (Number.isFinite(v) && v >= 0 && v <= e.scale);
  for (const [name, value] of Object.entries(e.scores)) {
    if (!inRange(value)) throw InterviewErrors.invalid(`${snake(name)}_score`, `must be between 0 and ${e.scale}`);
  }
  for (const [name, value] of Object.entries(e.skillBreakdown)) {
    if (!inRange(value)) throw InterviewErrors.invalid(`skill_breakdown.${name}`, `must be between 0 and ${e.scale}`);
  }
  for (const f of e.keyFindings) {
    if (!f.category || !f.finding) throw InterviewErrors.invalid('key_findings', 'each needs a category and a finding');
  }
  longText('summary', e.summary);
}

function shortText(field: string, value: string | null): void {
  if (value !== null && (typeof value !== 'string' || value.length > MAX_SHORT)) {
    throw InterviewErrors.invalid(field, `must be text of at most ${MAX_SHORT} characters`);
  }
}

function longText(field: string, value: string | null): void {
  if (value !== null && (typeof value !== 'string' || value.length > MAX_TEXT)) {
    throw InterviewErrors.invalid(field, `must be text of at most ${MAX_TEXT} characters`);
  }
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
