import { AuthenticatedUser } from '../identity/authenticated-user';
import { ReadStore } from '../ports/read-store.port';
import { loadAssessedInterview } from './assessment-access';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const doc = { _id: ID, ownerId: 'owner', candidateEmail: 'cand@example.com' };
const store = { collection: () => ({ findOne: async () => doc }) } as unknown as ReadStore;
const user = (id: string, role: string): AuthenticatedUser =>
  ({ id, email: `${id}@example.com`, username: id, fullName: id, role, isSuperuser: false, isActive: true, via: 'jwt' }) as AuthenticatedUser;

describe('who may read scores and re-score', () => {
  it('lets the owner and an admin re-score', async () => {
    await expect(loadAssessedInterview(store, ID, user('owner', 'recruiter'), 'rescore')).resolves.toBe(doc);
    await expect(loadAssessedInterview(store, ID, user('boss', 'admin'), 'rescore')).resolves.toBe(doc);
  });

  it('lets an auditor read and ask for a dry run, never record a re-score', async () => {
    const auditor = user('audit', 'auditor');
    await expect(loadAssessedInterview(store, ID, auditor, 'read')).resolves.toBe(doc);
    await expect(loadAssessedInterview(store, ID, auditor, 'dry_run')).resolves.toBe(doc);
    await expect(loadAssessedInterview(store, ID, auditor, 'rescore')).rejects.toMatchObject({ code: 'ASSESSMENT.FORBIDDEN', kind: 'forbidden', message: expect.stringContaining('dry_run=true') });
  });

  it('refuses the candidate and other users', async () => {
    await expect(loadAssessedInterview(store, ID, user('cand', 'candidate'), 'read')).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(loadAssessedInterview(store, ID, user('x', 'recruiter'), 'dry_run')).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
