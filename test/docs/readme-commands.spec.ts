import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleFor } from '../../apps/api/src/http/rate-limit/rate-limit.rules';
import { WS_CLOSE } from '../../apps/api/src/gateways/ws-close-codes';

const ROOT = join(__dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`## ${title}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README: the two commands, and what CI runs', () => {
  const block = /```bash\n([^]*?)```/.exec(section('Two commands'))![1];
  const commands = block
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);

  it('are `npm run setup && npm start` and `npm test`', () => {
    expect(commands).toEqual(['npm run setup && npm start', 'npm test']);
  });

  it('.ci/run runs each of them as written, and installs packages only through the setup script', () => {
    expect(ci).toContain('serve_until_healthy "npm run setup && npm start"');
    expect(ci).toMatch(/^npm test$/m);
    expect(ci).not.toMatch(/apt-get install|PACKAGES=/);
  });
});

describe('README: links stay inside the repository', () => {
  it('links only to files of the repository (or web addresses), never to ../ outside it', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) {
      if (/^https?:\/\//.test(target) || target.startsWith('#')) continue;
      expect([target, existsSync(join(ROOT, target.split('#')[0]))]).toEqual([target, true]);
      expect(target).not.toMatch(/^\.\.\//);
    }
    expect(readme).not.toContain('../shared');
  });
});

describe('README: rate limits and WebSocket close codes match the code', () => {
  const limits = section('Rate limits');

  it.each([
    ['GET', '/api/sessions', 'every route', 60, '60 per minute'],
    ['GET', '/api/v1/interviews/x', '`/api/v1/interviews/*`', 10, '10 per minute'],
    ['POST', '/api/v1/sandbox/execute', '`POST /api/v1/sandbox/execute`', 20, '20 per minute'],
    ['POST', '/api/v1/voice/tts', '`POST /api/v1/voice/tts`', 30, '30 per minute'],
    ['POST', '/api/auth/login/', '`/api/auth/login/`', 10, '10 per minute'],
    ['POST', '/api/auth/login', 'every route', 60, '60 per minute'],
    ['POST', '/api/candidates/upload_cv', '`/api/candidates/upload_cv`', 10, '10 per minute'],
    ['POST', '/auth/login', '`/auth/login`', 5, '5 per minute'],
    ['POST', '/candidates/recordings/upload', '`POST …/upload`', 10, '10 per 5 minutes'],
    ['POST', '/candidates/batch', '`POST …/batch…`', 5, '5 per hour'],
    ['GET', '/interview/some-id?token=t', 'the interview link `/interview/{id}`', 100, '100 per minute'],
    ['GET', '/reset-password?token=t', 'the password-reset page `/reset-password`', 100, '100 per minute'],
    ['GET', '/health', '`/health`', 1000, '1000 per minute'],
  ])('%s %s: the README row says what the rule enforces', (method, url, row, limit, words) => {
    const rule = ruleFor(method, url);
    expect(rule?.limit).toBe(limit);
    const line = limits.split('\n').find((l) => l.includes(row) && l.includes(words));
    expect([row, line !== undefined]).toEqual([row, true]);
  });

  it('names every close code the gateways use', () => {
    const ws = section('WebSocket protocols');
    for (const code of Object.values(WS_CLOSE)) expect(ws).toContain(`\`${code}\``);
  });
});

describe('README: one set of benchmark figures', () => {
  it('the table in the README is the table of bench/RESULTS.md, from the same run', () => {
    const rows = (text: string) => text.split('\n').filter((l) => /^\| [a-zA-Z]/.test(l) && !l.startsWith('| bench |') && !l.startsWith('| variable'));
    const block = readme.slice(readme.indexOf('<!-- bench-results -->'), readme.indexOf('<!-- /bench-results -->'));
    const results = readFileSync(join(ROOT, 'bench', 'RESULTS.md'), 'utf8');
    expect(rows(block)).toEqual(rows(results).slice(0, rows(block).length));
    expect(rows(block).length).toBeGreaterThan(10);
  });

  it('the prose quotes the table: the append-to-read-model lag is the p50 of the projection-lag row', () => {
    const p50 = Number(/\| projection lag \| p50 append -> read model \| ([\d.]+) \| ms/.exec(readme)![1]);
    expect(readme).toContain(`Typical lag from append to read model is about ${Math.round(p50)} ms`);
    expect(readme).toContain(`in the read models ~${Math.round(p50)} ms after its append`);
  });
});
