import { CODING_PROBLEMS } from '@candor/application/coding-bank/coding-problem-bank';
import { problemTestCases } from '@candor/application/coding-bank/problem-test-cases';
import { evaluateTestCases } from '@candor/application/code-execution/test-case-evaluation';
import { SANDBOX_LANGUAGES, SandboxLanguage } from '@candor/application/ports/sandbox.port';
import { LocalSandbox } from '@candor/infrastructure/sandbox/local-sandbox.adapter';
import { sandboxConfigFromEnv } from '@candor/infrastructure/sandbox/sandbox-config';

/**
 * Every reference solution of the coding bank passes its own problem's cases (examples, hidden, large) in
 * the real sandbox: Python for every problem, all six languages for the problems that ship them. Two runs
 * at a time, so the suite stays within the sandbox's worker count.
 */
const sandbox = new LocalSandbox(sandboxConfigFromEnv({ SANDBOX_TIMEOUT_MS: '10000', SANDBOX_MEMORY_MB: '512' }));

interface Job {
  readonly problemId: string;
  readonly language: SandboxLanguage;
  readonly code: string;
}

const jobs: Job[] = CODING_PROBLEMS.flatMap((p) =>
  Object.entries(p.reference).map(([language, code]) => ({ problemId: p.id, language: language as SandboxLanguage, code })),
);

async function runAll(concurrency: number): Promise<Map<string, string[]>> {
  const failures = new Map<string, string[]>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const problem = CODING_PROBLEMS.find((p) => p.id === job.problemId)!;
      const cases = problemTestCases(problem);
      const execution = await sandbox.execute({ language: job.language, code: job.code, inputs: cases.map((c) => c.input), limits: { timeoutMs: 10000 } });
      const problems: string[] = [];
      if (execution.compile && !execution.compile.ok) problems.push(`compile error: ${execution.compile.output.slice(0, 300)}`);
      else {
        evaluateTestCases(cases, execution.runs).forEach((r, i) => {
          if (!r.passed) problems.push(`${cases[i].name}: ${r.status} ${r.message ?? ''} got ${JSON.stringify(r.actualOutput.slice(0, 80))} ${r.stderr.slice(0, 200)}`);
        });
      }
      failures.set(`${job.problemId} ${job.language}`, problems);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return failures;
}

describe('coding bank reference solutions', () => {
  it('holds at least 30 problems over easy, medium and hard, each with examples, hidden cases and a large case', () => {
    expect(CODING_PROBLEMS.length).toBeGreaterThanOrEqual(30);
    for (const d of ['easy', 'medium', 'hard']) expect(CODING_PROBLEMS.filter((p) => p.difficulty === d).length).toBeGreaterThanOrEqual(5);
    for (const p of CODING_PROBLEMS) {
      expect(p.examples.length).toBeGreaterThan(0);
      expect(p.hidden.length).toBeGreaterThanOrEqual(3);
      expect(p.reference.python).toBeTruthy();
    }
    const allLanguages = CODING_PROBLEMS.filter((p) => SANDBOX_LANGUAGES.every((l) => p.reference[l]));
    expect(allLanguages.length).toBeGreaterThanOrEqual(6);
  });

  it('passes every case with every reference solution, in every language shipped', async () => {
    const failures = await runAll(2);
    const failed = [...failures].filter(([, problems]) => problems.length > 0);
    expect(failed).toEqual([]);
    expect(failures.size).toBe(jobs.length);
  }, 600_000);
});
