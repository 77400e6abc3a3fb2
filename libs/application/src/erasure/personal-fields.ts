/**
 * Which fields of which events are personal data, and whose. Those fields are stored encrypted with the
 * person's key (personal-data-event-store.ts); deciders and projections only ever see them decrypted, or as
 * `[erased]` once the key is destroyed.
 */
import { createHash } from 'node:crypto';
import { NewEvent } from '@candor/contracts';

export const ERASED = '[erased]';

export interface PersonalFields {
  /** Dotted paths inside `data`. */
  readonly paths: readonly string[];
  /** The person an event names (its stream then belongs to them); null: the person its stream belongs to. */
  readonly subject?: (event: NewEvent, streamId: string) => string | null;
  /**
   * For an event that copies another person's data into a stream many people share (a webhook's deliveries, a
   * template's invitations): where the data came from. The fields are sealed with the key of that stream's
   * person (else of the email, when the copy carries one); the event's own stream is recorded as holding a copy
   * of theirs, never made theirs. Nothing is sealed when neither names a person.
   */
  readonly copiedFrom?: (event: NewEvent) => CopySource;
}

export interface CopySource {
  readonly streamId: string | null;
  readonly email?: unknown;
}

/** A person is known by their email where there is one, so an interview and a CV of the same person share a key. */
export function personIdFromEmail(email: string): string {
  return `person-${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)}`;
}

function suffix(streamId: string): string {
  return streamId.slice(streamId.indexOf('-') + 1);
}

/** The person an email names, if it is one. */
export function personOfEmail(email: unknown): string | null {
  return typeof email === 'string' && email.includes('@') ? personIdFromEmail(email) : null;
}

function byEmail(email: unknown, fallback: string): string {
  return personOfEmail(email) ?? fallback;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** A delivery's payload names the interview or the candidate it announces (webhook/delivery/webhook-triggers.ts). */
function deliverySource(e: NewEvent): CopySource {
  const payload = (e.data.payload ?? {}) as Record<string, unknown>;
  const interviewId = text(payload.interview_id);
  const candidateId = text(payload.candidate_id);
  return { streamId: interviewId ? `interview-${interviewId}` : candidateId ? `candidate-${candidateId}` : null, email: payload.email };
}

export const PERSONAL_FIELDS: Readonly<Record<string, PersonalFields>> = {
  InterviewCreated: {
    paths: ['details.candidateName', 'details.candidateEmail'],
    subject: (e, stream) => byEmail((e.data.details as { candidateEmail?: unknown } | undefined)?.candidateEmail, `interview-subject-${suffix(stream)}`),
  },
  InterviewUpdated: { paths: ['changes.candidateName', 'changes.candidateEmail'] },
  MessageRecorded: { paths: ['text'] },
  /** The candidate's own words on why they withdrew. */
  CandidateWithdrew: { paths: ['reason'] },
  RecordingUploaded: { paths: ['fileName', 'storageKey'] },
  RecordingDeleted: { paths: ['storageKey'] },
  RecordingTranscribed: { paths: ['text'] },
  /** Self-reported group labels: sensitive, and erased with their person. */
  GroupLabelsRecorded: { paths: ['labels'] },
  CandidateCreated: {
    paths: ['profile.fullName', 'profile.email', 'profile.phone', 'profile.linkedinUrl', 'profile.location', 'profile.summary', 'cv.fileName', 'cv.storageKey', 'cvText'],
    subject: (e, stream) => byEmail((e.data.profile as { email?: unknown } | undefined)?.email, `candidate-subject-${suffix(stream)}`),
  },
  /** An evaluation of the candidate, in words (a reviewer's or the AI's); its scores stay readable for the audit. */
  EvaluationRecorded: { paths: ['summary'] },
  InterviewAssessed: { paths: ['evaluation.summary'] },
  /** A recruiter's note about the candidate. */
  CandidateNoteAdded: { paths: ['content'] },
  /** The name a participant joined the interview's room with (the candidate's, usually). */
  ParticipantJoined: { paths: ['participantName'] },
  ParticipantLeft: { paths: ['participantName'] },
  /** A template's invitations go to many candidates: each is the invited interview's person's. */
  InterviewInvitationSent: {
    paths: ['candidateEmail', 'candidateName', 'message'],
    copiedFrom: (e) => ({ streamId: text(e.data.interviewId) && `interview-${String(e.data.interviewId)}`, email: e.data.candidateEmail }),
  },
  /** A webhook's deliveries copy the announced candidate's name and email (re-sent as stored on a replay). */
  WebhookDeliveryQueued: { paths: ['payload.candidate_name', 'payload.full_name', 'payload.email'], copiedFrom: deliverySource },
};

/** Streams that hold an interview's data beside its own (`recording-<id>`, `assessment-<id>`) belong to its person. */
export function relatedSubjectStream(streamId: string): string | null {
  const dash = streamId.indexOf('-');
  if (dash <= 0) return null;
  const category = streamId.slice(0, dash);
  return category === 'interview' || category === 'candidate' ? null : `interview-${streamId.slice(dash + 1)}`;
}

export function readPath(data: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
}

/** A copy of `data` with the value at `path` replaced (only where the path exists). */
export function writePath(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (!(head in data)) return data;
  if (rest.length === 0) return { ...data, [head]: value };
  const child = data[head];
  if (!child || typeof child !== 'object' || Array.isArray(child)) return data;
  return { ...data, [head]: writePath(child as Record<string, unknown>, rest.join('.'), value) };
}
