import { CodeAnalysis } from '../../ports/code-analyzer.port';

/** S0 `POST /api/ai/analyze` (seed 000): `{score, issues:[{type,message,line,severity}], suggestions}`, plus what was checked. */
export interface S0AnalyzeResponse {
  readonly score: number;
  readonly issues: readonly {
    readonly type: string;
    readonly message: string;
    readonly line: number | null;
    readonly severity: string;
    readonly column: number | null;
    readonly source: string;
    readonly code: string | null;
  }[];
  readonly suggestions: readonly string[];
  readonly summary: string;
  readonly language: string;
  readonly analysis_type: string;
  readonly tools: readonly string[];
  readonly confidence: number | null;
}

export function toS0AnalyzeResponse(analysis: CodeAnalysis): S0AnalyzeResponse {
  return {
    score: analysis.score,
    issues: analysis.findings.map((f) => ({
      type: f.type,
      message: f.message,
      line: f.line,
      severity: f.severity,
      column: f.column,
      source: f.source,
      code: f.code,
    })),
    suggestions: analysis.suggestions,
    summary: analysis.summary,
    language: analysis.language,
    analysis_type: analysis.analysisType,
    tools: analysis.tools,
    confidence: analysis.confidence ?? null,
  };
}
