import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { adverseImpact, ImpactObservation, InterviewScoreCard } from '@candor/domain';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { SCORE_CARDS_COLLECTION, ScoreCardDocument } from '../../interview/projections/score-card.projection';
import { AUDIT_ACCESS_RECORDER, AuditAccessRecorder } from '../../audit-access/audit-access.recorder';
import { GROUP_LABELS_COLLECTION, GroupLabelsDocument } from '../projections/group-labels.projection';
import { ADVERSE_IMPACT_MIN_COUNT, AdverseImpactQuery, AdverseImpactResult } from './adverse-impact.query';

const SELECTED = ['hire', 'strong_hire'];
const SCORE_DIMENSIONS = ['overall', 'technical', 'communication', 'problem_solving', 'code_quality', 'behavioral'];

function scoresOf(card: InterviewScoreCard): Record<string, number | null> {
  return {
    overall: card.overall,
    technical: card.technical?.score ?? null,
    communication: card.communication?.score ?? null,
    problem_solving: card.problemSolving?.score ?? null,
    code_quality: card.codeQuality?.score ?? null,
    behavioral: card.behavioral?.score ?? null,
  };
}

/** Scores and labels meet only here, in aggregate: the report never lists an interview or a candidate. */
@QueryHandler(AdverseImpactQuery)
export class AdverseImpactHandler implements IQueryHandler<AdverseImpactQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder,
    @Inject(ADVERSE_IMPACT_MIN_COUNT) private readonly minimum: number,
  ) {}

  async execute(q: AdverseImpactQuery): Promise<AdverseImpactResult> {
    const f = q.filter;
    const minCount = Math.max(this.minimum, f.minCount ?? 0);
    await this.access.record(q.reader, { target: 'adverse-impact', action: `report job=${f.jobId ?? 'any'} ${f.from ?? ''}..${f.to ?? ''}`, reason: q.reason, reasonRequired: false });
    const created: Record<string, string> = {};
    if (f.from) created.$gte = f.from;
    if (f.to) created.$lte = f.to;
    const interviews = await this.store
      .collection<InterviewDocument>(INTERVIEWS_COLLECTION)
      .find({ ...(f.jobId ? { jobId: f.jobId } : {}), ...(Object.keys(created).length ? { createdAt: created } : {}) }, { projection: { _id: 1 } });
    const ids = interviews.map((i) => i._id);
    const [cards, labels] = await Promise.all([
      this.store.collection<ScoreCardDocument>(SCORE_CARDS_COLLECTION).find({ _id: { $in: ids } }),
      this.store.collection<GroupLabelsDocument>(GROUP_LABELS_COLLECTION).find({ _id: { $in: ids } }),
    ]);
    const labelsOf = new Map(labels.filter((l) => l.labels).map((l) => [l._id, l.labels!]));
    const labelled = cards.filter((c) => labelsOf.has(c._id));
    const dimensions = f.dimension ? [f.dimension] : [...new Set(labelled.flatMap((c) => Object.keys(labelsOf.get(c._id)!)))].sort();
    const reports = dimensions.map((dimension) => {
      const observations: ImpactObservation[] = labelled.flatMap((c) => {
        const group = labelsOf.get(c._id)![dimension];
        return group === undefined ? [] : [{ group, selected: SELECTED.includes(c.card.recommendation), scores: scoresOf(c.card) }];
      });
      return adverseImpact(dimension, observations, minCount, SCORE_DIMENSIONS);
    });
    return { filter: f, minCount, selectedWhen: SELECTED, scoreDimensions: SCORE_DIMENSIONS, scored: cards.length, labelled: labelled.length, reports };
  }
}
