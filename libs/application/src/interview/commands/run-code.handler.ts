import { randomUUID } from 'node:crypto';
import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  CodeExecutionResult,
  CodeTestResult,
  DomainError,
  ExecuteCode,
  interviewDecider,
  InterviewErrors,
  interviewStreamId,
  SubmitCode,
} from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { ExecuteCodeService } from '../../code-execution/execute-code.service';
import { CodeAnalysisScheduler } from '../code-analysis/code-analysis.job';
import { ExecutionResult } from '../../code-execution/execution-result';
import { resolveLanguage } from '../../code-execution/languages';
import { assertInterviewId, assertMayAct } from '../interview-access';
import { runInterviewCommand } from './interview-command-runner';
import { interviewCodingProblem } from '../../coding-bank/interview-coding-problem';
import { problemTestCases, ProblemTestCase } from '../../coding-bank/problem-test-cases';
import { RunInterviewCodeCommand } from './run-code.command';

const LIMIT_OF_STATUS: Record<string, string> = { timeout: 'time', memory_limit: 'memory', output_limit: 'output' };

@CommandHandler(RunInterviewCodeCommand)
export class RunInterviewCodeHandler implements ICommandHandler<RunInterviewCodeCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Optional() @Inject(ExecuteCodeService) private readonly executor: ExecuteCodeService | null,
    @Optional() @Inject(CodeAnalysisScheduler) private readonly analysis: CodeAnalysisScheduler | null = null,
  ) {}

  /**
   * Every run is graded: the program runs on the interview's coding problem's cases (examples, hidden
   * cases, the large one) and each verdict is recorded. An `execute` also runs the candidate's own stdin,
   * which is what it answers with; a `submit` answers with the graded run.
   */
  async execute(c: RunInterviewCodeCommand): Promise<ExecutionResult> {
    const language = resolveLanguage(c.language);
    // Refuse before running anything: the interview must exist, the caller may take part, and it is not over.
    assertInterviewId(c.interviewId);
    const { state } = await this.store.load(interviewStreamId(c.interviewId), interviewDecider);
    if (!state.exists) throw InterviewErrors.notFound();
    const problem = interviewCodingProblem({ interviewId: c.interviewId, codingProblemId: state.codingProblemId, difficulty: state.details.difficulty });
    const command = (result: CodeExecutionResult): Pick<ExecuteCode | SubmitCode, 'type' | 'data'> =>
      c.mode === 'execute'
        ? { type: 'ExecuteCode', data: { executionId: randomUUID(), code: c.code, language, input: c.input, result, problemId: problem.id } }
        : { type: 'SubmitCode', data: { submissionId: randomUUID(), code: c.code, language, result, problemId: problem.id } };
    if (c.actor) assertMayAct({ ownerId: state.ownerId, candidateEmail: state.details.candidateEmail }, c.actor, 'participate');
    interviewDecider.decide({ ...command(NOT_RUN), metadata: this.store.commandMetadata() } as ExecuteCode | SubmitCode, state);

    if (!this.executor) {
      throw new DomainError('SANDBOX.UNAVAILABLE', 'Code execution is not available on this server', 'unavailable');
    }
    const userId = c.actor?.id ?? null;
    const cases = problemTestCases(problem);
    const graded = await this.executor.execute({ language, code: c.code, testCases: cases, userId });
    const shown = c.mode === 'execute' ? await this.executor.execute({ language, code: c.code, stdin: c.input, userId }) : graded;
    const recorded = await runInterviewCommand(this.store, c.interviewId, c.actor, 'participate', command(toRecordedResult(shown, graded, cases)));
    // Queued, not awaited: the analysis reaches the session later, as an ai_analysis message.
    await this.analysis?.afterRecorded(c.interviewId, recorded.events);
    // Hidden cases stay hidden: a submission answers with the verdict counts only; a run with its own output.
    if (c.mode === 'execute') return shown;
    return { ...shown, tests: { passed: graded.tests?.passed ?? 0, total: cases.length, results: [] } };
  }
}

/** Stands in for the result while checking, before running, that the run may be recorded at all. */
const NOT_RUN: CodeExecutionResult = {
  stdout: '',
  stderr: '',
  output: '',
  exitCode: null,
  durationMs: 0,
  memoryKb: null,
  status: 'not_run',
  limitsHit: [],
  testResults: [],
};

/**
 * The run as the interview records it: what the candidate saw, the limits reached, and each case's verdict
 * with its time and memory (a hidden case's input and expected output are left out).
 */
export function toRecordedResult(r: ExecutionResult, graded: ExecutionResult | null = null, cases: readonly ProblemTestCase[] = []): CodeExecutionResult {
  // A limit's explanation is part of what the candidate was shown on stderr.
  const stderr = r.message ? `${r.stderr}${r.stderr && !r.stderr.endsWith('\n') ? '\n' : ''}${r.message}` : r.stderr;
  const limit = LIMIT_OF_STATUS[r.status];
  return {
    stdout: r.stdout,
    stderr,
    output: `${r.stdout}${stderr}`,
    exitCode: r.exitCode,
    durationMs: Math.round(r.executionTimeMs),
    memoryKb: r.memoryKb,
    status: r.status,
    limitsHit: limit ? [limit] : [],
    testResults: graded ? gradedResults(graded, cases) : (r.tests?.results ?? []).map((t) => ({
      name: `test ${t.index + 1}`,
      passed: t.passed,
      expected: t.expectedOutput,
      actual: t.actualOutput,
      ...(t.message ? { message: t.message } : {}),
    })),
  };
}

function gradedResults(graded: ExecutionResult, cases: readonly ProblemTestCase[]): CodeTestResult[] {
  // A program that did not compile failed every case.
  if (graded.status === 'compile_error' || !graded.tests?.results.length) {
    return cases.map((c) => ({ name: c.name, passed: false, hidden: c.hidden, timeMs: 0, memoryKb: null, message: graded.message ?? 'did not compile' }));
  }
  return graded.tests.results.map((t) => {
    const c = cases[t.index];
    return {
      name: c.name,
      passed: t.passed,
      hidden: c.hidden,
      timeMs: Math.round(t.executionTimeMs),
      memoryKb: t.memoryKb,
      ...(c.hidden ? {} : { expected: t.expectedOutput, actual: t.actualOutput }),
      ...(t.message ? { message: t.message } : {}),
    };
  });
}
