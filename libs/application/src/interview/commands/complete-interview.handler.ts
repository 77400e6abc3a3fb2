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
import { FactBasedFeedbackScorer } from '../feedback/fact-based-feedback';
import { FEEDBACK_SCORER, FeedbackScorer, InterviewFeedback } from '../feedback/feedback-scorer.port';
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
  ) {
    this.scorer = scorer ?? new FactBasedFeedbackScorer();
  }

  async execute(c: CompleteInterviewCommand): Promise<{ feedback: InterviewFeedback | null; evaluationId: string | null }> {
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
