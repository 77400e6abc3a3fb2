import { randomUUID } from 'node:crypto';
import {
  AssessInterview,
  assessmentDecider,
  assessmentStreamId,
  AssessmentEvent,
  DomainError,
  EvaluationInput,
  InterviewErrors,
  InterviewEvent,
  InterviewScoreCard,
  interviewStreamId,
  RecordScoreVersion,
  RecordScoringFailure,
  ScoreVersionRecorded,
} from '@candor/domain';
import { AggregateStore } from '../../commands/aggregate-store';
import { EventStore } from '../../ports/event-store.port';
import type { Llm } from '../../ports/llm.port';
import { scoreInterview, scoringBasis } from './interview-scorer';
import type { RecordedScore } from '../../assessment/scoring/interview-scoring.queue';

/**
 * Scores a completed interview from its events and records the verdict on the assessment stream
 * (`InterviewAssessed`, with the `ai` evaluation every surface lists); the interview stream is only read.
 */
export class InterviewScoringService {
  constructor(
    private readonly events: EventStore,
    private readonly store: AggregateStore,
    private readonly llm: Llm,
  ) {}

  async score(interviewId: string): Promise<RecordedScore> {
    const history = await this.completedHistory(interviewId);
    // Assessed already (a redelivered job, a replay): the recorded score answers, nothing is computed again.
    const existing = legacyScore(history) ?? (await this.assessed(interviewId));
    if (existing) return existing;

    const card = await scoreInterview(history, { llm: this.llm });
    const scoreId = randomUUID();
    const basisVersion = scoringBasis(history);
    const evaluation = evaluationOf(card);
    const result = await this.store.execute(assessmentStreamId(interviewId), assessmentDecider, {
      type: 'AssessInterview',
      data: { interviewId, scoreId, basisVersion, card, evaluation },
      metadata: this.store.commandMetadata(),
    } satisfies AssessInterview);
    if (result.events.length) return { scoreId, basisVersion, card, evaluationId: evaluation.evaluationId, recorded: true };
    // Another worker assessed it meanwhile: answer with that score.
    return (await this.assessed(interviewId)) ?? { scoreId, basisVersion, card, evaluationId: null, recorded: false };
  }

  async failedAttempts(interviewId: string): Promise<number> {
    const { state } = await this.store.load(assessmentStreamId(interviewId), assessmentDecider);
    return state.failures;
  }

  /** Makes a failed attempt visible (`scoring_failed` with its reason) until a later attempt succeeds. */
  async recordFailure(interviewId: string, reason: string, retryAt: string | null): Promise<number> {
    const result = await this.store.execute(assessmentStreamId(interviewId), assessmentDecider, {
      type: 'RecordScoringFailure',
      data: { interviewId, reason, retryAt },
      metadata: this.store.commandMetadata(),
    } satisfies RecordScoringFailure);
    const event = result.events[0] as { data?: { attempt?: number } } | undefined;
    return event?.data?.attempt ?? 0;
  }

  /**
   * Scores the interview again from its stored events with the rubric, model, prompt and banks of now.
   * `dryRun` computes and returns the version without appending it; otherwise it is appended to the
   * assessment stream beside the earlier versions (which stay as they were).
   */
  async rescore(interviewId: string, requestedBy: string | null, dryRun: boolean): Promise<{ scoreId: string; basisVersion: number; card: InterviewScoreCard; recordedAt: string | null }> {
    const history = await this.completedHistory(interviewId);
    const card = await scoreInterview(history, { llm: this.llm });
    const scoreId = randomUUID();
    const basisVersion = scoringBasis(history);
    if (dryRun) return { scoreId, basisVersion, card, recordedAt: null };
    const result = await this.store.execute(assessmentStreamId(interviewId), assessmentDecider, {
      type: 'RecordScoreVersion',
      data: { interviewId, scoreId, basisVersion, card, requestedBy, trigger: 'rescore' },
      metadata: this.store.commandMetadata(),
    } satisfies RecordScoreVersion);
    const recorded = result.events[0] as ScoreVersionRecorded | undefined;
    return { scoreId, basisVersion, card, recordedAt: recorded?.data.recordedAt ?? null };
  }

  private async completedHistory(interviewId: string): Promise<InterviewEvent[]> {
    const history = (await this.events.readStream(interviewStreamId(interviewId))) as unknown as InterviewEvent[];
    if (history.length === 0) throw InterviewErrors.notFound();
    if (!history.some((e) => e.type === 'InterviewCompleted')) {
      throw new DomainError('INTERVIEW.NOT_COMPLETED', 'Cannot score the interview: it is not completed', 'conflict');
    }
    return history;
  }

  /** The first automatic score on the assessment stream (a few events long), if there is one. */
  private async assessed(interviewId: string): Promise<RecordedScore | null> {
    const stream = (await this.events.readStream(assessmentStreamId(interviewId))) as unknown as AssessmentEvent[];
    const found = stream.find((e) => e.type === 'InterviewAssessed');
    if (found?.type !== 'InterviewAssessed') return null;
    const d = found.data;
    return { scoreId: d.scoreId, basisVersion: d.basisVersion, card: d.card, evaluationId: d.evaluation.evaluationId, recorded: false };
  }
}

/** A score recorded before the assessment had its own stream: `InterviewScored` and its evaluation on the interview stream. */
function legacyScore(history: readonly InterviewEvent[]): RecordedScore | null {
  const index = history.findIndex((e) => e.type === 'InterviewScored');
  const scored = history[index];
  if (scored?.type !== 'InterviewScored') return null;
  const next = history[index + 1];
  return {
    scoreId: scored.data.scoreId,
    basisVersion: scored.data.basisVersion,
    card: scored.data.card,
    evaluationId: next?.type === 'EvaluationRecorded' ? next.data.evaluationId : null,
    recorded: false,
  };
}

/** The score card as the evaluation every surface lists (scale 1; S0 shows it on 0..10, S2 as is). */
export function evaluationOf(card: InterviewScoreCard): EvaluationInput {
  const hasCode = card.codeQuality.evidence.executionIds.length > 0;
  return {
    evaluationId: randomUUID(),
    source: 'ai',
    evaluatorId: null,
    scale: 1,
    scores: {
      overall: card.overall,
      technical: card.technical.score,
      coding: hasCode ? Math.round(((card.problemSolving.score + card.codeQuality.score) / 2) * 100) / 100 : null,
      communication: card.communication.score,
      problemSolving: card.problemSolving.score,
      codeQuality: card.codeQuality.score,
      behavioral: card.behavioral?.score ?? null,
    },
    skillBreakdown: { ...card.skillBreakdown },
    keyFindings: [
      ...card.strengths.map((s) => ({ category: 'strength', finding: s, evidence: citedEvidence(card, 'strength', s) })),
      ...card.weaknesses.map((w) => ({ category: 'weakness', finding: w, evidence: citedEvidence(card, 'weakness', w) })),
      { category: 'recommendation', finding: card.recommendation, evidence: card.recommendationReasoning },
    ],
    recommendations: card.weaknesses.map((w) => `Work on: ${w.charAt(0).toLowerCase()}${w.slice(1)}`),
    summary: card.recommendationReasoning,
  };
}

/**
 * The events a strength or weakness rests on, as a key finding's evidence: "messages m1, m2; code runs x1"
 * (null on a card scored before findings cited their events, or for a finding with nothing to cite).
 */
export function citedEvidence(card: InterviewScoreCard, kind: 'strength' | 'weakness', text: string): string | null {
  const found = card.findings?.find((f) => f.kind === kind && f.text === text);
  if (!found) return null;
  const parts = [
    found.evidence.messageIds.length ? `messages ${found.evidence.messageIds.join(', ')}` : null,
    found.evidence.executionIds.length ? `code runs ${found.evidence.executionIds.join(', ')}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join('; ') : null;
}
