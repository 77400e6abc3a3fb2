import { CandidateCommand, CreateCandidateFromCv } from './candidate.commands';
import { candidateDecider } from './candidate.decider';
import { CandidateCreated, CandidateEvent } from './candidate.events';
import { CandidateProfile, CvFile, EMPTY_PROFILE } from './candidate.types';
import { givenWhenThen } from '@candor/testing';
import { DomainError } from '../shared/domain-error';

const ID = '5a1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const OWNER = 'owner-1';
const T0 = '2026-01-10T09:00:00.000Z';
const NOW = '2026-01-15T14:00:00.000Z';

const given = givenWhenThen(candidateDecider);

const meta = { now: NOW, userId: OWNER };
const profile: CandidateProfile = { ...EMPTY_PROFILE, fullName: 'John Doe', email: 'john@example.com', technicalSkills: ['Python'] };
const cv: CvFile = { fileName: 'cv.pdf', format: 'pdf', contentType: 'application/pdf', sizeBytes: 1200, sha256: 'ab', storageKey: `cvs/${ID}/cv.pdf` };
type CreateData = CreateCandidateFromCv['data'];
const createData: CreateData = { candidateId: ID, ownerId: OWNER, profile, cv, parsingStatus: 'completed', parsingError: null, cvText: 'John Doe\nPython' };
const create = (data: Partial<CreateData> = {}): CandidateCommand => ({ type: 'CreateCandidateFromCv', metadata: meta, data: { ...createData, ...data } });
const note = (noteId: string, content = 'Strong background'): CandidateCommand => ({
  type: 'AddCandidateNote',
  metadata: meta,
  data: { noteId, authorId: OWNER, authorName: 'Rita Recruiter', content },
});

const created: CandidateCreated = { type: 'CandidateCreated', data: { ...createData, createdAt: T0 } };

describe('candidate decider', () => {
  describe('CreateCandidateFromCv', () => {
    it('creates the candidate with its profile, file and parsing outcome', () => {
      given([]).when(create()).then([{ type: 'CandidateCreated', data: { ...createData, createdAt: NOW } }]);
    });

    it('keeps a CV that could not be read, saying why', () => {
      const failed = { parsingStatus: 'failed' as const, parsingError: 'pdftotext could not read the file', cvText: null, profile: EMPTY_PROFILE };
      given([]).when(create(failed)).then([{ type: 'CandidateCreated', data: { ...createData, ...failed, createdAt: NOW } }]);
    });

    it.each<[string, CandidateEvent[], CandidateCommand, string, DomainError['kind']]>([
      ['refuses a failed parse without a reason', [], create({ parsingStatus: 'failed', parsingError: null }), 'CANDIDATE.INVALID', 'invalid'],
      ['refuses a malformed email', [], create({ profile: { ...profile, email: 'not-an-email' } }), 'CANDIDATE.INVALID', 'invalid'],
      ['refuses an unsupported CV format', [], create({ cv: { ...cv, format: 'exe' as never } }), 'CANDIDATE.UNSUPPORTED_CV_TYPE', 'invalid'],
      ['refuses an empty CV file', [], create({ cv: { ...cv, sizeBytes: 0 } }), 'CANDIDATE.INVALID', 'invalid'],
      ['refuses a second creation of the same candidate', [created], create(), 'CANDIDATE.ALREADY_EXISTS', 'conflict'],
    ])('%s', (_name, history, command, code, kind) => {
      given(history).when(command).thenThrows(code, kind);
    });
  });

  describe('AddCandidateNote', () => {
    it('records a note by its author', () => {
      given([created])
        .when(note('n1'))
        .then([
          {
            type: 'CandidateNoteAdded',
            data: { candidateId: ID, noteId: 'n1', authorId: OWNER, authorName: 'Rita Recruiter', content: 'Strong background', createdAt: NOW },
          },
        ]);
    });

    it('records a retried note once', () => {
      const added: CandidateEvent = {
        type: 'CandidateNoteAdded',
        data: { candidateId: ID, noteId: 'n1', authorId: OWNER, authorName: null, content: 'x', createdAt: T0 },
      };
      given([created, added]).when(note('n1')).then([]);
    });

    it.each<[string, CandidateEvent[], CandidateCommand, string, DomainError['kind']]>([
      ['refuses a blank note', [created], note('n2', '   '), 'CANDIDATE.INVALID', 'invalid'],
      ['refuses a note on an unknown candidate', [], note('n3'), 'CANDIDATE.NOT_FOUND', 'not_found'],
    ])('%s', (_name, history, command, code, kind) => {
      given(history).when(command).thenThrows(code, kind);
    });
  });
});
