import { CommandMetadata, DomainEvent } from '../shared/event';
import { DomainError } from '../shared/domain-error';

/**
 * Self-reported group labels of an interview's candidate (e.g. `{gender: "female", age_band: "40+"}`), supplied by
 * the organisation for adverse-impact analysis only. They live on their own stream (`labels-<interview id>`),
 * apart from the interview, so the scorer (which reads the interview's stream) never sees them.
 */
export type GroupLabelsRecorded = DomainEvent<
  'GroupLabelsRecorded',
  { readonly interviewId: string; readonly labels: Readonly<Record<string, string>>; readonly recordedBy: string; readonly recordedAt: string }
>;

export type RecordGroupLabels = {
  readonly type: 'RecordGroupLabels';
  readonly data: { readonly interviewId: string; readonly labels: Readonly<Record<string, unknown>>; readonly actorId: string };
  readonly metadata: CommandMetadata;
};

export const MAX_LABELS = 10;
const KEY = /^[a-z][a-z0-9_]{0,39}$/;
const MAX_VALUE = 60;

export function groupLabelsStreamId(interviewId: string): string {
  return `labels-${interviewId}`;
}

const invalid = (detail: string) => new DomainError('AUDIT.INVALID_LABELS', `labels: ${detail}`, 'invalid', { field: 'labels' });

/** Replaces the candidate's labels (an empty object withdraws them); the same labels again record nothing. */
export function decideGroupLabels(command: RecordGroupLabels, current: Readonly<Record<string, string>> | null): GroupLabelsRecorded[] {
  const { interviewId, labels, actorId } = command.data;
  const entries = Object.entries(labels);
  if (entries.length > MAX_LABELS) throw invalid(`at most ${MAX_LABELS} labels`);
  const clean: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (!KEY.test(key)) throw invalid(`"${key}" is not a label name (lower case letters, digits, underscores)`);
    if (typeof value !== 'string' || value.trim() === '' || value.trim().length > MAX_VALUE) throw invalid(`${key} must be text of 1 to ${MAX_VALUE} characters`);
    clean[key] = value.trim();
  }
  if (current && JSON.stringify(Object.entries(current).sort()) === JSON.stringify(Object.entries(clean).sort())) return [];
  return [{ type: 'GroupLabelsRecorded', data: { interviewId, labels: clean, recordedBy: actorId, recordedAt: command.metadata.now } }];
}

export function evolveGroupLabels(_state: Readonly<Record<string, string>> | null, event: GroupLabelsRecorded): Readonly<Record<string, string>> | null {
  return typeof event.data.labels === 'object' ? event.data.labels : null;
}
