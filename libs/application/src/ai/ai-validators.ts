import { AnswerAssessment, GeneratedInterviewQuestions, GeneratedJobDescription, InterviewQuestionsTask } from '../ports/llm-task';
import { DIFFICULTIES, Difficulty, RubricPoint } from '../ports/question-bank.types';

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

const MAX_QUESTION_CHARS = 600;
const MAX_POINT_CHARS = 300;

/**
 * The questions a model wrote for an interview's slots: exactly one per slot, in order, with the slot's
 * skill; distinct, non-empty texts; 3 to 5 points each with an id, a text and keywords (lower-cased here,
 * as the judge matches them). Throws on anything else, so the plan falls back to the bank.
 */
export function generatedQuestionsValidator(slots: InterviewQuestionsTask['slots']): (value: unknown) => GeneratedInterviewQuestions {
  return (value) => {
    const v = asObject(value);
    if (!Array.isArray(v.questions)) throw new Error('questions must be an array');
    const list: unknown[] = v.questions;
    if (list.length < slots.length) throw new Error(`expected ${slots.length} questions, got ${list.length}`);
    const questions = slots.map((slot, i) => {
      const q = asObject(list[i]);
      const where = `questions[${i}]`;
      const text = nonEmpty(q.text, `${where}.text`, MAX_QUESTION_CHARS);
      if (q.skill !== slot.skill) throw new Error(`${where}.skill must be "${slot.skill}"`);
      const difficulty: Difficulty = DIFFICULTIES.includes(q.difficulty as Difficulty) ? (q.difficulty as Difficulty) : slot.difficulty;
      if (!Array.isArray(q.points) || q.points.length < 3 || q.points.length > 5) throw new Error(`${where}.points must hold 3 to 5 points`);
      const points: RubricPoint[] = q.points.map((raw, k) => {
        const point = asObject(raw);
        const keywords = stringArray(point.keywords, `${where}.points[${k}].keywords`).map((w) => w.trim().toLowerCase()).filter(Boolean);
        if (keywords.length === 0) throw new Error(`${where}.points[${k}].keywords must not be empty`);
        const probe = typeof point.probe === 'string' && point.probe.trim() ? point.probe.trim() : undefined;
        return { id: nonEmpty(point.id, `${where}.points[${k}].id`, 80), text: nonEmpty(point.text, `${where}.points[${k}].text`, MAX_POINT_CHARS), keywords, probe };
      });
      if (new Set(points.map((p) => p.id)).size !== points.length) throw new Error(`${where}.points ids must be distinct`);
      return { skill: slot.skill, difficulty, text, points };
    });
    const texts = questions.map((q) => q.text.toLowerCase());
    if (new Set(texts).size !== texts.length) throw new Error('questions must be distinct');
    return { questions };
  };
}

function nonEmpty(value: unknown, name: string, max: number): string {
  if (typeof value !== 'string' || !value.trim()) throw new Error(`${name} must be a non-empty string`);
  if (value.length > max) throw new Error(`${name} must be at most ${max} characters`);
  return value.trim();
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  return value as Record<string, unknown>;
}

function stringArray(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((x) => typeof x === 'string')) throw new Error(`${name} must be an array of strings`);
  return value as string[];
}
