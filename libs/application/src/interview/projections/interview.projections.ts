import { Projection } from '../../projections/projection';
import { codingEventsProjection } from './coding-events.projection';
import { evaluationsProjection } from './evaluations.projection';
import { interviewStateProjection } from './interview-state.projection';
import { interviewsProjection } from './interviews.projection';
import { scoreCardProjection } from './score-card.projection';
import { transcriptProjection } from './transcript.projection';

/** The interview context's read models, in the order they are listed in ALL_PROJECTIONS. */
export const INTERVIEW_PROJECTIONS: readonly Projection[] = [
  interviewsProjection,
  transcriptProjection,
  codingEventsProjection,
  interviewStateProjection,
  evaluationsProjection,
  scoreCardProjection,
];
