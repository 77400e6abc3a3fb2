import { Query } from '@nestjs/cqrs';
import type { AnalysisType, CodeAnalysis } from '../../ports/code-analyzer.port';

/** Analyse a piece of code outside any interview (S0 `POST /api/ai/analyze`); the code is never executed. */
export class AnalyzeCodeQuery extends Query<CodeAnalysis> {
  constructor(
    readonly code: string,
    /** A language name or alias as the client sent it; resolved to a sandbox language by the handler. */
    readonly language: string,
    readonly analysisType: AnalysisType,
  ) {
    super();
  }
}
