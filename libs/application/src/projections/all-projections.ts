import { Projection } from './projection';
import { INTERVIEW_PROJECTIONS } from '../interview/projections/interview.projections';
import { IDENTITY_PROJECTIONS } from '../identity/projections/identity.projections';

/**
 * Every read model of the product. The API (embedded mode) and the projector process run this same list.
 * Each bounded context appends its projections here.
 */
export const ALL_PROJECTIONS: readonly Projection[] = [...INTERVIEW_PROJECTIONS, ...IDENTITY_PROJECTIONS];
