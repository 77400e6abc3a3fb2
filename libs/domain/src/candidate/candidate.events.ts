import { DomainEvent } from '../shared/event';
import { CandidateProfile, CvFile, ParsingStatus } from './candidate.types';

export type CandidateCreated = DomainEvent<
  'CandidateCreated',
  {
    readonly candidateId: string;
    readonly ownerId: string;
    readonly profile: CandidateProfile;
    readonly cv: CvFile;
    readonly parsingStatus: ParsingStatus;
    readonly parsingError: string | null;
    readonly cvText: string | null;
    readonly createdAt: string;
  }
>;

export type CandidateNoteAdded = DomainEvent<
  'CandidateNoteAdded',
  {
    readonly candidateId: string;
    readonly noteId: string;
    readonly authorId: string;
    readonly authorName: string | null;
    readonly content: string;
    readonly createdAt: string;
  }
>;

export type CandidateEvent = CandidateCreated | CandidateNoteAdded;

export const CANDIDATE_EVENT_TYPES: readonly CandidateEvent['type'][] = ['CandidateCreated', 'CandidateNoteAdded'];

export const CANDIDATE_STREAM_PREFIX = 'candidate-';

export function candidateStreamId(candidateId: string): string {
  return `${CANDIDATE_STREAM_PREFIX}${candidateId}`;
}
