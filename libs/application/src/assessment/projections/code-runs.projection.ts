import { RecordedEvent } from '@candor/contracts';
import { CodeExecutionResult } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { asInterviewEvent, isInterviewEvent } from '../../interview/projections/interview-events';

/** One test case of a run as a report shows it (a hidden case's input and expected output are never recorded). */
export interface CodeRunTest {
  name: string;
  hidden: boolean;
  passed: boolean;
  timeMs: number | null;
  memoryKb: number | null;
}

/** The static analysis recorded for a run (a `CodeAnalyzed` event), as the evidence of a code-quality score. */
export interface CodeRunAnalysis {
  score: number;
  summary: string;
  findingCount: number;
  tools: string[];
  analyzedAt: string;
}

/**
 * What one code run or submission of an interview proved: its tests, time, memory and recorded analysis. The
 * score card cites runs by their `executionId`/`submissionId`; reports resolve those ids here (never re-run).
 */
export interface CodeRunDocument extends ProjectedDocument {
  /** The `executionId` of a CodeExecuted or the `submissionId` of a CodeSubmitted. */
  runId: string;
  interviewId: string;
  kind: 'execution' | 'submission';
  language: string;
  problemId: string | null;
  at: string;
  status: string;
  exitCode: number | null;
  durationMs: number;
  memoryKb: number | null;
  testsPassed: number;
  testsTotal: number;
  tests: CodeRunTest[];
  analysis: CodeRunAnalysis | null;
  /** The stream revision: orders runs recorded within the same millisecond. */
  sequence: number;
}

export const CODE_RUNS_COLLECTION = 'interview_code_runs';

/** A run id is unique within its interview; the document id names both. */
export function codeRunDocumentId(interviewId: string, runId: string): string {
  return `${interviewId}/${runId}`;
}

function runIdOf(event: RecordedEvent): string | null {
  const data = event.data as { executionId?: unknown; submissionId?: unknown };
  const id = event.type === 'CodeSubmitted' ? data.submissionId : data.executionId;
  return typeof id === 'string' ? id : null;
}

function runOf(recorded: RecordedEvent, kind: CodeRunDocument['kind'], runId: string, at: string, language: string, result: CodeExecutionResult, problemId: string | null | undefined): CodeRunDocument {
  const interviewId = String(recorded.data.interviewId);
  const tests = result.testResults.map((t) => ({ name: t.name, hidden: t.hidden ?? false, passed: t.passed, timeMs: t.timeMs ?? null, memoryKb: t.memoryKb ?? null }));
  return {
    _id: codeRunDocumentId(interviewId, runId),
    runId,
    interviewId,
    kind,
    language,
    problemId: problemId ?? null,
    at,
    status: result.status,
    exitCode: result.exitCode,
    durationMs: result.durationMs,
    memoryKb: result.memoryKb,
    testsPassed: tests.filter((t) => t.passed).length,
    testsTotal: tests.length,
    tests,
    analysis: null,
    sequence: recorded.revision,
  };
}

export const codeRunsProjection: Projection<CodeRunDocument> = {
  name: 'interview-code-runs',
  collection: CODE_RUNS_COLLECTION,
  eventTypes: ['CodeExecuted', 'CodeSubmitted', 'CodeAnalyzed'],
  indexes: [{ keys: { interviewId: 1, sequence: 1 } }],
  documentIds: (event) => {
    const runId = runIdOf(event);
    return isInterviewEvent(event) && runId ? [codeRunDocumentId(String(event.data.interviewId), runId)] : [];
  },
  evolve(doc, recorded) {
    const event = asInterviewEvent(recorded);
    switch (event.type) {
      case 'CodeExecuted':
        return runOf(recorded, 'execution', event.data.executionId, event.data.executedAt, event.data.language, event.data.result, event.data.problemId);
      case 'CodeSubmitted':
        return runOf(recorded, 'submission', event.data.submissionId, event.data.submittedAt, event.data.language, event.data.result, event.data.problemId);
      case 'CodeAnalyzed': {
        // An analysis always follows its run on the same stream; one of a run this model never saw is dropped.
        if (!doc) return null;
        const a = event.data;
        return { ...doc, analysis: { score: a.score, summary: a.summary, findingCount: a.findings.length, tools: [...a.tools], analyzedAt: a.analyzedAt } };
      }
      default:
        return doc;
    }
  },
};
