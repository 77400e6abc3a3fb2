import { AnalysisType, FindingSeverity } from '@candor/application/ports/code-analyzer.port';
import { SandboxLanguage } from '@candor/application/ports/sandbox.port';
import { Loop } from './loop-structure';
import { SourceText } from './source-text';

/** What a rule sees: the prepared source and its loops (computed once per analysis). */
export interface RuleContext {
  readonly source: SourceText;
  readonly loops: readonly Loop[];
}

export interface RuleHit {
  readonly line: number;
  readonly message: string;
  /** Overrides the rule's severity for this hit (e.g. a shell call built by concatenation is worse). */
  readonly severity?: FindingSeverity;
  readonly suggestion?: string;
}

/**
 * A rule-based check over the source text. Rules never execute the code, so they run in the API process;
 * the tools (pyflakes, pycodestyle, tsc, gcc) run in the sandbox.
 */
export interface AnalysisRule {
  /** Stable id, reported as the finding's code (`source` is `rule:<id>`). */
  readonly id: string;
  readonly category: Exclude<AnalysisType, 'quality'> | 'quality';
  /** The finding's `type`. */
  readonly type: string;
  readonly severity: FindingSeverity;
  readonly languages: readonly SandboxLanguage[];
  readonly suggestion: string;
  check(context: RuleContext): RuleHit[];
}

export const ALL_LANGUAGES: readonly SandboxLanguage[] = ['python', 'javascript', 'typescript', 'java', 'c', 'cpp'];
export const JS_LIKE: readonly SandboxLanguage[] = ['javascript', 'typescript'];

/** One hit per line matching `pattern` in the chosen view of the source. */
export function matchLines(
  lines: readonly string[],
  pattern: RegExp,
  message: (match: RegExpExecArray, line: number) => string | null,
): RuleHit[] {
  const hits: RuleHit[] = [];
  lines.forEach((text, index) => {
    const match = pattern.exec(text);
    if (!match) return;
    const said = message(match, index + 1);
    if (said !== null) hits.push({ line: index + 1, message: said });
  });
  return hits;
}
