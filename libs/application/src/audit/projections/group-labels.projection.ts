import { RecordedEvent } from '@candor/contracts';
import { GroupLabelsRecorded } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';

/** An interview candidate's self-reported group labels, read only by the adverse-impact report. */
export interface GroupLabelsDocument extends ProjectedDocument {
  interviewId: string;
  /** Null once withdrawn or erased. */
  labels: Record<string, string> | null;
  recordedAt: string;
}

export const GROUP_LABELS_COLLECTION = 'audit_group_labels';

export const groupLabelsProjection: Projection<GroupLabelsDocument> = {
  name: 'audit-group-labels',
  collection: GROUP_LABELS_COLLECTION,
  eventTypes: ['GroupLabelsRecorded'],
  documentIds: (event: RecordedEvent) => [String(event.data.interviewId)],
  evolve(_doc, recorded) {
    const { interviewId, labels, recordedAt } = (recorded as unknown as GroupLabelsRecorded).data;
    // An erased person's labels read `[erased]` (a string): they no longer count.
    const usable = labels && typeof labels === 'object' && Object.keys(labels).length > 0 ? { ...labels } : null;
    return { _id: interviewId, interviewId, labels: usable, recordedAt };
  },
};
