import type { RecordedEvent } from '@candor/contracts';
import type { AiAnalysisMessage, CodeUpdateMessage, ExecutionResultMessage, ExecutionTestResult } from '@candor/contracts/ws/ws-messages';
import type { CodeAnalyzed, CodeExecuted, CodeSubmitted, CodeTestResult, CodeUpdated, InterviewEvent } from '@candor/domain';

export type SessionMessage = CodeUpdateMessage | ExecutionResultMessage | AiAnalysisMessage;

/** What the participants of an S0 session see of an event of its interview (seed 000, "WebSocket Events"). */
export function sessionMessageFor(recorded: RecordedEvent): SessionMessage | null {
  const event = recorded as unknown as InterviewEvent;
  switch (event.type) {
    case 'CodeUpdated':
      return codeUpdate(event, recorded.metadata.userId);
    case 'CodeExecuted':
      return executionResult(event.data.executionId, event, 'execution', event.data.executedAt);
    case 'CodeSubmitted':
      return executionResult(event.data.submissionId, event, 'submission', event.data.submittedAt);
    case 'CodeAnalyzed':
      return aiAnalysis(event);
    default:
      return null;
  }
}

function codeUpdate(event: CodeUpdated, userId: string | null): CodeUpdateMessage {
  return {
    type: 'code_update',
    data: {
      session_id: event.data.interviewId,
      code: event.data.code,
      language: event.data.language,
      timestamp: event.data.updatedAt,
      user_id: userId,
    },
  };
}

function executionResult(
  id: string,
  event: CodeExecuted | CodeSubmitted,
  kind: 'execution' | 'submission',
  timestamp: string,
): ExecutionResultMessage {
  const result = event.data.result;
  return {
    type: 'execution_result',
    data: {
      session_id: event.data.interviewId,
      output: result.output,
      exit_code: result.exitCode,
      execution_time: result.durationMs / 1000,
      timestamp,
      execution_id: id,
      kind,
      language: event.data.language,
      error: result.stderr || null,
      status: result.status,
      ...(result.testResults.length > 0 ? testSummary(result.testResults) : {}),
    },
  };
}

/** A graded run: what every participant sees of its cases (a hidden case's input and outputs were never recorded). */
function testSummary(results: readonly CodeTestResult[]): { tests_passed: number; tests_total: number; test_results: ExecutionTestResult[] } {
  return {
    tests_passed: results.filter((r) => r.passed).length,
    tests_total: results.length,
    test_results: results.map((r) => ({
      name: r.name,
      passed: r.passed,
      hidden: r.hidden ?? false,
      ...(r.expected !== undefined ? { expected: r.expected } : {}),
      ...(r.actual !== undefined ? { actual: r.actual } : {}),
      ...(r.message !== undefined ? { message: r.message } : {}),
      ...(r.timeMs !== undefined ? { time_ms: r.timeMs } : {}),
    })),
  };
}

function aiAnalysis(event: CodeAnalyzed): AiAnalysisMessage {
  const d = event.data;
  return {
    type: 'ai_analysis',
    data: {
      session_id: d.interviewId,
      analysis: d.summary,
      confidence: d.confidence,
      timestamp: d.analyzedAt,
      execution_id: d.executionId,
      kind: d.subject,
      language: d.language,
      analysis_type: d.analysisType,
      score: d.score,
      issues: d.findings.map((f) => ({ type: f.type, message: f.message, line: f.line, severity: f.severity, source: f.source, code: f.code })),
      suggestions: d.suggestions,
      tools: d.tools,
    },
  };
}
