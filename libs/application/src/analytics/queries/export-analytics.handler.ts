import { Readable } from 'node:stream';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../../interview/projections/score-card.projection';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { durationMinutes, round, scopeFilter } from '../analytics-pipelines';
import { ExportAnalyticsQuery } from './export-analytics.query';

export const ANALYTICS_CSV_COLUMNS = [
  'interview_id',
  'title',
  'candidate_name',
  'candidate_email',
  'position',
  'status',
  'created_at',
  'started_at',
  'ended_at',
  'duration_minutes',
  'technical_score',
  'behavioral_score',
  'overall_score',
] as const;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote what CSV needs quoted; prefix formula starters so a spreadsheet never evaluates a cell.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type ExportRow = Record<(typeof ANALYTICS_CSV_COLUMNS)[number], string | number | null>;

@QueryHandler(ExportAnalyticsQuery)
export class ExportAnalyticsHandler implements IQueryHandler<ExportAnalyticsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ viewer, scope, format }: ExportAnalyticsQuery): Promise<Readable> {
    const rows = this.rows(scopeFilter(viewer, scope), await this.reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION).count(scopeFilter(viewer, scope)));
    return Readable.from(format === 'json' ? asJson(rows) : asCsv(rows));
  }

  /** The rows in creation order, read a page at a time so a large export never sits whole in memory. */
  private async *rows(match: ReturnType<typeof scopeFilter>, total: number): AsyncGenerator<ExportRow> {
    const interviews = this.reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION);
    const scoreCards = this.reads.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION);
    const PAGE = 200;
    for (let skip = 0; skip < total; skip += PAGE) {
      const page = await interviews.find(match, { sort: { createdAt: 1, createdPosition: 1 }, skip, limit: PAGE });
      const cards = new Map((await scoreCards.find({ interviewId: { $in: page.map((p) => p.id) } })).map((c) => [c.interviewId, c]));
      for (const doc of page) {
        const overall = cards.get(doc.id)?.card.overall;
        yield {
          interview_id: doc.id,
          title: doc.title,
          candidate_name: doc.candidateName ?? null,
          candidate_email: doc.candidateEmail ?? null,
          position: doc.position ?? null,
          status: doc.status,
          created_at: doc.createdAt,
          started_at: doc.startedAt ?? null,
          ended_at: doc.endedAt ?? null,
          duration_minutes: durationMinutes(doc),
          technical_score: doc.technicalScore ?? null,
          behavioral_score: doc.behavioralScore ?? null,
          overall_score: overall === undefined ? null : round(overall * 100),
        };
      }
    }
  }
}

async function* asCsv(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  yield ANALYTICS_CSV_COLUMNS.join(',') + '\n';
  for await (const row of rows) yield ANALYTICS_CSV_COLUMNS.map((c) => csvCell(row[c])).join(',') + '\n';
}

/** A JSON array written element by element (valid JSON once the stream ends). */
async function* asJson(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  let first = true;
  yield '[';
  for await (const row of rows) {
    yield (first ? '\n' : ',\n') + JSON.stringify(row);
    first = false;
  }
  yield '\n]\n';
}
