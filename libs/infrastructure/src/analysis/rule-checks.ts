import { AnalysisType } from '@candor/application/ports/code-analyzer.port';
import { SandboxLanguage } from '@candor/application/ports/sandbox.port';
import { AnalysisRule, RuleHit } from './analysis-rule';
import { findLoops } from './loop-structure';
import { PERFORMANCE_RULES } from './performance.rules';
import { QUALITY_RULES } from './quality.rules';
import { SECURITY_RULES } from './security.rules';
import { prepareSource } from './source-text';

export interface RuleCheckJob {
  readonly code: string;
  readonly language: SandboxLanguage;
  readonly analysisType: AnalysisType;
}

export interface RuleCheckHit {
  readonly ruleId: string;
  readonly hit: RuleHit;
}

/** The rules an analysis type runs: its own category, or every category for `quality` (the full review). */
export function rulesFor(analysisType: AnalysisType, language: SandboxLanguage): AnalysisRule[] {
  const all = [...QUALITY_RULES, ...SECURITY_RULES, ...PERFORMANCE_RULES];
  return all.filter((rule) => rule.languages.includes(language) && (analysisType === 'quality' || rule.category === analysisType));
}

/** Every rule over the source: CPU work on text of any shape, so it runs in a worker thread (rule-check-pool.ts). */
export function runRuleChecks(job: RuleCheckJob): RuleCheckHit[] {
  const source = prepareSource(job.code, job.language);
  const loops = findLoops(source);
  return rulesFor(job.analysisType, job.language).flatMap((rule) => rule.check({ source, loops }).map((hit) => ({ ruleId: rule.id, hit })));
}
