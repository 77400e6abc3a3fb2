import { Projection } from '../../projections/projection';
import { jobsProjection } from './jobs.projection';

/** The job context's read models (listed in ALL_PROJECTIONS). */
export const JOB_PROJECTIONS: readonly Projection[] = [jobsProjection];
