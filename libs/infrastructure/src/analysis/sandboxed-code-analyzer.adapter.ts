import { builtinModules } from 'node:module';
import { dirname } from 'node:path';
import { realpathSync } from 'node:fs';
import { DomainError } from '@candor/domain';
import {
  AnalysisType,
  CodeAnalysis,
  CodeAnalysisRequest,
  CodeAnalyzer,
} from '@candor/application/ports/code-analyzer.port';
import { SANDBOX_LANGUAGES, Sandbox, SandboxExecution, SandboxLanguage } from '@candor/application/ports/sandbox.port';
import { AnalysisRule, RuleHit } from './analysis-rule';
import { confidenceOf, scoreOf, suggestionsOf, summaryOf } from './analysis-score';
import { AnalysisSlots } from './analysis-slots';
import {
  PYTHON_DRIVER,
  PythonDriverJob,
  TYPESCRIPT_DRIVER,
  ToolStep,
  ToolStepResult,
  TypescriptDriverAnswer,
  TypescriptDriverJob,
} from './analysis-drivers';
import { CodeAnalysisConfig } from './code-analysis-config';
import { RuleCheckPool } from './rule-check-pool';
import { rulesFor } from './rule-checks';
import { AdvisedFinding, gccFindings, pycodestyleFindings, pyflakesFindings, typescriptFindings } from './tool-findings';

export const ANALYSIS_TYPES: readonly AnalysisType[] = ['quality', 'security', 'performance'];

/** Where LocalSandbox mounts the typescript package for the typescript language (local-sandbox.adapter.ts). */
const SANDBOX_TYPESCRIPT_MOUNT = '/opt/typescript';
const STEP_TIMEOUT_SECONDS = 8;
/** pycodestyle's 79 columns flag most interview code; 120 keeps the check for really long lines. */
const MAX_LINE_LENGTH = 120;
const MAX_FINDINGS = 200;

export interface AnalyzerLogger {
  entry(level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

/** What the tools of one analysis produced, and what kept any of them from running. */
interface ToolOutcome {
  readonly findings: readonly AdvisedFinding[];
  readonly planned: number;
  readonly ran: readonly string[];
  readonly problems: readonly string[];
}

const NO_TOOLS: ToolOutcome = { findings: [], planned: 0, ran: [], problems: [] };

/**
 * Static analysis of candidate code: real tools (pyflakes and pycodestyle for Python, the TypeScript
 * compiler for JavaScript/TypeScript, gcc/g++ -Wall -Wextra for C/C++) run inside the code-execution
 * sandbox, through the Sandbox port, so they get its isolation (bubblewrap, no network, rlimits, timeouts,
 * a fresh directory and uid) and its SANDBOX_ALLOW_UNISOLATED rule; plus rule-based security, performance
 * and quality checks over the text, which never execute the code and run in worker threads with a time
 * budget (RuleCheckPool), never on the event loop.
 *
 * `quality` is the full review (tools and every rule); `security` and `performance` run only their rules.
 * When the sandbox cannot run a tool, the analysis still answers from the rules and says what was not checked.
 */
export class SandboxedCodeAnalyzer implements CodeAnalyzer {
  private readonly slots: AnalysisSlots;
  private readonly ruleChecks: RuleCheckPool;
  private readonly globals = nodeGlobals();
  private readonly typescriptDirs = [SANDBOX_TYPESCRIPT_MOUNT, ...hostTypescriptDir()];

  constructor(
    private readonly sandbox: Sandbox,
    private readonly config: CodeAnalysisConfig,
    private readonly logger?: AnalyzerLogger,
  ) {
    this.slots = new AnalysisSlots(config.concurrency, config.queueMax);
    this.ruleChecks = new RuleCheckPool(config.ruleWorkers, config.ruleBudgetMs);
  }

  close(): Promise<void> {
    return this.ruleChecks.close();
  }

  async analyze(request: CodeAnalysisRequest): Promise<CodeAnalysis> {
    const { code, language, analysisType } = this.checked(request);
    const rules = rulesFor(analysisType, language);
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    const hits = await this.ruleChecks.check({ code, language, analysisType });
    const ruleFindings = hits.flatMap(({ ruleId, hit }) => {
      const rule = byId.get(ruleId);
      return rule ? [fromRule(rule, hit)] : [];
    });
    const tools = analysisType === 'quality' ? await this.slots.use(() => this.runTools(language, code)) : NO_TOOLS;

    const all = [...tools.findings, ...ruleFindings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const findings = all.slice(0, MAX_FINDINGS);
    const score = scoreOf(all);
    const toolNames = [...tools.ran, `rules (${new Set(rules.map((r) => r.id)).size} ${analysisType === 'quality' ? 'quality, security and performance' : analysisType} checks)`];
    return {
      language,
      analysisType,
      score,
      findings: findings.map(({ suggestion: _, ...finding }) => finding),
      suggestions: suggestionsOf(all),
      summary: summaryOf({ analysisType, score, findings: all, tools: toolNames, problems: tools.problems }),
      tools: toolNames,
      confidence: confidenceOf(tools.planned, tools.ran.length),
    };
  }

  private checked(request: CodeAnalysisRequest): CodeAnalysisRequest {
    if (typeof request.code !== 'string' || request.code.trim() === '') {
      throw new DomainError('ANALYSIS.CODE_REQUIRED', 'code must be a non-empty string', 'invalid');
    }
    if (Buffer.byteLength(request.code) > this.config.maxCodeBytes) {
      throw new DomainError('ANALYSIS.CODE_TOO_LARGE', `code is larger than ${this.config.maxCodeBytes} bytes`, 'invalid');
    }
    if (!SANDBOX_LANGUAGES.includes(request.language)) {
      throw new DomainError('ANALYSIS.UNKNOWN_LANGUAGE', `language must be one of ${SANDBOX_LANGUAGES.join(', ')}`, 'invalid');
    }
    if (!ANALYSIS_TYPES.includes(request.analysisType)) {
      throw new DomainError('ANALYSIS.UNKNOWN_TYPE', `analysis_type must be one of ${ANALYSIS_TYPES.join(', ')}`, 'invalid');
    }
    return request;
  }

  private runTools(language: SandboxLanguage, code: string): Promise<ToolOutcome> {
    switch (language) {
      case 'python':
        return this.pythonTools(code, 'main.py', [
          { name: 'pyflakes', argv: ['{python}', '-m', 'pyflakes', '{file}'], versionArgv: ['{python}', '-m', 'pyflakes', '--version'], timeoutSeconds: STEP_TIMEOUT_SECONDS },
          {
            name: 'pycodestyle',
            argv: ['{python}', '-m', 'pycodestyle', `--max-line-length=${MAX_LINE_LENGTH}`, '--format=%(row)d:%(col)d:%(code)s:%(text)s', '{file}'],
            versionArgv: ['{python}', '-m', 'pycodestyle', '--version'],
            timeoutSeconds: STEP_TIMEOUT_SECONDS,
          },
        ]);
      case 'c':
        return this.pythonTools(code, 'main.c', [gccStep('gcc', 'gnu17')]);
      case 'cpp':
        return this.pythonTools(code, 'main.cpp', [gccStep('g++', 'gnu++17')]);
      case 'javascript':
      case 'typescript':
        return this.typescriptTool(code, language);
      case 'java':
        // javac needs a JVM (over a gigabyte of address space) for what the rules mostly cover: rules only.
        return Promise.resolve(NO_TOOLS);
    }
  }

  /** Tools run by the python driver, one sandboxed execution for all of them. */
  private async pythonTools(code: string, fileName: string, steps: readonly ToolStep[]): Promise<ToolOutcome> {
    const job: PythonDriverJob = { code, fileName, steps };
    const answer = await this.inSandbox('python', PYTHON_DRIVER, job);
    if (typeof answer === 'string') return { findings: [], planned: steps.length, ran: [], problems: steps.map((s) => `${s.name}: ${answer}`) };
    const results = (answer as { results?: ToolStepResult[] }).results ?? [];
    const findings: AdvisedFinding[] = [];
    const ran: string[] = [];
    const problems: string[] = [];
    for (const result of results) {
      if (result.missing) problems.push(`${result.name} is not installed in the sandbox`);
      else if (result.timedOut) problems.push(`${result.name} timed out`);
      else {
        const output = `${result.stdout}\n${result.stderr}`;
        const found =
          result.name === 'pyflakes'
            ? pyflakesFindings(output, fileName)
            : result.name === 'pycodestyle'
              ? pycodestyleFindings(result.stdout)
              : gccFindings(result.stderr, fileName, result.name);
        findings.push(...found);
        ran.push(result.version ? `${result.name} ${result.version}` : result.name);
      }
    }
    return { findings, planned: steps.length, ran, problems };
  }

  private async typescriptTool(code: string, language: 'javascript' | 'typescript'): Promise<ToolOutcome> {
    const job: TypescriptDriverJob = { code, language, typescriptDirs: this.typescriptDirs, globals: this.globals };
    const answer = (await this.inSandbox('typescript', TYPESCRIPT_DRIVER, job)) as TypescriptDriverAnswer | string;
    if (typeof answer === 'string') return { findings: [], planned: 1, ran: [], problems: [`tsc: ${answer}`] };
    if ('error' in answer) return { findings: [], planned: 1, ran: [], problems: [`tsc: ${answer.error}`] };
    return { findings: typescriptFindings(answer.diagnostics, language), planned: 1, ran: [`tsc ${answer.version}`], problems: [] };
  }

  /** Runs a driver in the sandbox with the job on stdin: its JSON answer, or why there is none. */
  private async inSandbox(language: SandboxLanguage, driver: string, job: object): Promise<object | string> {
    let execution: SandboxExecution;
    try {
      execution = await this.sandbox.execute({ language, code: driver, inputs: [JSON.stringify(job)] });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger?.entry('warn', 'code analysis tools could not run', { language, code: error.code, error: error.message });
      return error.message;
    }
    if (execution.compile && !execution.compile.ok) return `the analysis driver did not compile (${execution.compile.message ?? execution.compile.output.slice(0, 200)})`;
    const run = execution.runs[0];
    if (!run || run.status !== 'ok') {
      const why = run?.message ?? run?.stderr.trim().split('\n').pop() ?? 'no run';
      this.logger?.entry('warn', 'code analysis driver failed', { language, status: run?.status, detail: why });
      return `the analysis tools failed (${run?.status ?? 'no run'}: ${why})`;
    }
    try {
      return JSON.parse(run.stdout) as object;
    } catch {
      return 'the analysis tools gave no readable answer';
    }
  }
}

function gccStep(compiler: 'gcc' | 'g++', standard: string): ToolStep {
  return {
    name: compiler,
    argv: [compiler, '-fsyntax-only', '-Wall', '-Wextra', `-std=${standard}`, '-fno-diagnostics-show-caret', '-fdiagnostics-color=never', '{file}'],
    versionArgv: [compiler, '-dumpfullversion'],
    timeoutSeconds: STEP_TIMEOUT_SECONDS,
  };
}

export { rulesFor };

function fromRule(rule: AnalysisRule, hit: RuleHit): AdvisedFinding {
  return {
    type: rule.type,
    message: hit.message,
    line: hit.line,
    column: null,
    severity: hit.severity ?? rule.severity,
    source: `rule:${rule.id}`,
    code: rule.id,
    suggestion: hit.suggestion ?? rule.suggestion,
  };
}

/** The Node.js globals and built-in modules as `any`, so the type checker does not call them undefined. */
function nodeGlobals(): string {
  const values = ['console', 'process', 'require', 'module', 'exports', 'Buffer', 'global', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'fetch', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'AbortController', 'performance'];
  const modules = builtinModules.filter((name) => !name.startsWith('_'));
  return [
    ...values.map((name) => `declare var ${name}: any;`),
    'declare var __dirname: string;',
    'declare var __filename: string;',
    ...modules.flatMap((name) => [`declare module '${name}';`, ...(name.startsWith('node:') ? [] : [`declare module 'node:${name}';`])]),
  ].join('\n');
}

function hostTypescriptDir(): string[] {
  try {
    return [realpathSync(dirname(require.resolve('typescript/package.json')))];
  } catch {
    return [];
  }
}
