import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { requireSystemPackages } from '@candor/testing/system-packages';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { startTestApp, TestApp } from '../support/test-app';

const doc = readFileSync(resolve(__dirname, '../../docs/read-models.md'), 'utf8');

/** The section of docs/read-models.md about one projection: from its heading to the next. */
function section(name: string): string {
  const start = doc.indexOf(`\n### ${name}\n`);
  if (start < 0) return '';
  const end = doc.indexOf('\n### ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/**
 * docs/read-models.md documents every projection (collection, events, indexes) with an example query, and each
 * query runs with `sqlite3 -readonly` against the read-model file of a server that is running.
 */
describe('docs/read-models.md', () => {
  let t: TestApp;
  beforeAll(async () => {
    requireSystemPackages('sqlite3');
    t = await startTestApp();
    const registered = await request(t.app.getHttpServer())
      .post('/api/auth/register')
      .send({ email: 'reader@example.com', password: 'Str0ng-passw0rd!', full_name: 'Analytics Reader', role: 'recruiter' });
    expect(registered.status).toBe(201);
  }, 60_000);
  afterAll(() => t.close());

  it.each(ALL_PROJECTIONS.map((p) => [p.name, p] as const))('documents %s: collection, events, indexes', (name, projection) => {
    const text = section(name);
    expect(text).toContain(`\`${projection.collection}\``);
    for (const type of projection.eventTypes) expect(text).toContain(`\`${type}\``);
    for (const index of projection.indexes ?? []) expect(text).toContain(JSON.stringify(index.keys));
    expect(text).toMatch(/```sql\n[\s\S]+?\n```/);
  });

  it('every example query runs read-only against the file while the server runs', () => {
    const file = join(t.dataDir, 'read-models.sqlite');
    for (const projection of ALL_PROJECTIONS) {
      const sql = /```sql\n([\s\S]+?)\n```/.exec(section(projection.name))![1];
      expect(() => execFileSync('sqlite3', ['-readonly', '-bail', file, sql], { encoding: 'utf8' })).not.toThrow();
    }
    const users = execFileSync('sqlite3', ['-readonly', file, `SELECT doc ->> '$.email' FROM users`], { encoding: 'utf8' });
    expect(users).toContain('reader@example.com');
  });

  it('an outside query on an indexed field through the keys column is an index lookup, as the layout section says', () => {
    const file = join(t.dataDir, 'read-models.sqlite');
    const sql = `EXPLAIN QUERY PLAN SELECT doc FROM interviews WHERE json_extract(keys, '$.jobId') = 'job-1'`;
    expect(execFileSync('sqlite3', ['-readonly', file, sql], { encoding: 'utf8' })).toMatch(/USING INDEX ix_interviews_jobId_asc/);
  });
});
