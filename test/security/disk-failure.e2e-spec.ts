import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { requireSystemPackages } from '@candor/testing/system-packages';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';

const PASSWORD = 'Sup3r-secret-pw';

/**
 * Finding 5: a full or read-only disk is reported by /health (event store down, status degraded) and writes
 * answer 503, not 500. Root only, like the sandbox tests. The full disk is a small tmpfs. The read-only disk
 * is a small ext4 file system on a loop device that the kernel turns read-only the way a failing disk does
 * (an ext4 error with errors=remount-ro, through ext4's own trigger_fs_error): Linux refuses an ordinary
 * read-only remount while SQLite holds its files open for writing, so this is how a disk goes read-only
 * under a running server in practice.
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

describe('security: read-only disk', () => {
  requireSystemPackages('e2fsprogs');
  const root = mkdtempSync(join(tmpdir(), 'candor-rodisk-'));
  const image = join(root, 'disk.img');
  const mountPoint = join(root, 'mnt');
  const dataDir = join(mountPoint, 'data');
  let t: TestApp | undefined;
  let n = 0;
  const register = (app: TestApp) => request(app.url).post('/api/auth/register').send({ email: `ro${(n += 1)}@example.com`, password: PASSWORD, full_name: 'Read Only' });
  const mount = () => execFileSync('mount', ['-o', 'loop,errors=remount-ro', image, mountPoint]);
  const loopDevice = () => execFileSync('findmnt', ['-n', '-o', 'SOURCE', mountPoint]).toString().trim();

  beforeAll(async () => {
    execFileSync('mkdir', ['-p', mountPoint]);
    execFileSync('truncate', ['-s', '64M', image]);
    execFileSync('mkfs.ext4', ['-q', image]);
    mount();
    t = await startTestApp({ PASSWORD_HASH_COST: '1024' }, dataDir);
  });
  afterAll(async () => {
    await t?.close({ keepData: true }).catch(() => undefined);
    try {
      execFileSync('umount', ['-l', mountPoint]);
    } catch {
      // not mounted (a step failed before): nothing to undo
    }
    rmSync(root, { recursive: true, force: true });
  });

  it('a disk gone read-only: /health degraded with the event store down, writes 503 in the surface format; after repair and a restart nothing acknowledged is lost', async () => {
    const app = t as TestApp;
    await register(app).expect(201);
    const keptEmail = `ro${n}@example.com`;
    const session = await request(app.url).post('/api/auth/login').send({ email: keptEmail, password: PASSWORD }).expect(200);
    const me = () => request(app.url).get('/api/auth/me').set('Authorization', `Bearer ${session.body.access_token}`);
    await me().expect(200);

    writeFileSync(`/sys/fs/ext4/${loopDevice().replace('/dev/', '')}/trigger_fs_error`, 'test: the disk fails\n');

    const health = await request(app.url).get('/health').expect(503);
    expect(health.body).toMatchObject({ status: 'degraded', dependencies: { event_store: { status: 'down' } } });
    const write = await register(app);
    expect(write.status).toBe(503);
    expect(write.body).toMatchObject({ detail: expect.stringMatching(/cannot write|unavailable|read-only/i) });
    expect(JSON.stringify(write.body)).not.toMatch(/SQLITE|\/tmp\//);
    // Reads keep working.
    await me().expect(200);

    // An ext4 file system that went read-only on an error stays so until it is checked and mounted again:
    // the operator stops the server, repairs the disk and starts it; everything acknowledged is still there.
    await app.close({ keepData: true });
    t = undefined;
    execFileSync('umount', [mountPoint]);
    try {
      execFileSync('e2fsck', ['-fy', image], { stdio: 'ignore' });
    } catch {
      // exit code 1: errors were corrected, which is the point
    }
    mount();
    t = await startTestApp({ PASSWORD_HASH_COST: '1024' }, dataDir);
    await request(t.url).post('/api/auth/login').send({ email: keptEmail, password: PASSWORD }).expect(200);
    await register(t).expect(201);
    await request(t.url).get('/health').expect(200);
  });
});
