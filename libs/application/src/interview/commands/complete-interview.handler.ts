import { randomUUID } from 'node:crypto';
import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  CompleteInterview,
  EvaluationInput,
  fold,
  interviewDecider,
  InterviewErrors,
  InterviewEvent,
  interviewStreamId,
} from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { JOB_QUEUE, JobQueue } from '../../ports/job-queue.port';
import { LLM, Llm } from '../../ports/llm.port';
import {
  INTERVIEW_SCORING_OPTIONS,
  INTERVIEW_SCORING_QUEUE,
  InterviewScoringJob,
  InterviewScoringJobResult,
  InterviewScoringOptions,
} from '../interview-scoring.queue';
import { factBasedFeedback, FactBasedFeedbackScorer } from '../feedback/fact-based-feedback';
import { FEEDBACK_SCORER, FeedbackScorer, feedbackFromScoreCard, InterviewFeedback } from '../feedback/feedback-scorer.port';
import { assertInterviewId, assertMayAct } from '../interview-access';
import { CompleteInterviewCommand } from './complete-interview.command';
import { runInterviewCommand } from './interview-command-runner';

@CommandHandler(CompleteInterviewCommand)
export class CompleteInterviewHandler implements ICommandHandler<CompleteInterviewCommand> {
  private readonly scorer: FeedbackScorer;

  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Optional() @Inject(FEEDBACK_SCORER) scorer: FeedbackScorer | null,
    @Optional() @Inject(JOB_QUEUE) private readonly queue: JobQueue | null = null,
    @Optional() @Inject(LLM) private readonly llm: Llm | null = null,
    @Optional() @Inject(INTERVIEW_SCORING_OPTIONS) private readonly scoring: InterviewScoringOptions | null = null,
  ) {
    this.scorer = scorer ?? new FactBasedFeedbackScorer();
  }

  async execute(c: CompleteInterviewCommand): Promise<{ feedback: InterviewFeedback | null; evaluationId: string | null }> {
    // With the AI wired (an LLM and the scoring worker), completion triggers scoring through the job queue.
    if (this.queue && this.llm && this.scoring) return this.completeAndScore(c, this.queue, this.scoring);
    let evaluation: EvaluationInput | null = null;
    let feedback: InterviewFeedback | null = null;
    if (c.withFeedback) {
      // Refuse before scoring (the scorer may be a paid AI call): access first, then the transition itself.
      assertInterviewId(c.interviewId);
      const history = (await this.events.readStream(interviewStreamId(c.interviewId))) as unknown as InterviewEvent[];
      const state = fold(interviewDecider, history);
      if (!state.exists) throw InterviewErrors.notFound();
      if (c.actor) assertMayAct({ ownerId: state.ownerId, candidateEmail: state.details.candidateEmail }, c.actor, 'participate');
      interviewDecider.decide({ type: 'CompleteInterview', data: { evaluation: null }, metadata: this.store.commandMetadata() }, state);
      feedback = await this.scorer.score(history);
      evaluation = toEvaluation(feedback);
    }
    await runInterviewCommand<CompleteInterview>(this.store, c.interviewId, c.actor, 'participate', {
      type: 'CompleteInterview',
      data: { evaluation },
    });
    return { feedback, evaluationId: evaluation?.evaluationId ?? null };
  }

  /**
   * Completes, then scores through the job queue: S2's complete waits (bounded) for the score and answers
   * with it; other callers only enqueue it. A score not ready in time answers provisional fact-based
   * feedback (`pending: true`); the job still records the AI score when it finishes.
   */
  private async completeAndScore(
    c: CompleteInterviewCommand,
    queue: JobQueue,
    options: InterviewScoringOptions,
  ): Promise<{ feedback: InterviewFeedback | null; evaluationId: string | null }> {
    await runInterviewCommand<CompleteInterview>(this.store, c.interviewId, c.actor, 'participate', {
      type: 'CompleteInterview',
      data: { evaluation: null },
    });
    const job: InterviewScoringJob = { interviewId: c.interviewId };
    const jobOptions = { jobId: `score-${c.interviewId}`, timeoutMs: options.waitMs };
    if (!c.withFeedback) {
      await queue.enqueue(INTERVIEW_SCORING_QUEUE, job, jobOptions).catch(() => undefined);
      return { feedback: null, evaluationId: null };
    }
    try {
      const result = await queue.run<InterviewScoringJob, InterviewScoringJobResult>(INTERVIEW_SCORING_QUEUE, job, jobOptions);
      if (result.ok) return { feedback: feedbackFromScoreCard(result.score.card, result.score.scoreId), evaluationId: result.score.evaluationId };
    } catch {
      // Timed out or failed: answer with provisional feedback below; the score is recorded when the job ends.
    }
    const history = (await this.events.readStream(interviewStreamId(c.interviewId))) as unknown as InterviewEvent[];
    return { feedback: { ...factBasedFeedback(history), pending: true }, evaluationId: null };
  }
}

function toEvaluation(f: InterviewFeedback): EvaluationInput {
  return {
    evaluationId: randomUUID(),
    source: f.source,
    evaluatorId: null,
    scale: 1,
    scores: {
      overall: f.overallScore,
      technical: f.technicalScore,
      coding: null,
      communication: f.communicationScore,
      problemSolving: f.problemSolvingScore,
      codeQuality: f.codeQualityScore,
      behavioral: null,
    },
    skillBreakdown: f.skillBreakdown,
    keyFindings: [],
    recommendations: [],
    summary: f.summary,
  };
}
