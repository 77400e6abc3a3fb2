/**
 * The AI interviewer's facts: each turn it takes (what it said, which question and why, the model and
 * prompt version used) and the score card it gives on completion, with the evidence each score rests on.
 */
export type InterviewerMove = 'open' | 'ask' | 'follow_up' | 'move_on' | 'wrap_up' | 'close' | 'clarify';

export interface RubricPointData {
  readonly id: string;
  readonly text: string;
  readonly keywords: readonly string[];
  readonly probe?: string;
}

export interface PlannedSkill {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
  readonly reason: string;
}

/** A question the model wrote for this interview, recorded whole in the plan (the bank does not hold it). */
export interface PlannedQuestion {
  readonly text: string;
  readonly skill: string;
  readonly difficulty: string;
  /** What a good answer says: scored like a bank question's points. */
  readonly points: readonly RubricPointData[];
}

export interface PlannedStep {
  /** `intro` | `technical` | `coding` | `behavioral` | `wrap_up` */
  readonly phase: string;
  /** The bank question asked at this step; null when the model generated it (then `question` holds it). */
  readonly bankQuestionId: string | null;
  readonly question?: PlannedQuestion;
  readonly reason: string;
}

/** Where a plan's technical questions come from; absent on plans recorded before models could write them. */
export interface PlanQuestionSource {
  /** `bank`: drawn from the built-in bank with the seed; `model`: generated from the job and the CV. */
  readonly source: 'bank' | 'model';
  /** The model that wrote them, as the server named it (null for the bank). */
  readonly model: string | null;
  readonly promptVersion: string | null;
  /** A model was configured but the bank was used: why (unavailable, malformed answer, too few questions...). */
  readonly fallbackReason: string | null;
}

/** What the interviewer planned at the opening turn, and why (the skills found and the difficulty chosen). */
export interface InterviewPlanData {
  readonly skills: readonly PlannedSkill[];
  readonly difficulty: string;
  readonly difficultyReason: string;
  readonly steps: readonly PlannedStep[];
  /** The seed the questions were drawn with (the same seed rebuilds the same plan); absent on older plans. */
  readonly seed?: string;
  readonly questions?: PlanQuestionSource;
}

export interface TurnQuestion {
  readonly questionId: string;
  readonly text: string;
  readonly bankQuestionId: string | null;
  /** For a follow-up: the question it digs into. */
  readonly parentQuestionId: string | null;
  /** For a follow-up: the expected point the last answer missed. */
  readonly probedPointId: string | null;
  readonly skill: string | null;
  readonly difficulty: string | null;
  /** The expected points the answer is scored against (copied so a re-score needs nothing else). */
  readonly rubric: readonly RubricPointData[];
}

/** How the interviewer judged the answer it is responding to. */
export interface TurnAssessment {
  readonly questionId: string;
  readonly score: number;
  readonly covered: readonly string[];
  readonly missing: readonly string[];
  readonly answerMessageIds: readonly string[];
}

export type InterviewerTurn = {
  readonly turnId: string;
  readonly messageId: string;
  readonly text: string;
  readonly move: InterviewerMove;
  readonly phase: string;
  readonly stepIndex: number;
  readonly question: TurnQuestion | null;
  readonly assessment: TurnAssessment | null;
  /** Why this move and this question, in words an auditor reads. */
  readonly reason: string;
  readonly model: string;
  readonly promptVersion: string;
  readonly bankVersion: string;
  readonly plan: InterviewPlanData | null;
  readonly tokensUsed: number;
};

export interface ScoreEvidence {
  readonly messageIds: readonly string[];
  readonly executionIds: readonly string[];
}

export interface DimensionScore {
  /** 0..1 */
  readonly score: number;
  readonly evidence: ScoreEvidence;
  readonly reasoning: string;
}

export interface QuestionScore {
  readonly questionId: string;
  readonly bankQuestionId: string | null;
  readonly question: string;
  readonly phase: string;
  readonly skill: string | null;
  /** 0..maxScore */
  readonly score: number;
  readonly maxScore: number;
  readonly feedback: string;
  readonly covered: readonly string[];
  readonly missing: readonly string[];
  readonly evidence: ScoreEvidence;
  /** When a language model judged the answer, the built-in judge's verdict on it, recorded beside (0..maxScore). */
  readonly builtinScore?: number | null;
}

/** A strength or weakness with the events it rests on. */
export interface CitedFinding {
  readonly kind: 'strength' | 'weakness';
  readonly text: string;
  readonly evidence: ScoreEvidence;
}

export type Recommendation = 'strong_hire' | 'hire' | 'maybe' | 'no_hire';
export const RECOMMENDATIONS: readonly Recommendation[] = ['strong_hire', 'hire', 'maybe', 'no_hire'];

export type InterviewScoreCard = {
  /** Dimension and overall scores are on 0..1. */
  readonly overall: number;
  readonly communication: DimensionScore;
  readonly technical: DimensionScore;
  readonly problemSolving: DimensionScore;
  readonly codeQuality: DimensionScore;
  readonly behavioral: DimensionScore | null;
  readonly questionScores: readonly QuestionScore[];
  readonly skillBreakdown: Readonly<Record<string, number>>;
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  /** Each strength and weakness with the message and execution ids it rests on (absent on older cards). */
  readonly findings?: readonly CitedFinding[];
  readonly recommendation: Recommendation;
  readonly recommendationReasoning: string;
  readonly versions: {
    readonly rubric: string;
    readonly model: string;
    readonly prompt: string;
    readonly bank: string;
    /** The analysis tools that ran on the code, when a CodeAnalyzer was bound. */
    readonly analyzer: readonly string[] | null;
  };
  readonly tokensUsed: number;
};
