import { CodeAnalysisRecord, DomainError, InterviewEvent } from '@candor/domain';
import { AggregateStore } from '../../commands/aggregate-store';
import { runInterviewCommand } from '../commands/interview-command-runner';
import { CodeAnalysis, CodeAnalyzer } from '../../ports/code-analyzer.port';
import { JobHandler, JobQueue } from '../../ports/job-queue.port';
import { SandboxLanguage } from '../../ports/sandbox.port';

/** The queue of background analyses of code run in an interview (the S0 `ai_analysis` messages come from their events). */
export const CODE_ANALYSIS_QUEUE = 'code-analysis';
/** The most findings an interview event keeps (the analysis route answers with all of them). */
const MAX_RECORDED_FINDINGS = 50;

export interface CodeAnalysisJob {
  readonly interviewId: string;
  readonly executionId: string;
  readonly subject: 'execution' | 'submission';
  readonly code: string;
  readonly language: SandboxLanguage;
}

export interface AnalysisLogger {
  entry(level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

/** Analyses the code (a full `quality` review) and records the result on the interview as CodeAnalyzed. */
export function codeAnalysisJobHandler(analyzer: CodeAnalyzer, store: AggregateStore, logger?: AnalysisLogger): JobHandler<CodeAnalysisJob, boolean> {
  return async (job) => {
    try {
      const analysis = await analyzer.analyze({ code: job.code, language: job.language, analysisType: 'quality' });
      await runInterviewCommand(store, job.interviewId, null, 'participate', { type: 'RecordCodeAnalysis', data: toRecord(job, analysis) });
      return true;
    } catch (error) {
      // A refusal (code too large, interview gone) will not change on a retry: report it and drop the job.
      if (!(error instanceof DomainError)) throw error;
      logger?.entry('warn', 'code analysis not recorded', { interviewId: job.interviewId, executionId: job.executionId, code: error.code, error: error.message });
      return false;
    }
  };
}

export function toRecord(job: Pick<CodeAnalysisJob, 'executionId' | 'subject'>, analysis: CodeAnalysis): CodeAnalysisRecord {
  return {
    executionId: job.executionId,
    subject: job.subject,
    language: analysis.language,
    analysisType: analysis.analysisType,
    score: analysis.score,
    confidence: analysis.confidence ?? 0.5,
    summary: analysis.summary,
    findings: analysis.findings.slice(0, MAX_RECORDED_FINDINGS).map((f) => ({
      type: f.type,
      message: f.message,
      line: f.line,
      severity: f.severity,
      source: f.source,
      code: f.code,
    })),
    suggestions: analysis.suggestions,
    tools: analysis.tools,
  };
}

/** Makes this process a code-analysis worker with `concurrency` analyses at a time. */
export function registerCodeAnalysisWorker(queue: JobQueue, analyzer: CodeAnalyzer, store: AggregateStore, concurrency: number, logger?: AnalysisLogger): void {
  queue.process(CODE_ANALYSIS_QUEUE, concurrency, codeAnalysisJobHandler(analyzer, store, logger));
}

/**
 * Queues the analysis of each execution or submission among just-recorded events, without waiting for it:
 * the caller (the run-code handler) has already answered its client's question. The job id is the
 * execution's, so it is analysed once however often this is called. Never throws: the run is recorded
 * whatever happens to its analysis.
 */
export class CodeAnalysisScheduler {
  constructor(
    private readonly queue: JobQueue,
    private readonly logger?: AnalysisLogger,
  ) {}

  async afterRecorded(interviewId: string, events: readonly InterviewEvent[]): Promise<void> {
    for (const event of events) {
      const job = jobFor(interviewId, event);
      if (!job) continue;
      try {
        await this.queue.enqueue<CodeAnalysisJob>(CODE_ANALYSIS_QUEUE, job, { jobId: `analysis-${job.executionId}`, fairnessKey: interviewId });
      } catch (error) {
        this.logger?.entry('warn', 'code analysis not queued', { interviewId, executionId: job.executionId, error: String(error) });
      }
    }
  }
}

function jobFor(interviewId: string, event: InterviewEvent): CodeAnalysisJob | null {
  if (event.type === 'CodeExecuted') {
    return { interviewId, executionId: event.data.executionId, subject: 'execution', code: event.data.code, language: event.data.language as SandboxLanguage };
  }
  if (event.type === 'CodeSubmitted') {
    return { interviewId, executionId: event.data.submissionId, subject: 'submission', code: event.data.code, language: event.data.language as SandboxLanguage };
  }
  return null;
}
