import type { CodeFinding } from '../../ports/code-analyzer.port';
import { CodeReviewTask } from '../../ports/llm-task';

export interface ComposedReview {
  readonly text: string;
  /** How sure the engine is of its review: real analyzer findings rate higher than its own heuristics. */
  readonly confidence: number;
}

interface Observation {
  readonly line: number | null;
  readonly message: string;
  readonly suggestion: string | null;
}

/**
 * A code review written from the code itself: the CodeAnalyzer's findings when one ran, else the engine's
 * own line checks (type hints, docstrings, bare excepts, eval, loose equality, long lines, nesting...).
 */
export function composeCodeReview(task: CodeReviewTask): ComposedReview {
  const language = (task.language ?? guessLanguage(task.code)).toLowerCase();
  const lines = task.code.split('\n');
  const shape = describeShape(task.code, language);
  const header = `Review of the ${language} code (${lines.length} line${lines.length === 1 ? '' : 's'}${shape ? `, ${shape}` : ''}).`;
  if (task.findings) {
    const findings = [...task.findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (findings.length === 0) {
      return { text: `${header}\nThe static analysis found no problems${scoreNote(task.analysisScore)}. ${praise(task.code, language)}`, confidence: 0.9 };
    }
    const body = findings.map((f) => `- ${where(f.line)}${f.message} [${f.source}${f.code ? ` ${f.code}` : ''}, ${f.severity}]`);
    const suggestions = [...new Set(findings.map(suggestionFor).filter((s): s is string => s !== null))];
    return {
      text: [header, `Static analysis found ${findings.length} issue(s)${scoreNote(task.analysisScore)}:`, ...body, ...suggestionBlock(suggestions)].join('\n'),
      confidence: 0.9,
    };
  }
  const observations = heuristics(lines, language);
  if (observations.length === 0) {
    return { text: `${header}\nNo problems found by the built-in checks. ${praise(task.code, language)}`, confidence: 0.6 };
  }
  const suggestions = [...new Set(observations.map((o) => o.suggestion).filter((s): s is string => s !== null))];
  return {
    text: [header, `Observations:`, ...observations.map((o) => `- ${where(o.line)}${o.message}`), ...suggestionBlock(suggestions)].join('\n'),
    confidence: 0.7,
  };
}

function suggestionBlock(suggestions: string[]): string[] {
  return suggestions.length ? ['Suggestions:', ...suggestions.map((s) => `- ${s}`)] : [];
}

function where(line: number | null): string {
  return line ? `Line ${line}: ` : '';
}

function scoreNote(score: number | null): string {
  return score === null ? '' : ` (score ${score}/10)`;
}

function praise(code: string, language: string): string {
  const fns = functionNames(code, language);
  return fns.length ? `The function${fns.length > 1 ? 's' : ''} ${fns.join(', ')} read clearly.` : 'The code is short and readable.';
}

function suggestionFor(f: CodeFinding): string | null {
  const m = f.message.toLowerCase();
  if (m.includes('imported but unused') || m.includes('unused')) return 'Remove unused imports and variables.';
  if (m.includes('undefined name') || m.includes('cannot find name')) return 'Define every name before use (check for typos).';
  if (m.includes('eval')) return 'Avoid eval/exec on data; parse it explicitly instead.';
  if (m.includes('sql')) return 'Use parameterised queries instead of building SQL from strings.';
  if (m.includes('line too long')) return 'Keep lines short (wrap long expressions).';
  if (f.type === 'performance') return 'Revisit the algorithm: avoid repeated scans of the same input.';
  if (f.type === 'security') return 'Treat input as untrusted: validate it and avoid dynamic execution.';
  return null;
}

const GUESSES: readonly [RegExp, string][] = [
  [/^\s*def\s+\w+\s*\(|^\s*import\s+\w+$|print\(/m, 'python'],
  [/:\s*(string|number|boolean)\b|interface\s+\w+\s*\{/m, 'typescript'],
  [/\bfunction\b|=>|\bconst\b|\blet\b|console\.log/m, 'javascript'],
  [/public\s+static\s+void\s+main|System\.out/m, 'java'],
  [/#include\s*</m, 'c'],
];

function guessLanguage(code: string): string {
  return GUESSES.find(([re]) => re.test(code))?.[1] ?? 'code';
}

function functionNames(code: string, language: string): string[] {
  const re = language === 'python' ? /^\s*def\s+(\w+)/gm : /\bfunction\s+(\w+)|\b(?:const|let)\s+(\w+)\s*=\s*(?:async\s*)?\(/gm;
  return [...code.matchAll(re)].map((m) => m[1] ?? m[2]).filter(Boolean);
}

function describeShape(code: string, language: string): string {
  const fns = functionNames(code, language);
  const loops = (code.match(/\b(for|while)\b/g) ?? []).length;
  const parts: string[] = [];
  if (fns.length) parts.push(`${fns.length} function${fns.length > 1 ? 's' : ''}: ${fns.join(', ')}`);
  if (loops) parts.push(`${loops} loop${loops > 1 ? 's' : ''}`);
  return parts.join(', ');
}

function heuristics(lines: readonly string[], language: string): Observation[] {
  const out: Observation[] = [];
  const add = (line: number, message: string, suggestion: string | null) => out.push({ line, message, suggestion });
  lines.forEach((text, i) => {
    const n = i + 1;
    if (text.length > 100) add(n, `line is ${text.length} characters long`, 'Keep lines under 100 characters.');
    if (/\beval\s*\(|\bexec\s*\(/.test(text)) add(n, 'dynamic code execution (eval/exec)', 'Avoid eval/exec on data; parse it explicitly instead.');
    if (/\b(TODO|FIXME|XXX)\b/.test(text)) add(n, 'unfinished work marked in a comment', 'Resolve or track TODO/FIXME comments.');
    if (/(select|insert|update|delete)\b.*['"]\s*\+|f['"].*\b(select|insert|update|delete)\b.*\{/i.test(text)) {
      add(n, 'SQL built by string concatenation', 'Use parameterised queries instead of building SQL from strings.');
    }
    if (language === 'python') {
      const def = /^\s*def\s+(\w+)\s*\(([^)]*)\)\s*(->\s*[^:]+)?:/.exec(text);
      if (def) {
        const params = def[2].split(',').map((s) => s.trim()).filter((s) => s && s !== 'self' && s !== 'cls');
        const untyped = params.filter((s) => !s.includes(':'));
        if (untyped.length || !def[3]) {
          add(n, `function ${def[1]} has no type hints${untyped.length ? ` for ${untyped.map((s) => s.split('=')[0].trim()).join(', ')}` : ''}${def[3] ? '' : ' and no return type'}`, `Add type hints to ${def[1]}, e.g. def ${def[1]}(${params.map((s) => (s.includes(':') ? s : `${s.split('=')[0].trim()}: int`)).join(', ')}) -> int:`);
        }
        const next = lines.slice(i + 1).find((l) => l.trim() !== '');
        if (!/:\s*\S/.test(text.split(')').slice(1).join(')')) && !(next && /^\s*("""|''')/.test(next))) {
          add(n, `function ${def[1]} has no docstring`, `Document what ${def[1]} does in a docstring.`);
        }
        if (/=\s*(\[\]|\{\})/.test(def[2])) add(n, `function ${def[1]} has a mutable default argument`, 'Use None as the default and create the list/dict inside the function.');
      }
      if (/^\s*except\s*:/.test(text)) add(n, 'bare except catches everything, including KeyboardInterrupt', 'Catch the specific exceptions you expect.');
    }
    if (language === 'javascript' || language === 'typescript') {
      if (/\bvar\s+\w+/.test(text)) add(n, 'var is function-scoped', 'Use const (or let when reassigned) instead of var.');
      if (/[^=!]==[^=]/.test(text)) add(n, 'loose equality (==) coerces types', 'Use strict equality (===).');
      if (language === 'typescript' && /:\s*any\b/.test(text)) add(n, 'the any type turns off type checking', 'Replace any with a precise type or unknown.');
    }
    const indent = /^(\s*)/.exec(text)?.[1].replace(/\t/g, '    ').length ?? 0;
    if (indent >= 16 && text.trim()) add(n, 'deeply nested code', 'Extract nested blocks into functions or return early.');
  });
  const seen = new Set<string>();
  return out.filter((o) => {
    const key = `${o.line}:${o.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
