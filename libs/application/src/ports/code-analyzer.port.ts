import { SandboxLanguage } from './sandbox.port';

/** What an analysis looks for (S0 `/api/ai/analyze` `analysis_type`). */
export type AnalysisType = 'quality' | 'security' | 'performance';

export type FindingSeverity = 'info' | 'warning' | 'error';

/** One problem found in the code, at its line (1-based), by a named tool or rule. */
export interface CodeFinding {
  /** e.g. "style", "error", "security", "performance", "unused-import", "undefined-name" */
  readonly type: string;
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly severity: FindingSeverity;
  /** The tool or rule that produced it, e.g. "pyflakes", "pycodestyle", "tsc", "rule:eval". */
  readonly source: string;
  /** The tool's own code for it, e.g. "E501", "TS2304", "F401". */
  readonly code: string | null;
}

export interface CodeAnalysis {
  readonly language: SandboxLanguage;
  readonly analysisType: AnalysisType;
  /** 0–10, derived from the findings (10: nothing found). */
  readonly score: number;
  readonly findings: readonly CodeFinding[];
  readonly suggestions: readonly string[];
  /** A short summary for people, e.g. the S0 `ai_analysis` message's `analysis`. */
  readonly summary: string;
  /** The tools that actually ran, with versions where known (evidence of what was checked). */
  readonly tools: readonly string[];
  /**
   * 0–1: how complete the check was (lower when a planned tool could not run; rules alone are heuristics).
   * The S0 `ai_analysis` message's `confidence`. Optional for adapters that cannot tell.
   */
  readonly confidence?: number;
}

export interface CodeAnalysisRequest {
  readonly code: string;
  readonly language: SandboxLanguage;
  readonly analysisType: AnalysisType;
}

/**
 * Static analysis of candidate code by real tools plus rule-based checks. Adapters run the tools isolated
 * (the sandbox's isolation), never on the API's own process with the candidate's code.
 */
export interface CodeAnalyzer {
  analyze(request: CodeAnalysisRequest): Promise<CodeAnalysis>;
}

export const CODE_ANALYZER = Symbol('CODE_ANALYZER');
