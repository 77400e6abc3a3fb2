import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { resolveLanguage } from '../../code-execution/languages';
import { CODE_ANALYZER, CodeAnalysis, CodeAnalyzer } from '../../ports/code-analyzer.port';
import { AnalyzeCodeQuery } from './analyze-code.query';

@QueryHandler(AnalyzeCodeQuery)
export class AnalyzeCodeHandler implements IQueryHandler<AnalyzeCodeQuery> {
  constructor(@Inject(CODE_ANALYZER) private readonly analyzer: CodeAnalyzer) {}

  execute(query: AnalyzeCodeQuery): Promise<CodeAnalysis> {
    return this.analyzer.analyze({ code: query.code, language: resolveLanguage(query.language), analysisType: query.analysisType });
  }
}
