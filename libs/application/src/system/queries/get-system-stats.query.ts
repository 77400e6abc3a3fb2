import { Query } from '@nestjs/cqrs';

export interface ProjectionStats {
  readonly name: string;
  readonly position: string;
  readonly caughtUp: boolean;
  /** Events the projection has yet to apply, counted up to `LAG_COUNT_CAP` (then `lagCapped`). */
  readonly lagEvents: number;
  readonly lagCapped: boolean;
  /** How long the oldest unapplied event has waited; 0 when caught up. */
  readonly lagMs: number;
}

export interface SystemStats {
  readonly users: { readonly total: number; readonly superusers: number; readonly byRole: Record<string, number>; readonly byStatus: Record<string, number> };
  readonly interviews: { readonly total: number; readonly byStatus: Record<string, number> };
  readonly subscriptions: { readonly total: number; readonly byPlan: Record<string, number>; readonly byStatus: Record<string, number> };
  readonly events: { readonly total: number; readonly headPosition: string; readonly byType: Record<string, number> };
  readonly projections: readonly ProjectionStats[];
  readonly generatedAt: string;
}

/** Counts from the read models and the event log, for the admin's dashboard. */
export class GetSystemStatsQuery extends Query<SystemStats> {}
