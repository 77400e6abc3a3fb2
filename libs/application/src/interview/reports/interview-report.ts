import { InterviewScoreCard, Recommendation } from '@candor/domain';
import { InterviewDocument } from '../projections/interviews.projection';
import { ScoreCardDocument } from '../projections/score-card.projection';

/** A written report of a scored interview, composed only from its score card (so it is reproducible). */
export interface InterviewReport {
  readonly interviewId: string;
  readonly scoreId: string;
  readonly candidate: string;
  readonly position: string | null;
  readonly executiveSummary: string;
  readonly technicalAssessment: string;
  readonly behavioralAssessment: string;
  readonly communicationAssessment: string;
  /** Null: no body-language or facial analysis is recorded for interviews yet. */
  readonly nonVerbalSummary: string | null;
  /** 0..10, one decimal. */
  readonly overallScore: number;
  readonly recommendation: Recommendation;
  readonly strengths: readonly string[];
  readonly weaknesses: readonly string[];
  readonly generatedAt: string;
}

const VERDICT: Record<Recommendation, string> = {
  strong_hire: 'Strong hire',
  hire: 'Hire',
  maybe: 'Maybe',
  no_hire: 'No hire',
};

/** A 0..1 score on the 0..10 scale reports and S3 use, one decimal. */
export function outOfTen(score: number): number {
  return Math.round(score * 100) / 10;
}

export function recommendationLabel(recommendation: Recommendation): string {
  return VERDICT[recommendation];
}

/** Names read from the candidate and job read models (an S3 interview may link a candidate it does not name). */
export interface ReportNames {
  readonly candidate: string | null;
  readonly job: string | null;
}

export function composeInterviewReport(interview: InterviewDocument, score: ScoreCardDocument, names?: ReportNames): InterviewReport {
  const card = score.card;
  const candidate = names?.candidate ?? interview.candidateName ?? interview.candidateEmail ?? 'The candidate';
  const position = names?.job ?? interview.position ?? interview.title;
  const answered = card.questionScores.filter((q) => q.evidence.messageIds.length > 0).length;
  const summary = [
    `${candidate}${position ? ` (${position})` : ''} scored ${outOfTen(card.overall)}/10 overall: ${VERDICT[card.recommendation].toLowerCase()}.`,
    `${answered} of ${card.questionScores.length} question(s) were answered.`,
    card.strengths.length ? `Strengths: ${sentenceList(card.strengths)}.` : 'No particular strength stood out.',
    card.weaknesses.length ? `Areas to improve: ${sentenceList(card.weaknesses)}.` : 'No significant weakness was found.',
  ].join(' ');
  return {
    interviewId: interview.id,
    scoreId: score.scoreId,
    candidate,
    position,
    executiveSummary: summary,
    technicalAssessment: technical(card),
    behavioralAssessment: card.behavioral
      ? `Behavioural ${outOfTen(card.behavioral.score)}/10. ${card.behavioral.reasoning}`
      : 'No behavioural question was asked in this interview.',
    communicationAssessment: `Communication ${outOfTen(card.communication.score)}/10. ${card.communication.reasoning}`,
    nonVerbalSummary: null,
    overallScore: outOfTen(card.overall),
    recommendation: card.recommendation,
    strengths: card.strengths,
    weaknesses: card.weaknesses,
    generatedAt: score.scoredAt,
  };
}

function technical(card: InterviewScoreCard): string {
  const skills = Object.entries(card.skillBreakdown).map(([skill, value]) => `${skill} ${outOfTen(value)}/10`);
  return [
    `Technical ${outOfTen(card.technical.score)}/10. ${card.technical.reasoning}`,
    `Problem solving ${outOfTen(card.problemSolving.score)}/10. ${card.problemSolving.reasoning}`,
    `Code quality ${outOfTen(card.codeQuality.score)}/10. ${card.codeQuality.reasoning}`,
    skills.length ? `By skill: ${skills.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function sentenceList(items: readonly string[]): string {
  return items.map((s, i) => (i === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1))).join('; ');
}
