import { assertNever, Decider } from '../shared/decider';
import { AddCandidateNote, CandidateCommand, CreateCandidateFromCv } from './candidate.commands';
import { CandidateErrors } from './candidate.errors';
import { CandidateEvent } from './candidate.events';
import { MAX_CV_TEXT, validateCvFile, validateNote, validateProfile } from './candidate.validation';

/** What decisions need: existence, the owner, and the notes already recorded (a retried note is a no-op). */
export interface CandidateState {
  readonly exists: boolean;
  readonly candidateId: string | null;
  readonly ownerId: string | null;
  readonly noteIds: readonly string[];
}

export const initialCandidateState = (): CandidateState => ({ exists: false, candidateId: null, ownerId: null, noteIds: [] });

export function decideCandidate(command: CandidateCommand, state: CandidateState): CandidateEvent[] {
  switch (command.type) {
    case 'CreateCandidateFromCv':
      return create(command, state);
    case 'AddCandidateNote':
      return addNote(command, state);
    default:
      return assertNever(command);
  }
}

export function evolveCandidate(state: CandidateState, event: CandidateEvent): CandidateState {
  switch (event.type) {
    case 'CandidateCreated':
      return { ...state, exists: true, candidateId: event.data.candidateId, ownerId: event.data.ownerId };
    case 'CandidateNoteAdded':
      return { ...state, noteIds: [...state.noteIds, event.data.noteId] };
    default:
      return assertNever(event);
  }
}

export const candidateDecider: Decider<CandidateState, CandidateCommand, CandidateEvent> = {
  initialState: initialCandidateState,
  decide: decideCandidate,
  evolve: evolveCandidate,
};

function create(command: CreateCandidateFromCv, state: CandidateState): CandidateEvent[] {
  const d = command.data;
  if (state.exists) throw CandidateErrors.alreadyExists(d.candidateId);
  if (!d.ownerId) throw CandidateErrors.invalid('owner', 'is required');
  validateProfile(d.profile);
  validateCvFile(d.cv);
  if (d.parsingStatus === 'failed' && !d.parsingError) throw CandidateErrors.invalid('parsing_error', 'a failed parse must say why');
  if (d.cvText !== null && d.cvText.length > MAX_CV_TEXT) throw CandidateErrors.invalid('cv_text', `must be at most ${MAX_CV_TEXT} characters`);
  return [
    {
      type: 'CandidateCreated',
      data: {
        candidateId: d.candidateId,
        ownerId: d.ownerId,
        profile: d.profile,
        cv: d.cv,
        parsingStatus: d.parsingStatus,
        parsingError: d.parsingError,
        cvText: d.cvText,
        createdAt: command.metadata.now,
      },
    },
  ];
}

function addNote(command: AddCandidateNote, state: CandidateState): CandidateEvent[] {
  if (!state.exists) throw CandidateErrors.notFound();
  const d = command.data;
  if (state.noteIds.includes(d.noteId)) return [];
  validateNote(d.content);
  if (!d.authorId) throw CandidateErrors.invalid('author', 'is required');
  return [
    {
      type: 'CandidateNoteAdded',
      data: {
        candidateId: state.candidateId as string,
        noteId: d.noteId,
        authorId: d.authorId,
        authorName: d.authorName,
        content: d.content,
        createdAt: command.metadata.now,
      },
    },
  ];
}
