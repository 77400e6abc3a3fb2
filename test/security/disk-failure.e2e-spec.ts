import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

const PASSWORD = 'Sup3r-secret-pw';

/**
 * Finding 5: a full disk is reported by /health (event store down, status degraded) and writes answer 503,
 * not 500. DATA_DIR is a small tmpfs mounted for the test (root only, like the sandbox tests). A read-only
 * disk takes the same paths (SQLITE_READONLY, a directory that is not writable) but cannot be simulated
 * here: Linux refuses to remount read-only while SQLite holds its files open for writing.
 */
describe('security: full disk', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'candor-disk-'));
  let t: TestApp;
  let n = 0;
  const register = () => request(t.url).post('/api/auth/register').send({ email: `disk${(n += 1)}@example.com`, password: PASSWORD, full_name: 'Disk' });

  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint]);
    t = await startTestApp({ PASSWORD_HASH_COST: '1024' }, join(mountPoint, 'data'));
    await register().expect(201);
  });
  afterAll(async () => {
    await t?.close({ keepData: true });
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('a full disk: /health degraded with the event store down, a write is a 503 in the surface format, and it recovers', async () => {
    const filler = join(mountPoint, 'filler');
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M', 'count=64'], { stdio: 'ignore' });
    } catch {
      // dd stops with ENOSPC once the disk is full: that is the point
    }
    const health = await request(t.url).get('/health').expect(503);
    expect(health.body).toMatchObject({ status: 'degraded', dependencies: { event_store: { status: 'down' } } });
    const write = await register();
    expect(write.status).toBe(503);
    expect(write.body).toMatchObject({ detail: expect.stringMatching(/cannot write|unavailable|disk/i) });

    rmSync(filler);
    await register().expect(201);
    await request(t.url).get('/health').expect(200);
  });
});
