import { RecordedEvent } from '@candor/contracts';
import { DEFAULT_JOB_DETAILS, JobEvent } from '@candor/domain';
import { JobDocument, jobsProjection } from './jobs.projection';

const ID = '7d1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
let position = 0;
const recorded = (event: JobEvent, streamId = `job-${ID}`): RecordedEvent => ({
  id: `e${++position}`,
  type: event.type,
  data: event.data as unknown as Record<string, unknown>,
  metadata: { correlationId: 'c', causationId: null, userId: 'u', timestamp: '2026-01-01T00:00:00.000Z', schemaVersion: 1 },
  streamId,
  revision: position,
  position: String(position).padStart(10, '0'),
  recordedAt: '2026-01-01T00:00:00.000Z',
});

const apply = (events: JobEvent[]) => events.map((e) => recorded(e)).reduce<JobDocument | null>((doc, e) => jobsProjection.evolve(doc, e), null);

const created: JobEvent = {
  type: 'JobCreated',
  data: {
    jobId: ID,
    ownerId: 'owner-1',
    details: { ...DEFAULT_JOB_DETAILS, title: 'Senior Java Developer', company: 'Tech Corp', requiredSkills: ['Java', 'SQL'] },
    isActive: true,
    aiGenerated: false,
    createdAt: '2026-01-10T09:00:00.000Z',
  },
};

describe('jobs projection', () => {
  it('given JobCreated then JobUpdated, the document has the new fields and fresh search keys', () => {
    const doc = apply([
      created,
      { type: 'JobUpdated', data: { jobId: ID, changes: { title: 'Lead Engineer', requiredSkills: ['Go'], isActive: false }, updatedAt: '2026-01-11T00:00:00.000Z' } },
    ]);
    expect(doc).toMatchObject({
      _id: ID,
      title: 'Lead Engineer',
      company: 'Tech Corp',
      isActive: false,
      requiredSkills: ['Go'],
      requiredSkillKeys: ['go'],
      searchText: 'lead engineer tech corp',
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-11T00:00:00.000Z',
    });
  });

  it('given JobDeleted, the document is removed', () => {
    expect(apply([created, { type: 'JobDeleted', data: { jobId: ID, deletedAt: '2026-01-12T00:00:00.000Z' } }])).toBeNull();
  });

  it('reads only job streams', () => {
    expect(jobsProjection.documentIds(recorded(created))).toEqual([ID]);
    expect(jobsProjection.documentIds(recorded(created, 'queue-job-x'))).toEqual([]);
  });
});
