import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKPOINTS_COLLECTION, CheckpointDocument, LOCKSTEP_CHECKPOINT_ID } from '@candor/application';
import { ALL_PROJECTIONS } from '@candor/application/all-projections';
import { loadConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { SqliteReadStore } from '@candor/infrastructure/read-store/sqlite/sqlite-read-store.adapter';
import { readModelsFile } from '@candor/infrastructure/composition/store.factory';
import { runProjector } from './projector-cli';

describe('projector status', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'candor-projector-status-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each projection at its checkpoint: the lockstep row for its members, its own row when later or outside it', async () => {
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' });
    const [first, second, third, ...rest] = ALL_PROJECTIONS.map((p) => p.name);
    const at = new Date().toISOString();
    const store = new SqliteReadStore(readModelsFile(config));
    const rows = store.collection<CheckpointDocument>(CHECKPOINTS_COLLECTION);
    await rows.upsert({ _id: LOCKSTEP_CHECKPOINT_ID, position: '00000000000000000010', members: [first, second, ...rest], updatedAt: at });
    await rows.upsert({ _id: first, position: '00000000000000000004', updatedAt: at });
    await rows.upsert({ _id: second, position: '00000000000000000012', updatedAt: at });
    await store.close();

    const printed: string[] = [];
    await runProjector({ name: 'status' }, config, new JsonLogger('error'), Promise.resolve(), (line) => printed.push(line));

    expect(printed).toContain(`${first}: 00000000000000000010`);
    expect(printed).toContain(`${second}: 00000000000000000012`);
    expect(printed).toContain(`${third}: not started`);
    for (const name of rest) expect(printed).toContain(`${name}: 00000000000000000010`);
  });
});
