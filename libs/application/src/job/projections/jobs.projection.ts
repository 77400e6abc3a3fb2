import { RecordedEvent } from '@candor/contracts';
import { assertNever, JOB_EVENT_TYPES, JOB_STREAM_PREFIX, JobDifficulty, JobEvent } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { idsFromEntityStreams } from '../../projections/ids-from-entity-streams';

/** One job posting as S3's list and detail show it; a deleted job has no document. */
export interface JobDocument extends ProjectedDocument {
  id: string;
  ownerId: string;
  title: string;
  company: string | null;
  description: string;
  location: string | null;
  responsibilities: string[];
  requirements: string[];
  requiredSkills: string[];
  /** Lower-cased skills: the `skill` filter matches them case-insensitively. */
  requiredSkillKeys: string[];
  experienceLevel: string | null;
  jobType: string | null;
  defaultDifficulty: JobDifficulty;
  enableVideoAnalysis: boolean;
  isActive: boolean;
  aiGenerated: boolean;
  /** Lower-cased title and company, for the `search` filter. */
  searchText: string;
  createdAt: string;
  /** Orders jobs created within the same millisecond. */
  createdPosition: string;
  updatedAt: string;
}

export const JOBS_COLLECTION = 'jobs';


export const jobsProjection: Projection<JobDocument> = {
  name: 'jobs',
  collection: JOBS_COLLECTION,
  eventTypes: JOB_EVENT_TYPES,
  indexes: [{ keys: { ownerId: 1, createdAt: -1, createdPosition: -1 } }, { keys: { createdAt: -1 } }, { keys: { isActive: 1 } }],
  documentIds: idsFromEntityStreams(JOB_STREAM_PREFIX, 'jobId'),
  evolve: (doc, recorded) => evolveJobDocument(doc, recorded),
};

export function evolveJobDocument(doc: JobDocument | null, recorded: RecordedEvent): JobDocument | null {
  const event = recorded as unknown as JobEvent;
  switch (event.type) {
    case 'JobCreated': {
      const d = event.data;
      return withDerived({
        _id: d.jobId,
        id: d.jobId,
        ownerId: d.ownerId,
        title: d.details.title,
        company: d.details.company,
        description: d.details.description,
        location: d.details.location,
        responsibilities: [...d.details.responsibilities],
        requirements: [...d.details.requirements],
        requiredSkills: [...d.details.requiredSkills],
        requiredSkillKeys: [],
        experienceLevel: d.details.experienceLevel,
        jobType: d.details.jobType,
        defaultDifficulty: d.details.defaultDifficulty,
        enableVideoAnalysis: d.details.enableVideoAnalysis,
        isActive: d.isActive,
        aiGenerated: d.aiGenerated,
        searchText: '',
        createdAt: d.createdAt,
        createdPosition: recorded.position,
        updatedAt: d.createdAt,
      });
    }
    case 'JobUpdated': {
      if (!doc) return null;
      const next: Record<string, unknown> = { ...doc, updatedAt: event.data.updatedAt };
      for (const [key, value] of Object.entries(event.data.changes)) if (value !== undefined) next[key] = Array.isArray(value) ? [...value] : value;
      return withDerived(next as unknown as JobDocument);
    }
    case 'JobDeleted':
      return null;
    default:
      return assertNever(event);
  }
}

function withDerived(doc: JobDocument): JobDocument {
  return {
    ...doc,
    requiredSkillKeys: doc.requiredSkills.map((s) => s.toLowerCase()),
    searchText: `${doc.title} ${doc.company ?? ''}`.toLowerCase(),
  };
}
