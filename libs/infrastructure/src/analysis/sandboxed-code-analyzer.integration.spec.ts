import { CodeAnalysis, CodeFinding } from '@candor/application/ports/code-analyzer.port';
import { Sandbox, SandboxExecution, SandboxRequest } from '@candor/application/ports/sandbox.port';
import { DomainError } from '@candor/domain';
import { LocalSandbox } from '../sandbox/local-sandbox.adapter';
import { sandboxConfigFromEnv } from '../sandbox/sandbox-config';
import { codeAnalysisConfigFromEnv } from './code-analysis-config';
import { SandboxedCodeAnalyzer } from './sandboxed-code-analyzer.adapter';
import { requireSystemPackages } from '@candor/testing/system-packages';

/** The analyzer over the real sandbox (bubblewrap): real pyflakes, pycodestyle, tsc and gcc, isolated. */
const sandboxConfig = sandboxConfigFromEnv({ SANDBOX_TIMEOUT_MS: '20000' });

function at(analysis: CodeAnalysis, line: number, where: Partial<CodeFinding>): CodeFinding | undefined {
  return analysis.findings.find((f) => f.line === line && Object.entries(where).every(([k, v]) => (f as unknown as Record<string, unknown>)[k] === v));
}

/** Records what the analyzer asked the sandbox to run, so a test can show the code never ran anywhere else. */
class RecordingSandbox implements Sandbox {
  readonly requests: SandboxRequest[] = [];
  constructor(private readonly inner: Sandbox) {}
  execute(request: SandboxRequest): Promise<SandboxExecution> {
    this.requests.push(request);
    return this.inner.execute(request);
  }
  languages() {
    return this.inner.languages();
  }
  status() {
    return this.inner.status();
  }
}

requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3', 'gcc', 'python3-pyflakes', 'python3-pycodestyle');

describe('SandboxedCodeAnalyzer (tools in the real sandbox)', () => {
  jest.setTimeout(60_000);
  const sandbox = new RecordingSandbox(new LocalSandbox(sandboxConfig));
  const analyzer = new SandboxedCodeAnalyzer(sandbox, codeAnalysisConfigFromEnv({}));

  beforeAll(async () => {
    const status = await sandbox.status();
    if (!status.available || !status.isolated) throw new Error(`these tests need the isolated sandbox: ${status.detail}`);
  });

  it('given Python with an unused import, an undefined name, eval, SQL by concatenation and nested loops, finds each at its line', async () => {
    const code = [
      'import os', // 1 unused import
      'import sqlite3', // 2
      '', // 3
      '', // 4
      'def find(db, name):', // 5 missing type hints
      "    query = \"SELECT * FROM users WHERE name = '\" + name + \"'\"", // 6 SQL injection
      '    return db.execute(query)', // 7
      '', // 8
      '', // 9
      'def pairs(xs):', // 10
      '    out = []', // 11
      '    for a in xs:', // 12
      '        for b in xs:', // 13 nested loop over xs
      '            out.append((a, b))', // 14
      '    return out', // 15
      '', // 16
      '', // 17
      'print(eval(input()))', // 18 eval
      'print(undefined_thing)', // 19 undefined name
      'conn = sqlite3.connect(":memory:")', // 20
    ].join('\n') + '\n';

    const analysis = await analyzer.analyze({ code, language: 'python', analysisType: 'quality' });

    expect(at(analysis, 1, { source: 'pyflakes', code: 'F401', severity: 'warning' })).toBeDefined();
    expect(at(analysis, 19, { source: 'pyflakes', code: 'F821', severity: 'error' })?.message).toContain('undefined_thing');
    expect(at(analysis, 18, { code: 'security/eval', severity: 'error', type: 'security' })).toBeDefined();
    expect(at(analysis, 6, { code: 'security/sql-injection', severity: 'error' })).toBeDefined();
    expect(at(analysis, 13, { code: 'performance/nested-loop-same-collection' })?.message).toContain('line 12');
    expect(at(analysis, 5, { code: 'quality/missing-type-hints', type: 'style', severity: 'info' })).toBeDefined();
    expect(analysis.tools).toEqual(expect.arrayContaining([expect.stringMatching(/^pyflakes \d/), expect.stringMatching(/^pycodestyle \d/)]));
    expect(analysis.confidence).toBe(0.95);
    expect(analysis.score).toBeLessThan(5);
    expect(analysis.suggestions.some((s) => /parameterised queries/.test(s) && /line 6/.test(s))).toBe(true);
    expect(analysis.summary).toMatch(/^Needs work: score [\d.]+\/10 \(quality\)/);
    // The candidate's code reached only the sandbox, as data for the analysis driver.
    expect(sandbox.requests.at(-1)).toMatchObject({ language: 'python' });
    expect(sandbox.requests.at(-1)!.code).not.toContain('undefined_thing');
    expect(sandbox.requests.at(-1)!.inputs[0]).toContain('undefined_thing');
  });

  it('given clean Python, scores it 10 with nothing found', async () => {
    const code = 'def add(a: int, b: int) -> int:\n    return a + b\n\n\nprint(add(1, 2))\n';
    const analysis = await analyzer.analyze({ code, language: 'python', analysisType: 'quality' });
    expect(analysis.findings).toEqual([]);
    expect(analysis.score).toBe(10);
    expect(analysis.summary).toMatch(/^Code looks good/);
  });

  it('given Python that does not parse, reports the syntax error at its line', async () => {
    const analysis = await analyzer.analyze({ code: 'x = 1\ndef broken(:\n    pass\n', language: 'python', analysisType: 'quality' });
    expect(analysis.findings.find((f) => f.type === 'syntax' && f.severity === 'error')?.line).toBe(2);
  });

  it('given JavaScript with an unused import, an undefined name, eval, SQL in a template literal and nested loops, finds each at its line', async () => {
    const code = [
      "const fs = require('fs');", // 1 unused
      'function lookup(db, id) {', // 2
      '  return db.query(`SELECT * FROM users WHERE id = ${id}`);', // 3 SQL injection
      '}', // 4
      'function dupes(items) {', // 5
      '  const found = [];', // 6
      '  for (let i = 0; i < items.length; i++) {', // 7
      '    for (let j = 0; j < items.length; j++) {', // 8 nested over items
      '      if (i !== j && items[i] === items[j]) found.push(items[i]);', // 9
      '    }', // 10
      '  }', // 11
      '  return found;', // 12
      '}', // 13
      'console.log(eval(process.argv[2]), lookup, dupes);', // 14 eval
      'console.log(notDefined);', // 15 undefined name
    ].join('\n');
    const analysis = await analyzer.analyze({ code, language: 'javascript', analysisType: 'quality' });

    expect(at(analysis, 1, { source: 'tsc', code: 'TS6133', type: 'unused' })).toBeDefined();
    expect(at(analysis, 15, { source: 'tsc', type: 'undefined-name', severity: 'error' })?.message).toContain('notDefined');
    expect(at(analysis, 14, { code: 'security/eval' })).toBeDefined();
    expect(at(analysis, 3, { code: 'security/sql-injection' })).toBeDefined();
    expect(at(analysis, 8, { code: 'performance/nested-loop-same-collection' })).toBeDefined();
    // Node's globals and built-in modules are known to the checker.
    expect(analysis.findings.filter((f) => f.code === 'TS2307' || /'(console|process|require)'/.test(f.message))).toEqual([]);
    expect(analysis.tools).toEqual(expect.arrayContaining([expect.stringMatching(/^tsc \d/)]));
  });

  it('given TypeScript, reports type errors and unused locals from the compiler', async () => {
    const code = 'import { readFileSync } from "fs";\nconst n: number = "text";\nfunction f(a) {\n  return a;\n}\nconsole.log(n, f);\n';
    const analysis = await analyzer.analyze({ code, language: 'typescript', analysisType: 'quality' });
    expect(at(analysis, 1, { code: 'TS6133' })).toBeDefined();
    expect(at(analysis, 2, { code: 'TS2322', severity: 'error' })).toBeDefined();
    expect(at(analysis, 3, { code: 'TS7006' })).toBeDefined();
  });

  it('given C, reports gcc -Wall -Wextra warnings and dangerous calls', async () => {
    const code = '#include <stdio.h>\nint main(void) {\n  int unused;\n  char buf[8];\n  gets(buf);\n  return 0;\n}\n';
    const analysis = await analyzer.analyze({ code, language: 'c', analysisType: 'quality' });
    expect(at(analysis, 3, { source: 'gcc', type: 'unused' })).toBeDefined();
    expect(at(analysis, 5, { code: 'security/dangerous-c-function', severity: 'error' })).toBeDefined();
    expect(analysis.tools).toEqual(expect.arrayContaining([expect.stringMatching(/^gcc \d/)]));
  });

  it('security and performance analyses run only their rules (no sandbox)', async () => {
    const before = sandbox.requests.length;
    const code = 'import os\nos.system("rm -rf " + path)\n';
    const security = await analyzer.analyze({ code, language: 'python', analysisType: 'security' });
    expect(security.findings).toEqual([expect.objectContaining({ line: 2, code: 'security/shell-injection', severity: 'error' })]);
    const performance = await analyzer.analyze({ code, language: 'python', analysisType: 'performance' });
    expect(performance.findings).toEqual([]);
    expect(sandbox.requests.length).toBe(before);
  });

  it('when the sandbox cannot run the tools, answers from the rules and says what was not checked', async () => {
    const unavailable: Sandbox = {
      execute: async () => {
        throw new DomainError('SANDBOX.UNAVAILABLE', 'Code execution is unavailable on this server: bubblewrap missing', 'unavailable');
      },
      languages: async () => [],
      status: async () => ({ available: false, isolated: false, detail: 'bubblewrap missing' }),
    };
    const degraded = new SandboxedCodeAnalyzer(unavailable, codeAnalysisConfigFromEnv({}));
    const analysis = await degraded.analyze({ code: 'print(eval(input()))\n', language: 'python', analysisType: 'quality' });
    expect(analysis.findings).toEqual([expect.objectContaining({ line: 1, code: 'security/eval' })]);
    expect(analysis.tools.some((t) => t.startsWith('pyflakes'))).toBe(false);
    expect(analysis.confidence).toBe(0.6);
    expect(analysis.summary).toContain('Not checked: pyflakes: Code execution is unavailable');
  });

  it('refuses empty code and unknown analysis types as invalid', async () => {
    await expect(analyzer.analyze({ code: '  ', language: 'python', analysisType: 'quality' })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(analyzer.analyze({ code: 'x', language: 'python', analysisType: 'style' as never })).rejects.toMatchObject({ kind: 'invalid' });
  });
});
