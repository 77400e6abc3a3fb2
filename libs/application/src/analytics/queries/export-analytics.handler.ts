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
];

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote what CSV needs quoted; prefix formula starters so a spreadsheet never evaluates a cell.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

@QueryHandler(ExportAnalyticsQuery)
export class ExportAnalyticsHandler implements IQueryHandler<ExportAnalyticsQuery> {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async execute({ viewer, scope }: ExportAnalyticsQuery): Promise<Readable> {
    const interviews = this.reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION);
    const scoreCards = this.reads.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION);
    const match = scopeFilter(viewer, scope);
    const total = await interviews.count(match);
    const PAGE = 200;
    async function* rows(): AsyncGenerator<string> {
      yield ANALYTICS_CSV_COLUMNS.join(',') + '\n';
      for (let skip = 0; skip < total; skip += PAGE) {
        const page = await interviews.find(match, { sort: { createdAt: 1, createdPosition: 1 }, skip, limit: PAGE });
        const cards = new Map((await scoreCards.find({ interviewId: { $in: page.map((p) => p.id) } })).map((c) => [c.interviewId, c]));
        for (const doc of page) {
          const overall = cards.get(doc.id)?.card.overall;
          yield [
            doc.id,
            doc.title,
            doc.candidateName,
            doc.candidateEmail,
            doc.position,
            doc.status,
            doc.createdAt,
            doc.startedAt,
            doc.endedAt,
            durationMinutes(doc),
            doc.technicalScore,
            doc.behavioralScore,
            overall === undefined ? null : round(overall * 100),
          ]
            .map(csvCell)
            .join(',') + '\n';
        }
      }
    }
    return Readable.from(rows());
  }
}
