import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkpointSigningPayload, eventHash, logChainHash, UpcasterRegistry, verifyAuditExport } from '@candor/contracts';
import { AggregateStore, AuditCheckpoints, AuditExporter, LogChain, StoredCheckpoint } from '@candor/application';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { Ed25519AuditSigner } from '@candor/infrastructure/crypto/ed25519-audit-signer.adapter';
import { newEvent } from '@candor/infrastructure/testing/event-store.contract';

type Line = Record<string, any>;
const ROOT = resolve(__dirname, '../..');

/**
 * Issue 15 point 3, the tamper suite: exports written by the real exporter over a real SQLite log, then altered
 * one way each. Every alteration is caught (in process and by the offline CLI); the untouched export verifies.
 */
describe('audit export tampering', () => {
  let dir: string;
  let events: SqliteEventStore;
  let exporter: AuditExporter;
  let checkpoint: StoredCheckpoint;
  let publicKey: string;
  let streamExport: Line[];
  let logExport: Line[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-tamper-'));
    events = new SqliteEventStore(join(dir, 'events.sqlite'));
    const store = new AggregateStore(events, new UpcasterRegistry([]), { waitFor: async () => true }, 0);
    const signer = new Ed25519AuditSigner(generateKeyPairSync('ed25519').privateKey);
    publicKey = signer.publicKeyPem;
    const chain = new LogChain(events);
    exporter = new AuditExporter(events, chain);
    for (let i = 0; i < 5; i++) {
      await events.append('interview-a', [newEvent('Noted', { i, name: 'Ada Lovelace' })], i === 0 ? 'no_stream' : i);
      await events.append(`other-${i}`, [newEvent('Noted', { i })], 'no_stream');
    }
    checkpoint = (await new AuditCheckpoints(store, signer, chain).current())!;
    await events.append('other-late', [newEvent('Noted', {})], 'no_stream');
    streamExport = await collect(exporter.streamLines('interview-a', checkpoint, '2026-01-01T00:00:00.000Z'));
    logExport = await collect(exporter.logLines(null, null, checkpoint, '2026-01-01T00:00:00.000Z'));
  });
  afterAll(async () => {
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const check = (lines: readonly (Line | string)[], key: string | null = publicKey) =>
    verifyAuditExport(lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))), key ?? undefined);
  const eventIndexes = (lines: Line[]) => lines.flatMap((l, i) => (l.kind === 'event' ? [i] : []));

  it('the untouched exports verify, pinned to the signing key', async () => {
    expect(streamExport.filter((l) => l.kind === 'event')).toHaveLength(5);
    // The stream's last event is followed in the log by other-4's, the path to the checkpoint.
    expect(streamExport.filter((l) => l.kind === 'link').map((l) => l.stream)).toEqual(['other-4']);
    await expect(check(streamExport)).resolves.toMatchObject({ valid: true, events: 5, key_pinned: true, error: null });
    await expect(check(logExport)).resolves.toMatchObject({ valid: true, scope: 'log', events: 10, links: 0 });
  });

  describe.each([
    ['stream', () => streamExport],
    ['log', () => logExport],
  ])('a %s export', (_scope, exported) => {
    it('altering one byte of an event is detected at that event', async () => {
      const lines = exported().map((l) => JSON.stringify(l));
      const at = eventIndexes(exported())[2];
      const altered = lines[at].replace(/"i":(\d)/, (_, digit: string) => `"i":${(Number(digit) + 1) % 10}`);
      expect(altered).not.toBe(lines[at]);
      lines[at] = altered;

      const result = await check(lines);

      expect(result).toMatchObject({ valid: false, error: { line: at + 1, reason: expect.stringMatching(/hash does not match its content/) } });
    });

    it.each([
      ['the first', 0],
      ['a middle', 2],
      ['the last', -1],
    ])('dropping %s event is detected', async (_which, index) => {
      const indexes = eventIndexes(exported());
      const drop = indexes.at(index)!;

      const result = await check(exported().filter((_, i) => i !== drop));

      expect(result.valid).toBe(false);
      expect(result.error!.line).toBeGreaterThan(1);
    });

    it('reordering two events is detected', async () => {
      const lines = [...exported()];
      const [a, b] = eventIndexes(lines).slice(1, 3);
      [lines[a], lines[b]] = [lines[b], lines[a]];

      const result = await check(lines);

      expect(result).toMatchObject({ valid: false, error: { line: a + 1 } });
    });

    it('inserting a copy of an event is detected', async () => {
      const lines = [...exported()];
      const at = eventIndexes(lines)[1];
      lines.splice(at + 1, 0, { ...lines[at] });

      expect((await check(lines)).valid).toBe(false);
    });

    it('inserting a forged event with consistent hashes after the last one is detected at the checkpoint', async () => {
      const lines = [...exported()];
      const lastIndex = eventIndexes(lines).at(-1)!;
      const last = lines[lastIndex];
      const forged: Line = { ...last, id: 'forged', revision: last.revision + 1, position: String(Number(last.position) + 1).padStart(last.position.length, '0'), data: { forged: true }, previous_hash: last.hash };
      forged.hash = eventHash({ type: forged.type, data: forged.data, metadata: forged.metadata, streamId: forged.stream, revision: forged.revision, previousHash: forged.previous_hash });
      forged.previous_log_hash = last.log_hash;
      forged.log_hash = logChainHash(forged.previous_log_hash, forged.stream, forged.hash);
      const withoutLinks = lines.filter((l) => l.kind !== 'link');
      withoutLinks.splice(lastIndex + 1, 0, forged);
      const end = withoutLinks.at(-1)!;
      withoutLinks[withoutLinks.length - 1] = { ...end, events: end.events + 1, links: 0 };

      const result = await check(withoutLinks);

      expect(result.valid).toBe(false);
      expect(result.error!.reason).toMatch(/checkpoint/);
    });

    it('re-signing the checkpoint with another key is detected against the published key', async () => {
      const other = generateKeyPairSync('ed25519');
      const lines = exported().map((l) => {
        if (l.kind !== 'checkpoint') return l;
        const resigned: Line = { ...l, public_key: other.publicKey.export({ format: 'pem', type: 'spki' }).toString() };
        return { ...resigned, signature: sign(null, Buffer.from(checkpointSigningPayload(resigned as Parameters<typeof checkpointSigningPayload>[0])), other.privateKey).toString('base64') };
      });

      expect(await check(lines)).toMatchObject({ valid: false, error: { reason: expect.stringMatching(/another key/) } });
      // Without the published key the file is only consistent with itself, and says so.
      expect(await check(lines, null)).toMatchObject({ valid: true, key_pinned: false });
    });

    it('a forged signature or a truncated file is detected', async () => {
      const badSignature = exported().map((l) => (l.kind === 'checkpoint' ? { ...l, signed_at: '2030-01-01T00:00:00.000Z' } : l));
      expect(await check(badSignature)).toMatchObject({ valid: false, error: { reason: expect.stringMatching(/signature/) } });
      expect(await check(exported().slice(0, -2))).toMatchObject({ valid: false, error: { reason: expect.stringMatching(/truncated/) } });
    });
  });

  it('dropping the last event of a stream and passing it off as a later log entry is detected', async () => {
    const lines = [...streamExport];
    const lastIndex = eventIndexes(lines).at(-1)!;
    const last = lines[lastIndex];
    lines.splice(lastIndex, 1, { kind: 'link', position: last.position, stream: last.stream, hash: last.hash });

    expect(await check(lines)).toMatchObject({ valid: false, error: { reason: expect.stringMatching(/not in the export \(dropped\)/) } });
  });

  describe('npm run audit -- verify (offline CLI)', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['-r', join(ROOT, 'test/support/ts-register.js'), join(ROOT, 'apps/audit/src/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
    const write = (name: string, lines: Line[]) => {
      const file = join(dir, name);
      writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
      return file;
    };

    it('exits 0 for the untouched export with the key (as text or a PEM file), non-zero naming the first broken link otherwise', () => {
      const good = write('good.ndjson', streamExport);
      const keyFile = join(dir, 'public.pem');
      writeFileSync(keyFile, publicKey);
      const indexes = eventIndexes(streamExport);
      const dropped = write('dropped.ndjson', streamExport.filter((_, i) => i !== indexes[1]));

      const ok = cli('verify', good, '--public-key', keyFile);
      const okInline = cli('verify', good, `--public-key=${publicKey}`);
      const broken = cli('verify', dropped, '--public-key', keyFile);
      const usage = cli('check', good);

      expect(ok.stdout).toMatch(/^OK stream interview-a: 5 events/);
      expect(ok.status).toBe(0);
      expect(okInline.status).toBe(0);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(new RegExp(`BROKEN at line ${indexes[1] + 1}: .*expected revision 2`));
      expect(usage.status).toBe(2);
      expect(usage.stderr).toMatch(/usage: npm run audit -- verify FILE/);
    });
  });
});

async function collect(lines: AsyncIterable<string>): Promise<Line[]> {
  const out: Line[] = [];
  for await (const text of lines) out.push(JSON.parse(text));
  return out;
}
