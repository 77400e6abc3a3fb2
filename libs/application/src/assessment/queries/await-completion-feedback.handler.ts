import { setTimeout as sleep } from 'node:timers/promises';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InterviewEvent, interviewStreamId } from '@candor/domain';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { factBasedFeedback } from '../feedback/fact-based-feedback';
import { feedbackFromScoreCard, InterviewFeedback } from '../feedback/interview-feedback';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../../interview/projections/score-card.projection';
import { loadVisibleInterview } from '../../interview/queries/load-visible-interview';
import { ASSESSMENT_STATUS_COLLECTION, AssessmentStatusDocument } from '../projections/assessment-status.projection';
import { INTERVIEW_SCORING_OPTIONS, InterviewScoringOptions } from '../scoring/interview-scoring.queue';
import { AwaitCompletionFeedbackQuery } from './await-completion-feedback.query';

/** The read model is looked at again after 25 ms, then each pause doubles up to this. */
const FIRST_LOOK_MS = 25;
const MAX_PAUSE_MS = 250;

@QueryHandler(AwaitCompletionFeedbackQuery)
export class AwaitCompletionFeedbackHandler implements IQueryHandler<AwaitCompletionFeedbackQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(INTERVIEW_SCORING_OPTIONS) private readonly options: InterviewScoringOptions,
  ) {}

  async execute(q: AwaitCompletionFeedbackQuery): Promise<InterviewFeedback> {
    const interview = await loadVisibleInterview(this.store, q.interviewId, q.viewer, 'participate');
    const deadline = Date.now() + this.options.waitMs;
    for (let pause = FIRST_LOOK_MS; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
      const score = await this.store.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION).findOne({ _id: interview.id });
      if (score) return feedbackFromScoreCard(score.card, score.scoreId);
      // A failed attempt is retried with backoff (seconds to minutes): no point holding the request for it.
      const status = await this.store.collection<AssessmentStatusDocument>(ASSESSMENT_STATUS_COLLECTION).findOne({ _id: interview.id });
      const left = deadline - Date.now();
      if (status?.status === 'scoring_failed' || left <= 0) break;
      await sleep(Math.min(pause, left));
    }
    const history = (await this.events.readStream(interviewStreamId(interview.id))) as unknown as InterviewEvent[];
    return { ...factBasedFeedback(history), pending: true };
  }
}
