import { fold } from '../shared/decider';
import { JobCommand } from './job.commands';
import { jobDecider } from './job.decider';
import { JobCreated, JobEvent } from './job.events';
import { DEFAULT_JOB_DETAILS, JobDetails } from './job.types';
import { givenWhenThen } from '@candor/testing';

const ID = '7d1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const OWNER = 'owner-1';
const T0 = '2026-01-10T09:00:00.000Z';
const NOW = '2026-01-15T14:00:00.000Z';

const given = givenWhenThen(jobDecider);

const details: JobDetails = { ...DEFAULT_JOB_DETAILS, title: 'Senior Java Developer', company: 'Tech Corp', requiredSkills: ['Java', 'Spring'], experienceLevel: 'senior' };
const meta = { now: NOW, userId: OWNER };
const create = (d: JobDetails = details): JobCommand => ({ type: 'CreateJob', metadata: meta, data: { jobId: ID, ownerId: OWNER, details: d, aiGenerated: false } });
const update = (changes: Extract<JobCommand, { type: 'UpdateJob' }>['data']['changes']): JobCommand => ({ type: 'UpdateJob', metadata: meta, data: { changes } });
const remove: JobCommand = { type: 'DeleteJob', metadata: meta, data: {} };

const created: JobCreated = {
  type: 'JobCreated',
  data: { jobId: ID, ownerId: OWNER, details, isActive: true, aiGenerated: false, createdAt: T0 },
};
const deleted: JobEvent = { type: 'JobDeleted', data: { jobId: ID, deletedAt: T0 } };

describe('job decider', () => {
  describe('CreateJob', () => {
    it('creates an active job with the given details', () => {
      given([]).when(create()).then([{ ...created, data: { ...created.data, createdAt: NOW } }]);
    });

    it('refuses a second creation of the same id', () => {
      given([created]).when(create()).thenThrows('JOB.ALREADY_EXISTS', 'conflict');
    });

    it.each([
      ['an empty title', { title: '  ' }],
      ['an unknown experience level', { experienceLevel: 'guru' }],
      ['an unknown job type', { jobType: 'gig' }],
      ['an unknown difficulty', { defaultDifficulty: 'extreme' }],
      ['an empty skill', { requiredSkills: ['Java', ''] }],
      ['a title over 200 characters', { title: 'x'.repeat(201) }],
    ])('refuses %s', (_name, change) => {
      given([]).when(create({ ...details, ...(change as Partial<JobDetails>) })).thenThrows('JOB.INVALID', 'invalid');
    });
  });

  describe('UpdateJob', () => {
    it('records only the fields that change', () => {
      given([created])
        .when(update({ title: 'Lead Java Developer', company: 'Tech Corp', isActive: false }))
        .then([{ type: 'JobUpdated', data: { jobId: ID, changes: { title: 'Lead Java Developer', isActive: false }, updatedAt: NOW } }]);
    });

    it('records nothing when nothing changes (lists compared by content)', () => {
      given([created]).when(update({ requiredSkills: ['Java', 'Spring'], isActive: true })).then([]);
    });

    it('validates the job as it would be after the change', () => {
      given([created]).when(update({ experienceLevel: 'wizard' as never })).thenThrows('JOB.INVALID');
    });

    it('folds updates into the state', () => {
      const updated: JobEvent = { type: 'JobUpdated', data: { jobId: ID, changes: { isActive: false, title: 'Lead' }, updatedAt: NOW } };
      const state = fold(jobDecider, [created, updated]);
      expect(state.isActive).toBe(false);
      expect(state.details.title).toBe('Lead');
      expect(state.details.company).toBe('Tech Corp');
    });

    it('is not found for an unknown or deleted job', () => {
      given([]).when(update({ title: 'x' })).thenThrows('JOB.NOT_FOUND', 'not_found');
      given([created, deleted]).when(update({ title: 'x' })).thenThrows('JOB.NOT_FOUND', 'not_found');
    });
  });

  describe('DeleteJob', () => {
    it('deletes a live job once', () => {
      given([created]).when(remove).then([{ type: 'JobDeleted', data: { jobId: ID, deletedAt: NOW } }]);
      given([created, deleted]).when(remove).thenThrows('JOB.NOT_FOUND', 'not_found');
    });
  });
});
