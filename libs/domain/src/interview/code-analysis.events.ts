import { CommandMetadata, DomainEvent } from '../shared/event';
import { InterviewErrors } from './interview.errors';

/** One finding of a code analysis as the interview keeps it (the analyzer's CodeFinding). */
export type RecordedCodeFinding = {
  readonly type: string;
  readonly message: string;
  readonly line: number | null;
  readonly severity: 'info' | 'warning' | 'error';
  /** The tool or rule, e.g. `pyflakes`, `tsc`, `rule:security/eval`. */
  readonly source: string;
  readonly code: string | null;
};

/**
 * What the analysis of one recorded execution or submission found (static analysis, in the background).
 * Type aliases, not interfaces: event payloads must stay assignable to Record<string, unknown>.
 */
export type CodeAnalysisRecord = {
  /** The `executionId` of a CodeExecuted, or the `submissionId` of a CodeSubmitted. */
  readonly executionId: string;
  readonly subject: 'execution' | 'submission';
  readonly language: string;
  readonly analysisType: 'quality' | 'security' | 'performance';
  /** 0–10, derived from the findings. */
  readonly score: number;
  /** 0–1: how complete the check was (lower when a tool could not run). */
  readonly confidence: number;
  readonly summary: string;
  readonly findings: readonly RecordedCodeFinding[];
  readonly suggestions: readonly string[];
  /** The tools and rule sets that ran, with versions: the evidence of what was checked. */
  readonly tools: readonly string[];
};

export type CodeAnalyzed = DomainEvent<'CodeAnalyzed', CodeAnalysisRecord & { readonly interviewId: string; readonly analyzedAt: string }>;

export interface RecordCodeAnalysis {
  readonly type: 'RecordCodeAnalysis';
  readonly data: CodeAnalysisRecord;
  readonly metadata: CommandMetadata;
}

/**
 * An analysis is a fact about code already run, so it is recorded whatever the interview's status (the job
 * may finish after the interview ended); an execution analysed already is a no-op (a redelivered job).
 */
export function decideCodeAnalysis(command: RecordCodeAnalysis, interviewId: string, analysed: readonly string[]): CodeAnalyzed[] {
  const d = command.data;
  if (analysed.includes(d.executionId)) return [];
  if (typeof d.executionId !== 'string' || d.executionId === '') throw InterviewErrors.invalid('execution_id', 'is required');
  if (!Number.isFinite(d.score) || d.score < 0 || d.score > 10) throw InterviewErrors.invalid('score', 'must be between 0 and 10');
  if (!Number.isFinite(d.confidence) || d.confidence < 0 || d.confidence > 1) throw InterviewErrors.invalid('confidence', 'must be between 0 and 1');
  return [{ type: 'CodeAnalyzed', data: { ...d, interviewId, analyzedAt: command.metadata.now } }];
}
