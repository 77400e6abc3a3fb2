/**
 * The dependency rule of docs/architecture.md, enforced: every production import points inward
 * (apps → infrastructure → application → domain/contracts), surfaces stay apart, and nothing imports in a circle.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildImportGraph, findCycles, ImportEdge, isTestFile } from './import-graph';

const graph = buildImportGraph(['apps', 'libs']);
const productionEdges = graph.edges.filter((e) => !isTestFile(e.from) && !isTestFile(e.to));
const productionFiles = graph.files.filter((f) => !isTestFile(f));

const DOMAIN = 'libs/domain/src/';
const CONTRACTS = 'libs/contracts/src/';
const APPLICATION = 'libs/application/src/';
const INFRASTRUCTURE = 'libs/infrastructure/src/';
const APPS = 'apps/';
const SURFACES = 'apps/api/src/surfaces/';
/** Folders under surfaces/ that belong to no one surface: every surface may use them. */
const SHARED_SURFACE_FOLDERS = new Set(['shared', 'identity']);

const describeEdge = (e: ImportEdge) => `${e.from} → ${e.to}`;
const violations = (predicate: (e: ImportEdge) => boolean) =>
  productionEdges.filter(predicate).map(describeEdge).sort();

/** `apps/api/src/surfaces/s1/interviews/x.ts` → `s1`; a shared folder or a file outside surfaces → undefined. */
function surfaceOf(path: string): string | undefined {
  if (!path.startsWith(SURFACES)) return undefined;
  const folder = path.slice(SURFACES.length).split('/')[0];
  return path.slice(SURFACES.length).includes('/') && !SHARED_SURFACE_FOLDERS.has(folder) ? folder : undefined;
}

/** The first folder under a library's src (its bounded context or role folder), or undefined for its index. */
function libraryFolderOf(path: string): string | undefined {
  const match = /^(libs\/[^/]+\/src\/)([^/]+)\//.exec(path);
  return match ? match[1] + match[2] : undefined;
}

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The DI tokens of the application's ports (`export const X = Symbol(...)` in a `*.port.ts`) and of the command template. */
const PORT_TOKENS = new Set(
  productionFiles
    .filter((f) => f.startsWith(APPLICATION) && (f.endsWith('.port.ts') || f === `${APPLICATION}commands/aggregate-store.ts`))
    .flatMap((f) => [...read(f).matchAll(/export const (\w+) = Symbol\(/g)].map((m) => m[1])),
);

describe('layer rules', () => {
  it('reads the whole project', () => {
    expect(productionFiles.length).toBeGreaterThan(300);
    expect(productionEdges.length).toBeGreaterThan(1000);
  });

  it('domain imports nothing outside itself and contracts', () => {
    expect(
      violations((e) => e.from.startsWith(DOMAIN) && !e.to.startsWith(DOMAIN) && !e.to.startsWith(CONTRACTS)),
    ).toEqual([]);
  });

  it('contracts import nothing outside themselves and the domain', () => {
    expect(
      violations((e) => e.from.startsWith(CONTRACTS) && !e.to.startsWith(CONTRACTS) && !e.to.startsWith(DOMAIN)),
    ).toEqual([]);
  });

  it('application never imports infrastructure or apps', () => {
    expect(
      violations((e) => e.from.startsWith(APPLICATION) && (e.to.startsWith(INFRASTRUCTURE) || e.to.startsWith(APPS))),
    ).toEqual([]);
  });

  it('infrastructure never imports apps', () => {
    expect(violations((e) => e.from.startsWith(INFRASTRUCTURE) && e.to.startsWith(APPS))).toEqual([]);
  });

  it('a surface imports neither another surface nor infrastructure', () => {
    expect(
      violations((e) => {
        const from = surfaceOf(e.from);
        if (!from) return false;
        if (e.to.startsWith(INFRASTRUCTURE)) return true;
        const to = surfaceOf(e.to);
        return to !== undefined && to !== from;
      }),
    ).toEqual([]);
  });

  it('HTTP conventions and gateways reach adapters only through ports (configuration aside)', () => {
    const edge = ['apps/api/src/http/', 'apps/api/src/gateways/'];
    expect(
      violations(
        (e) =>
          edge.some((folder) => e.from.startsWith(folder)) &&
          e.to.startsWith(INFRASTRUCTURE) &&
          e.to !== `${INFRASTRUCTURE}config/app-config.ts`,
      ),
    ).toEqual([]);
  });

  it('in the API, only the composition root (and the process entry) imports adapters; configuration aside', () => {
    const mayImportAdapters = ['apps/api/src/composition/', 'apps/api/src/main.ts', 'apps/api/src/create-app.ts'];
    expect(
      violations(
        (e) =>
          e.from.startsWith('apps/api/src/') &&
          !mayImportAdapters.some((allowed) => e.from.startsWith(allowed)) &&
          e.to.startsWith(INFRASTRUCTURE) &&
          !e.to.startsWith(`${INFRASTRUCTURE}config/`),
      ),
    ).toEqual([]);
  });

  it('nothing reaches into the composition root but the app that starts it (create-app.ts)', () => {
    const ROOT_FOLDER = 'apps/api/src/composition/';
    expect(
      violations((e) => e.to.startsWith(ROOT_FOLDER) && !e.from.startsWith(ROOT_FOLDER) && e.from !== 'apps/api/src/create-app.ts'),
    ).toEqual([]);
  });

  it('command and query handlers are registered in one place, composition/handlers.module.ts', () => {
    const modules = productionFiles.filter((f) => f.startsWith(APPS) && f.endsWith('.module.ts') && f !== 'apps/api/src/composition/handlers.module.ts');
    expect(modules.length).toBeGreaterThan(10);
    const registered = modules.flatMap((f) => [...read(f).matchAll(/\b(\w+_HANDLERS|\w+Handler)\b/g)].map((m) => `${f} registers ${m[1]}`));
    expect(registered).toEqual([]);
  });

  it('controllers and gateways inject no port: they go through the command and query buses', () => {
    expect([...PORT_TOKENS]).toEqual(expect.arrayContaining(['READ_STORE', 'EVENT_STORE', 'AGGREGATE_STORE', 'SPEECH_TO_TEXT']));
    const edge = productionFiles.filter(
      (f) => (f.startsWith(SURFACES) && f.endsWith('.controller.ts')) || (f.startsWith('apps/api/src/gateways/') && f.endsWith('.gateway.ts')),
    );
    const injected = edge.flatMap((f) =>
      [...read(f).matchAll(/@Inject\((\w+)\)/g)].filter((m) => PORT_TOKENS.has(m[1])).map((m) => `${f} injects ${m[1]}`),
    );
    expect(injected).toEqual([]);
  });

  it('production code never imports test code', () => {
    expect(
      graph.edges.filter((e) => !isTestFile(e.from) && isTestFile(e.to)).map(describeEdge).sort(),
    ).toEqual([]);
  });

  it('no file imports itself back through a cycle', () => {
    const cycles = findCycles(
      productionFiles,
      productionEdges.map((e) => [e.from, e.to]),
    );
    expect(cycles).toEqual([]);
  });

  it('the interview context keeps the conversation and lifecycle: it imports neither the AI nor the assessment', () => {
    const interview = `${APPLICATION}interview/`;
    expect(violations((e) => e.from.startsWith(interview) && (e.to.startsWith(`${APPLICATION}ai/`) || e.to.startsWith(`${APPLICATION}assessment/`)))).toEqual([]);
    expect(violations((e) => e.from.startsWith(`${DOMAIN}interview/`) && e.to.startsWith(`${DOMAIN}assessment/`))).toEqual([]);
  });

  it('no folder of a library imports itself back through another folder', () => {
    const folderEdges: Array<[string, string]> = [];
    for (const e of productionEdges) {
      const from = libraryFolderOf(e.from);
      const to = libraryFolderOf(e.to);
      if (from && to && from !== to) folderEdges.push([from, to]);
    }
    expect(findCycles([], folderEdges)).toEqual([]);
  });
});
