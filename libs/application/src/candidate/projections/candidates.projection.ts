import { RecordedEvent } from '@candor/contracts';
import { assertNever, CANDIDATE_EVENT_TYPES, CANDIDATE_STREAM_PREFIX, CandidateEvent, CvFile, Education, ParsingStatus, WorkExperience } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { idsFromEntityStreams } from '../../projections/ids-from-entity-streams';

export interface CandidateNote {
  id: string;
  authorId: string;
  authorName: string | null;
  content: string;
  createdAt: string;
}

/** One candidate as S3's list and detail show it, with its notes and the text read from its CV. */
export interface CandidateDocument extends ProjectedDocument {
  id: string;
  ownerId: string;
  fullName: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  linkedinUrl: string | null;
  links: string[];
  summary: string | null;
  technicalSkills: string[];
  /** Lower-cased skills for the `skill` filter. */
  technicalSkillKeys: string[];
  softSkills: string[];
  workExperience: WorkExperience[];
  education: Education[];
  totalExperienceYears: number | null;
  parsingStatus: ParsingStatus;
  parsingError: string | null;
  cv: CvFile;
  cvText: string | null;
  notes: CandidateNote[];
  /** Lower-cased name and email, for the `search` filter. */
  searchText: string;
  createdAt: string;
  createdPosition: string;
  updatedAt: string;
}

export const CANDIDATES_COLLECTION = 'candidates';


export const candidatesProjection: Projection<CandidateDocument> = {
  name: 'candidates',
  collection: CANDIDATES_COLLECTION,
  eventTypes: CANDIDATE_EVENT_TYPES,
  indexes: [{ keys: { ownerId: 1, createdAt: -1, createdPosition: -1 } }, { keys: { createdAt: -1 } }],
  documentIds: idsFromEntityStreams(CANDIDATE_STREAM_PREFIX, 'candidateId'),
  evolve: (doc, recorded) => evolveCandidateDocument(doc, recorded),
};

export function evolveCandidateDocument(doc: CandidateDocument | null, recorded: RecordedEvent): CandidateDocument | null {
  const event = recorded as unknown as CandidateEvent;
  switch (event.type) {
    case 'CandidateCreated': {
      const d = event.data;
      const p = d.profile;
      return {
        _id: d.candidateId,
        id: d.candidateId,
        ownerId: d.ownerId,
        fullName: p.fullName,
        email: p.email,
        phone: p.phone,
        location: p.location,
        linkedinUrl: p.linkedinUrl,
        links: [...(p.links ?? [])],
        summary: p.summary,
        technicalSkills: [...p.technicalSkills],
        technicalSkillKeys: p.technicalSkills.map((s) => s.toLowerCase()),
        softSkills: [...p.softSkills],
        workExperience: p.workExperience.map((w) => ({ ...w })),
        education: p.education.map((e) => ({ ...e })),
        totalExperienceYears: p.totalExperienceYears,
        parsingStatus: d.parsingStatus,
        parsingError: d.parsingError,
        cv: { ...d.cv },
        cvText: d.cvText,
        notes: [],
        searchText: `${p.fullName ?? ''} ${p.email ?? ''}`.toLowerCase(),
        createdAt: d.createdAt,
        createdPosition: recorded.position,
        updatedAt: d.createdAt,
      };
    }
    case 'CandidateNoteAdded': {
      if (!doc) return null;
      const d = event.data;
      return {
        ...doc,
        notes: [...doc.notes, { id: d.noteId, authorId: d.authorId, authorName: d.authorName, content: d.content, createdAt: d.createdAt }],
        updatedAt: d.createdAt,
      };
    }
    default:
      return assertNever(event);
  }
}
