import { InterviewEvent } from '@candor/domain';

/** Feedback given when an interview completes (S2): every score on 0..1. */
export interface InterviewFeedback {
  readonly overallScore: number;
  readonly communicationScore: number;
  readonly technicalScore: number;
  readonly problemSolvingScore: number;
  readonly codeQualityScore: number;
  readonly skillBreakdown: Readonly<Record<string, number>>;
  readonly summary: string;
  /** Which scorer produced it: `automatic` (the recorded facts) or `ai` (the scoring engine). */
  readonly source: 'automatic' | 'ai';
}

/**
 * Scores a finished interview from its history. Bind FEEDBACK_SCORER to the AI scoring engine when it is
 * wired; unbound, CompleteInterview falls back to the deterministic fact-based scorer.
 */
export interface FeedbackScorer {
  score(history: readonly InterviewEvent[]): Promise<InterviewFeedback>;
}

export const FEEDBACK_SCORER = Symbol('FEEDBACK_SCORER');
