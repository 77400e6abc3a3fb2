/**
 * Every decider spec reads the same way (docs/architecture.md, "A new command"): rows of
 * `given(events).when(command).then(events)` or `.thenThrows(code, kind)` with `givenWhenThen` from `@candor/testing`.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..');
const DOMAIN = join(ROOT, 'libs', 'domain', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** A spec of a decider (`x.decider.spec.ts`) or of decisions a decider takes (`x.decisions.spec.ts`). */
const deciderSpecs = filesUnder(DOMAIN)
  .filter((f) => /\.(decider|decisions)\.spec\.ts$/.test(f))
  .map((f) => relative(ROOT, f))
  .sort();

describe('decider specs', () => {
  it('finds the decider specs', () => {
    expect(deciderSpecs.length).toBeGreaterThan(15);
  });

  it.each(deciderSpecs)('%s states its rows with givenWhenThen from @candor/testing', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    expect(source).toMatch(/import \{[^}]*\bgivenWhenThen\b[^}]*\} from '@candor\/testing';/);
    expect(source).toMatch(/\.when\(/);
    expect(source).toMatch(/\.(then|thenThrows)\(/);
    // A decision is stated as a row, not by calling the decider by hand.
    expect(source).not.toMatch(/\b\w*[dD]ecider\.decide\(|\bdecide[A-Z]\w*\(/);
  });
});
