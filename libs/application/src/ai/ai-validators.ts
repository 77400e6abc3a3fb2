import { AnswerAssessment, GeneratedJobDescription } from '../ports/llm-task';
import { RubricPoint } from '../ports/question-bank.types';

/** Validators for the JSON answers the interviewer asks a model for (they throw on a malformed answer). */
export function answerAssessmentValidator(points: readonly RubricPoint[]): (value: unknown) => AnswerAssessment {
  const ids = new Set(points.map((p) => p.id));
  return (value) => {
    const v = asObject(value);
    const score = v.score;
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1) throw new Error('score must be a number between 0 and 1');
    const covered = stringArray(v.covered, 'covered').filter((id) => ids.has(id));
    const missing = [...ids].filter((id) => !covered.includes(id));
    const feedback = typeof v.feedback === 'string' ? v.feedback : '';
    return { score: Math.round(score * 100) / 100, covered, missing, feedback };
  };
}

export function jobDescriptionValidator(value: unknown): GeneratedJobDescription {
  const v = asObject(value);
  const text = (key: string) => {
    if (typeof v[key] !== 'string' || !(v[key] as string).trim()) throw new Error(`${key} must be a non-empty string`);
    return v[key] as string;
  };
  return {
    title: text('title'),
    description: text('description'),
    responsibilities: stringArray(v.responsibilities, 'responsibilities'),
    requirements: stringArray(v.requirements, 'requirements'),
    required_skills: stringArray(v.required_skills, 'required_skills'),
    experience_level: typeof v.experience_level === 'string' ? v.experience_level : 'mid',
  };
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  return value as Record<string, unknown>;
}

function stringArray(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((x) => typeof x === 'string')) throw new Error(`${name} must be an array of strings`);
  return value as string[];
}
