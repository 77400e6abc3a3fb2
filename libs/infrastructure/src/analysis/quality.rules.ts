import { AnalysisRule, JS_LIKE, RuleHit, matchLines } from './analysis-rule';

/** Python `def` lines lacking annotations: the seed's own example of a quality finding ("Missing type hints"). */
function missingTypeHints(lines: readonly string[]): RuleHit[] {
  const hits: RuleHit[] = [];
  lines.forEach((text, index) => {
    const def = /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(([^)]*)\)\s*(->\s*[^:]+)?:/.exec(text);
    if (!def) return;
    const params = def[2]
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '' && p !== '/' && p !== '*' && !/^(self|cls)$/.test(p));
    const unannotated = params.filter((p) => !/^\**[A-Za-z_]\w*\s*:/.test(p)).map((p) => p.replace(/=.*$/, '').trim());
    if (unannotated.length === 0 && def[3]) return;
    const missing = [unannotated.length ? `parameters ${unannotated.join(', ')}` : '', def[3] ? '' : 'return value'].filter(Boolean).join(' and ');
    hits.push({ line: index + 1, message: `Missing type hints on ${def[1]}(): ${missing}`, suggestion: `Add type hints to ${def[1]}(), e.g. def ${def[1]}(${params.map((p) => (/:/.test(p) ? p : `${p.replace(/=.*$/, '').trim()}: int`)).join(', ')}) -> int:` });
  });
  return hits;
}

export const QUALITY_RULES: readonly AnalysisRule[] = [
  {
    id: 'quality/missing-type-hints',
    category: 'quality',
    type: 'style',
    severity: 'info',
    languages: ['python'],
    suggestion: 'Add type hints to function parameters and return values',
    check: ({ source }) => missingTypeHints(source.codeOnly),
  },
  {
    id: 'quality/mutable-default-argument',
    category: 'quality',
    type: 'bug-risk',
    severity: 'warning',
    languages: ['python'],
    suggestion: 'Default to None and create the list/dict inside the function: a mutable default is shared between calls',
    check: ({ source }) => matchLines(source.codeOnly, /^\s*(?:async\s+)?def\s+(\w+)\s*\([^)]*=\s*(?:\[\s*\]|\{\s*\}|list\(\)|dict\(\)|set\(\))/, (m) => `Mutable default argument in ${m[1]}()`),
  },
  {
    id: 'quality/range-len',
    category: 'quality',
    type: 'style',
    severity: 'info',
    languages: ['python'],
    suggestion: 'Iterate directly, or with enumerate() when the index is needed, instead of range(len(...))',
    check: ({ source }) => matchLines(source.codeOnly, /\bfor\s+\w+\s+in\s+range\s*\(\s*len\s*\(/, () => 'range(len(...)) loop: iterate over the items (or enumerate) instead'),
  },
  {
    id: 'quality/swallowed-exception',
    category: 'quality',
    type: 'bug-risk',
    severity: 'warning',
    languages: ['python'],
    suggestion: 'Catch the specific exception you expect and handle or log it instead of silently passing',
    check: ({ source }) =>
      matchLines(source.codeOnly, /^\s*except\b[^:]*:\s*(pass)?\s*$/, (m, line) =>
        m[1] || /^\s*pass\s*$/.test(source.codeOnly[line] ?? '') ? 'Exception silently ignored (except: pass)' : null,
      ),
  },
  {
    id: 'quality/empty-catch',
    category: 'quality',
    type: 'bug-risk',
    severity: 'warning',
    languages: [...JS_LIKE, 'java', 'cpp'],
    suggestion: 'Handle or log the error in the catch block instead of ignoring it',
    check: ({ source }) => matchLines(source.codeOnly, /\bcatch\s*(?:\([^)]*\))?\s*\{\s*\}/, () => 'Empty catch block silently ignores errors'),
  },
  {
    id: 'quality/var-declaration',
    category: 'quality',
    type: 'style',
    severity: 'info',
    languages: JS_LIKE,
    suggestion: 'Declare variables with const (or let when reassigned) instead of var',
    check: ({ source }) => matchLines(source.codeOnly, /(?<![\w$.])var\s+[A-Za-z_$]/, () => 'var declaration (function-scoped, hoisted)'),
  },
  {
    id: 'quality/loose-equality',
    category: 'quality',
    type: 'bug-risk',
    severity: 'warning',
    languages: JS_LIKE,
    suggestion: 'Use === and !== (== converts types: 0 == "" is true)',
    check: ({ source }) => matchLines(source.codeOnly, /[^=!<>]([=!])=(?!=)(?!\s*(?:null|undefined)\b)/, (m) => `Loose equality (${m[1]}=) converts types before comparing`),
  },
  {
    id: 'quality/explicit-any',
    category: 'quality',
    type: 'style',
    severity: 'info',
    languages: ['typescript'],
    suggestion: 'Replace any with a precise type (or unknown, narrowed before use)',
    check: ({ source }) => matchLines(source.codeOnly, /[:<,]\s*any\b(?!\s*\()/, () => 'Explicit any turns off type checking'),
  },
  {
    id: 'quality/string-reference-equality',
    category: 'quality',
    type: 'bug-risk',
    severity: 'warning',
    languages: ['java'],
    suggestion: 'Compare strings with equals(), not ==',
    check: ({ source }) => matchLines(source.codeOnly, /"\s*[!=]=|[!=]=\s*"/, () => 'Strings compared with == (compares references, not contents)'),
  },
];
