import { AnalysisType, CodeFinding, FindingSeverity } from '@candor/application/ports/code-analyzer.port';

/**
 * The score (0–10) of an analysis, from its findings only, so the same findings always give the same score:
 *
 *   score = max(0, 10 − Σ over findings of weight(severity) / k)
 *
 * weight: error 2.5, warning 1.0, info 0.25; k is the rank of the finding among those with the same
 * source and code (the 1st F401 costs 1.0, the 2nd 0.5, the 3rd 0.33, ...), so one habit repeated on every
 * line (say a style nit) lowers the score logarithmically, not linearly, while distinct problems add up.
 * Rounded to one decimal. No findings: 10.
 */
export const SEVERITY_WEIGHT: Readonly<Record<FindingSeverity, number>> = { error: 2.5, warning: 1, info: 0.25 };

export function scoreOf(findings: readonly CodeFinding[]): number {
  const seen = new Map<string, number>();
  let penalty = 0;
  for (const finding of findings) {
    const key = `${finding.source}|${finding.code ?? finding.type}`;
    const rank = (seen.get(key) ?? 0) + 1;
    seen.set(key, rank);
    penalty += SEVERITY_WEIGHT[finding.severity] / rank;
  }
  return Math.round(Math.max(0, 10 - penalty) * 10) / 10;
}

/**
 * How far the findings can be trusted to be complete: rule-only analyses (security, performance) are
 * heuristics (0.8); with tools, 0.6 + 0.35 × the share of the planned tools that actually ran (all ran: 0.95).
 */
export function confidenceOf(toolsPlanned: number, toolsRan: number): number {
  if (toolsPlanned === 0) return 0.8;
  return Math.round(60 + (35 * Math.min(toolsRan, toolsPlanned)) / toolsPlanned) / 100;
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Findings ordered for people: most severe first, then by line. */
export function byImportance(findings: readonly CodeFinding[]): CodeFinding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0));
}

/** One suggestion per distinct advice, naming the lines it applies to, most severe first (at most `max`). */
export function suggestionsOf(findings: readonly (CodeFinding & { readonly suggestion?: string | null })[], max = 10): string[] {
  const lines = new Map<string, Set<number>>();
  for (const finding of byImportance(findings) as (CodeFinding & { suggestion?: string | null })[]) {
    if (!finding.suggestion) continue;
    const at = lines.get(finding.suggestion) ?? new Set<number>();
    if (finding.line !== null) at.add(finding.line);
    lines.set(finding.suggestion, at);
  }
  return [...lines]
    .slice(0, max)
    .map(([text, at]) => (at.size === 0 ? text : `${text} (line${at.size > 1 ? 's' : ''} ${[...at].sort((a, b) => a - b).join(', ')})`));
}

/** A short account for people (the S0 `ai_analysis` message's `analysis`). */
export function summaryOf(input: {
  readonly analysisType: AnalysisType;
  readonly score: number;
  readonly findings: readonly CodeFinding[];
  readonly tools: readonly string[];
  readonly problems: readonly string[];
}): string {
  const { findings } = input;
  const count = (severity: FindingSeverity) => findings.filter((f) => f.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const checked = input.tools.length ? ` Checked with ${input.tools.join(', ')}.` : '';
  const problems = input.problems.length ? ` Not checked: ${input.problems.join('; ')}.` : '';
  if (findings.length === 0) {
    return `Code looks good: no ${input.analysisType} issues found (score ${input.score}/10).${checked}${problems}`;
  }
  const counts = [plural(count('error'), 'error'), plural(count('warning'), 'warning'), plural(count('info'), 'minor note')]
    .filter((text) => !text.startsWith('0 '))
    .join(', ');
  const top = byImportance(findings)
    .slice(0, 3)
    .map((f) => `${f.message}${f.line !== null ? ` (line ${f.line})` : ''}`)
    .join('; ');
  const verdict = count('error') > 0 ? 'Needs work' : count('warning') > 0 ? 'Mostly fine, with some issues' : 'Code looks good with minor suggestions';
  return `${verdict}: score ${input.score}/10 (${input.analysisType}), ${counts}. Main points: ${top}.${checked}${problems}`;
}
