import { CommandMetadata } from '../shared/event';
import { CandidateProfile, CvFile, ParsingStatus } from './candidate.types';

interface Command<TType extends string, TData extends object> {
  readonly type: TType;
  readonly data: TData;
  readonly metadata: CommandMetadata;
}

/** A candidate from an uploaded CV: the stored file, what parsing found, and the text it read (for question generation). */
export type CreateCandidateFromCv = Command<
  'CreateCandidateFromCv',
  {
    readonly candidateId: string;
    readonly ownerId: string;
    readonly profile: CandidateProfile;
    readonly cv: CvFile;
    readonly parsingStatus: ParsingStatus;
    readonly parsingError: string | null;
    readonly cvText: string | null;
  }
>;

export type AddCandidateNote = Command<
  'AddCandidateNote',
  { readonly noteId: string; readonly authorId: string; readonly authorName: string | null; readonly content: string }
>;

export type CandidateCommand = CreateCandidateFromCv | AddCandidateNote;
