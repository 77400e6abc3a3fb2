import { SystemStats } from '@candor/application';
import { SystemStatsDto } from './system-stats.dto';

export function toSystemStatsDto(s: SystemStats): SystemStatsDto {
  return {
    users: { total: s.users.total, superusers: s.users.superusers, by_role: s.users.byRole, by_status: s.users.byStatus },
    interviews: { total: s.interviews.total, by_status: s.interviews.byStatus },
    subscriptions: { total: s.subscriptions.total, by_plan: s.subscriptions.byPlan, by_status: s.subscriptions.byStatus },
    events: { total: s.events.total, head_position: s.events.headPosition, by_type: s.events.byType },
    projections: s.projections.map((p) => ({
      name: p.name,
      position: p.position,
      caught_up: p.caughtUp,
      lag_events: p.lagEvents,
      lag_capped: p.lagCapped,
      lag_ms: p.lagMs,
    })),
    generated_at: s.generatedAt,
  };
}
