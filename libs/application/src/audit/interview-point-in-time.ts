/**
 * An interview as it stood at a point of the log, computed by folding its events with the very projections
 * that build the read models (no second implementation of any view), and the difference between two points.
 */
import { RecordedEvent } from '@candor/contracts';
import { ProjectedDocument, Projection } from '../projections/projection';
import { INTERVIEW_PROJECTIONS } from '../interview/projections/interview.projections';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../interview/projections/interviews.projection';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../interview/projections/score-card.projection';
import { composeInterviewReport, InterviewReport } from '../interview/reports/interview-report';

/** The streams whose events an interview's read models are built from (scoring may live in its own stream). */
export function interviewSourceStreams(interviewId: string): string[] {
  return [`interview-${interviewId}`, `assessment-${interviewId}`];
}

export interface InterviewAtPoint {
  /** Every interview read model, by collection: the documents of this interview as they stood. */
  readonly readModels: Record<string, ProjectedDocument[]>;
  /** Each state the score card went through, oldest first (one per scoring event). */
  readonly scoreVersions: ScoreCardDocument[];
  readonly report: InterviewReport | null;
  /** The last event folded (null: the interview did not exist yet). */
  readonly lastEvent: { readonly position: string; readonly streamId: string; readonly revision: number; readonly recordedAt: string } | null;
  readonly eventCount: number;
}

/** `events` in log order, already cut at the point; documents of other interviews are left out. */
export function foldInterviewAt(interviewId: string, events: readonly RecordedEvent[], projections: readonly Projection[] = INTERVIEW_PROJECTIONS): InterviewAtPoint {
  const docs = new Map<Projection, Map<string, ProjectedDocument>>(projections.map((p) => [p, new Map()]));
  const scoreVersions: ScoreCardDocument[] = [];
  for (const event of events) {
    for (const projection of projections) {
      if (!projection.eventTypes.includes(event.type)) continue;
      const byId = docs.get(projection)!;
      for (const id of projection.documentIds(event)) {
        const next = projection.evolve(byId.get(id) ?? null, event);
        if (next === null) byId.delete(id);
        else byId.set(id, { ...next, _position: event.position });
        if (projection.collection === SCORE_CARDS_COLLECTION && next) scoreVersions.push(next as ScoreCardDocument);
      }
    }
  }
  const readModels: Record<string, ProjectedDocument[]> = {};
  for (const [projection, byId] of docs) {
    readModels[projection.collection] = [...byId.values()].filter((d) => belongsTo(d, interviewId));
  }
  const interview = readModels[INTERVIEWS_COLLECTION]?.[0] as InterviewDocument | undefined;
  const score = readModels[SCORE_CARDS_COLLECTION]?.[0] as ScoreCardDocument | undefined;
  const last = events.at(-1);
  return {
    readModels,
    scoreVersions,
    report: interview && score ? composeInterviewReport(interview, score) : null,
    lastEvent: last ? { position: last.position, streamId: last.streamId, revision: last.revision, recordedAt: last.recordedAt } : null,
    eventCount: events.length,
  };
}

function belongsTo(doc: ProjectedDocument, interviewId: string): boolean {
  const owner = (doc as { interviewId?: unknown }).interviewId;
  return owner === undefined ? doc._id === interviewId : owner === interviewId;
}

export interface ValueChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Every leaf that differs between two JSON values, by dotted path (arrays by index). */
export function diffValues(before: unknown, after: unknown, path = ''): ValueChange[] {
  if (Object.is(before, after)) return [];
  const bothObjects = isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after);
  if (!bothObjects) return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path: path || '$', before: before ?? null, after: after ?? null }];
  const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
  return [...keys]
    .sort()
    .flatMap((key) => diffValues((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
