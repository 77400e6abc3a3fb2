import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FLAG = /--max-semi-space-size=(\d+)/;

/**
 * The V8 young-generation size the processes run with (a rebuild spends much of its time in scavenges with V8's
 * default): the same flag for the server, the projector, the container image and the bench that measures them.
 */
describe('node flags: one young-generation size for every process and the bench', () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

  it('npm start, start:projector, projector and bench pass the same --max-semi-space-size, and so does the image', () => {
    const sizes = ['start', 'start:projector', 'projector', 'bench'].map((name) => FLAG.exec(scripts[name])?.[1]);
    const image = /^ENV NODE_OPTIONS=.*--max-semi-space-size=(\d+)/m.exec(dockerfile)?.[1];
    expect(sizes[0]).toBeDefined();
    expect([...sizes, image]).toEqual(Array(5).fill(sizes[0]));
  });
});
