import type { CodeFinding } from './code-analyzer.port';
import type { Difficulty, RubricPoint } from './question-bank.types';

/**
 * What an LLM request asks for, as data. Prompts (prompts.ts) render a task into messages for a remote
 * model; the built-in engine answers the task itself. Every task kind has a prompt version.
 */
export type LlmTask =
  | AssessAnswerTask
  | InterviewerReplyTask
  | CodeReviewTask
  | JobDescriptionTask
  | InterviewQuestionsTask
  | FreeCompletionTask;

/** Judge one answer against the question's expected points. Answer: JSON AnswerAssessment. */
export interface AssessAnswerTask {
  readonly kind: 'assess_answer';
  readonly question: string;
  readonly points: readonly RubricPoint[];
  readonly answer: string;
}

/** The interviewer's next utterance: acknowledge the last answer (if any), then say `next`. Answer: text. */
export interface InterviewerReplyTask {
  readonly kind: 'interviewer_reply';
  readonly candidateName: string | null;
  readonly position: string | null;
  readonly move: 'open' | 'ask' | 'follow_up' | 'move_on' | 'wrap_up' | 'close' | 'clarify';
  readonly phase: string;
  /** The text the interviewer must put to the candidate (a bank question, a probe, a closing line). */
  readonly next: string;
  readonly lastAnswer: { readonly covered: readonly string[]; readonly missing: readonly string[]; readonly score: number } | null;
}

/** Review code (S0 `/api/ai/complete` with `code`); `findings` come from the CodeAnalyzer when one is bound. */
export interface CodeReviewTask {
  readonly kind: 'code_review';
  readonly prompt: string;
  readonly code: string;
  readonly language: string | null;
  readonly findings: readonly CodeFinding[] | null;
  readonly analysisScore: number | null;
}

/** A job description from a title (S3 generate_from_title). Answer: JSON GeneratedJobDescription. */
export interface JobDescriptionTask {
  readonly kind: 'job_description';
  readonly title: string;
  readonly company: string | null;
  readonly skills: readonly string[];
  readonly level: string;
  readonly difficulty: Difficulty;
}

/**
 * Technical questions written for one interview from the job and the candidate's CV, one per planned slot
 * (skill and difficulty). Answer: JSON GeneratedInterviewQuestions.
 */
export interface InterviewQuestionsTask {
  readonly kind: 'interview_questions';
  readonly job: { readonly title: string | null; readonly description: string | null; readonly skills: readonly string[] };
  /** What the CV says (parsed profile or CV text); null when the interview has no CV. */
  readonly candidate: {
    readonly summary: string | null;
    readonly skills: readonly string[];
    readonly experience: readonly string[];
    readonly years: number | null;
    readonly cvExcerpt: string | null;
  } | null;
  /** The slots to fill, in order: one question each. */
  readonly slots: readonly { readonly skill: string; readonly label: string; readonly difficulty: Difficulty }[];
}

/** Anything else: a prompt, maybe with code and a language. Answer: text. */
export interface FreeCompletionTask {
  readonly kind: 'free';
  readonly prompt: string;
  readonly language: string | null;
}

export interface AnswerAssessment {
  /** 0..1 */
  readonly score: number;
  /** Ids of the expected points the answer covers / misses. */
  readonly covered: readonly string[];
  readonly missing: readonly string[];
  readonly feedback: string;
}

export interface GeneratedJobDescription {
  readonly title: string;
  readonly description: string;
  readonly responsibilities: readonly string[];
  readonly requirements: readonly string[];
  readonly required_skills: readonly string[];
  readonly experience_level: string;
}

/** The model's questions for an interview: one per slot, in the slots' order. */
export interface GeneratedInterviewQuestions {
  readonly questions: readonly GeneratedQuestion[];
}

export interface GeneratedQuestion {
  readonly skill: string;
  readonly difficulty: Difficulty;
  readonly text: string;
  readonly points: readonly RubricPoint[];
}
