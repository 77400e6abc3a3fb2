import { AdverseImpactReport } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export interface AdverseImpactFilter {
  readonly jobId?: string;
  /** Interviews created in [from, to] (ISO 8601). */
  readonly from?: string;
  readonly to?: string;
  /** One label dimension (e.g. `gender`); default: every dimension labels use. */
  readonly dimension?: string;
  /** Raises the configured minimum group size (AUDIT_MIN_GROUP_COUNT); a lower value is ignored. */
  readonly minCount?: number;
}

/** The configured minimum group size below which a group is suppressed. */
export const ADVERSE_IMPACT_MIN_COUNT = Symbol('ADVERSE_IMPACT_MIN_COUNT');

export class AdverseImpactQuery {
  constructor(
    readonly reader: AuthenticatedUser,
    readonly filter: AdverseImpactFilter,
    readonly reason: string | undefined,
  ) {}
}

export interface AdverseImpactResult {
  readonly filter: AdverseImpactFilter;
  readonly minCount: number;
  /** Recommendations that count as selected. */
  readonly selectedWhen: readonly string[];
  readonly scoreDimensions: readonly string[];
  /** Scored interviews in range, and how many of them carry labels. */
  readonly scored: number;
  readonly labelled: number;
  readonly reports: readonly AdverseImpactReport[];
}
