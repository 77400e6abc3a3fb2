import { Projection } from '../../projections/projection';
import { candidatesProjection } from './candidates.projection';

/** The candidate context's read models (listed in ALL_PROJECTIONS). */
export const CANDIDATE_PROJECTIONS: readonly Projection[] = [candidatesProjection];
