import { InterviewScoreCard, QuestionScore, Recommendation } from '@candor/domain';

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
  /** The AI score card's verdict (absent from fact-based feedback). */
  readonly behavioralScore?: number | null;
  readonly recommendation?: Recommendation;
  readonly recommendationReasoning?: string;
  readonly strengths?: readonly string[];
  readonly weaknesses?: readonly string[];
  readonly questionScores?: readonly QuestionScore[];
  readonly scoreId?: string;
  readonly versions?: InterviewScoreCard['versions'];
  /** True when the AI score was not ready in time: these are provisional fact-based scores; the AI's follow. */
  readonly pending?: boolean;
}

/** The AI score card as S2's feedback (every score on 0..1). */
export function feedbackFromScoreCard(card: InterviewScoreCard, scoreId: string): InterviewFeedback {
  return {
    overallScore: card.overall,
    communicationScore: card.communication.score,
    technicalScore: card.technical.score,
    problemSolvingScore: card.problemSolving.score,
    codeQualityScore: card.codeQuality.score,
    behavioralScore: card.behavioral?.score ?? null,
    skillBreakdown: card.skillBreakdown,
    summary: card.recommendationReasoning,
    source: 'ai',
    recommendation: card.recommendation,
    recommendationReasoning: card.recommendationReasoning,
    strengths: card.strengths,
    weaknesses: card.weaknesses,
    questionScores: card.questionScores,
    scoreId,
    versions: card.versions,
  };
}
