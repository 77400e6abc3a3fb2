import { Inject, Optional } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { comparePositions, LogPosition, START_POSITION } from '@candor/contracts';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { READ_STORE, ReadCollection, ReadStore } from '../../ports/read-store.port';
import { ALL_PROJECTIONS } from '../../all-projections';
import { readEffectiveCheckpoints } from '../../projections/effective-checkpoints';
import { PROJECTION_PROGRESS, ProjectionProgress } from '../../projections/projection-progress';
import { ProjectionRunner } from '../../projections/projection-runner';
import { USERS_COLLECTION } from '../../identity/projections/users.projection';
import { INTERVIEWS_COLLECTION } from '../../interview/projections/interviews.projection';
import { SUBSCRIPTIONS_COLLECTION } from '../../billing/projections/subscriptions.projection';
import { EventLogTally } from './event-log-tally';
import { GetSystemStatsQuery, ProjectionStats, SystemStats } from './get-system-stats.query';

export const LAG_COUNT_CAP = 1000;

@QueryHandler(GetSystemStatsQuery)
export class GetSystemStatsHandler implements IQueryHandler<GetSystemStatsQuery> {
  private readonly tally: EventLogTally;

  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Optional() @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress | null,
  ) {
    this.tally = new EventLogTally(events);
  }

  async execute(): Promise<SystemStats> {
    const users = this.store.collection(USERS_COLLECTION);
    const interviews = this.store.collection(INTERVIEWS_COLLECTION);
    const subscriptions = this.store.collection(SUBSCRIPTIONS_COLLECTION);
    const [usersByRole, usersByStatus, superusers, interviewsByStatus, byPlan, subsByStatus, log, projections] = await Promise.all([
      countBy(users, 'role'),
      countBy(users, 'status'),
      users.count({ isSuperuser: true }),
      countBy(interviews, 'status'),
      countBy(subscriptions, 'planId'),
      countBy(subscriptions, 'status'),
      this.tally.count(),
      this.projectionStats(),
    ]);
    return {
      users: { total: sum(usersByRole), superusers, byRole: usersByRole, byStatus: usersByStatus },
      interviews: { total: sum(interviewsByStatus), byStatus: interviewsByStatus },
      subscriptions: { total: sum(byPlan), byPlan, byStatus: subsByStatus },
      events: { total: log.total, headPosition: log.position, byType: log.byType },
      projections,
      generatedAt: new Date().toISOString(),
    };
  }

  private async projectionStats(): Promise<ProjectionStats[]> {
    const [head, saved] = await Promise.all([
      this.events.headPosition(),
      readEffectiveCheckpoints(this.store),
    ]);
    // The in-process runner saves checkpoints in batches; what it has applied in memory is at least its position.
    const floor = this.progress instanceof ProjectionRunner ? this.progress.position : START_POSITION;
    return Promise.all(
      ALL_PROJECTIONS.map(async (p) => {
        const checkpoint = saved.get(p.name) ?? START_POSITION;
        const position = later(checkpoint, floor);
        return { name: p.name, position, ...(await this.lag(position, head)) };
      }),
    );
  }

  private async lag(position: LogPosition, head: LogPosition): Promise<Omit<ProjectionStats, 'name' | 'position'>> {
    if (head === START_POSITION || (position !== START_POSITION && comparePositions(position, head) >= 0)) {
      return { caughtUp: true, lagEvents: 0, lagCapped: false, lagMs: 0 };
    }
    const pending = await this.events.readAll({ after: position, maxCount: LAG_COUNT_CAP + 1 });
    return {
      caughtUp: pending.length === 0,
      lagEvents: Math.min(pending.length, LAG_COUNT_CAP),
      lagCapped: pending.length > LAG_COUNT_CAP,
      lagMs: pending.length ? Math.max(0, Date.now() - Date.parse(pending[0].recordedAt)) : 0,
    };
  }
}

async function countBy(collection: ReadCollection<{ _id: string }>, field: string): Promise<Record<string, number>> {
  const rows = await collection.aggregate<{ _id: string | null; count: number }>([{ $group: { _id: `$${field}`, count: { $sum: 1 } } }]);
  return Object.fromEntries(rows.map((r) => [String(r._id ?? 'unknown'), r.count]).sort());
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function later(a: LogPosition, b: LogPosition): LogPosition {
  if (a === START_POSITION) return b;
  if (b === START_POSITION) return a;
  return comparePositions(a, b) >= 0 ? a : b;
}
