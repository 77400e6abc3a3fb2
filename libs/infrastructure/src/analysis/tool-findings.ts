import { CodeFinding, FindingSeverity } from '@candor/application/ports/code-analyzer.port';
import { TypescriptDiagnostic } from './analysis-drivers';

/** A finding with the advice it calls for (collected into the analysis's suggestions). */
export type AdvisedFinding = CodeFinding & { readonly suggestion: string | null };

function finding(
  source: string,
  code: string | null,
  type: string,
  severity: FindingSeverity,
  message: string,
  line: number | null,
  column: number | null,
  suggestion: string | null,
): AdvisedFinding {
  return { type, message, line, column, severity, source, code, suggestion };
}

const SYNTAX_ADVICE = 'Fix the syntax error first: the rest of the file cannot be checked reliably until it parses';

/** pyflakes has no codes of its own; these are flake8's names for its messages. */
const PYFLAKES: readonly { pattern: RegExp; code: string; type: string; severity: FindingSeverity; suggestion: string }[] = [
  { pattern: /imported but unused/, code: 'F401', type: 'unused-import', severity: 'warning', suggestion: 'Remove unused imports' },
  { pattern: /^undefined name/, code: 'F821', type: 'undefined-name', severity: 'error', suggestion: 'Define or import every name before using it (check for typos)' },
  { pattern: /assigned to but never used/, code: 'F841', type: 'unused-variable', severity: 'warning', suggestion: 'Remove variables that are never used, or use them' },
  { pattern: /^redefinition of unused/, code: 'F811', type: 'redefinition', severity: 'warning', suggestion: 'Remove or rename the duplicate definition' },
  { pattern: /import \*|from star imports/, code: 'F403', type: 'star-import', severity: 'warning', suggestion: 'Import names explicitly instead of import *' },
  { pattern: /f-string is missing placeholders/, code: 'F541', type: 'style', severity: 'info', suggestion: 'Drop the f prefix from strings without placeholders' },
  { pattern: /use ==\/!= to compare|is not with a literal|is with a literal/, code: 'F632', type: 'bug-risk', severity: 'warning', suggestion: 'Compare values with == / != (is compares identity)' },
  { pattern: /referenced before assignment/, code: 'F823', type: 'undefined-name', severity: 'error', suggestion: 'Assign local variables before reading them' },
  { pattern: /^'return' outside function|^'yield' outside function|outside loop/, code: 'F7', type: 'syntax', severity: 'error', suggestion: SYNTAX_ADVICE },
];

/** `path:line:col: message` lines (a syntax error adds the offending line and a caret, which are skipped). */
export function pyflakesFindings(output: string, fileName: string): AdvisedFinding[] {
  const findings: AdvisedFinding[] = [];
  const pattern = new RegExp(`^.*${escape(fileName)}:(\\d+):(?:(\\d+):?)?\\s*(.+)$`);
  for (const text of output.split('\n')) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [, line, column, message] = match;
    const known = PYFLAKES.find((p) => p.pattern.test(message));
    const syntax = !known && /syntax|unexpected indent|unindent|EOF|invalid|expected|unterminated|never closed|does not match/i.test(message);
    findings.push(
      known
        ? finding('pyflakes', known.code, known.type, known.severity, message, Number(line), column ? Number(column) : null, known.suggestion)
        : syntax
          ? finding('pyflakes', 'E999', 'syntax', 'error', `Syntax error: ${message}`, Number(line), column ? Number(column) : null, SYNTAX_ADVICE)
          : finding('pyflakes', 'F', 'bug-risk', 'warning', message, Number(line), column ? Number(column) : null, null),
    );
  }
  return findings;
}

/** `row:col:code:text` lines (pycodestyle run with that --format). */
export function pycodestyleFindings(output: string): AdvisedFinding[] {
  const findings: AdvisedFinding[] = [];
  for (const text of output.split('\n')) {
    const match = /^(\d+):(\d+):([EWC]\d+):(.*)$/.exec(text.trim());
    if (!match) continue;
    const [, line, column, code, message] = match;
    // E9: the file does not parse (pyflakes reports it too); E7: statements that are likely mistakes (== None, bare except).
    const syntax = code.startsWith('E9');
    const severity: FindingSeverity = syntax ? 'error' : code.startsWith('E7') || code.startsWith('W6') ? 'warning' : 'info';
    const suggestion = syntax
      ? SYNTAX_ADVICE
      : code === 'E722'
        ? 'Catch specific exceptions instead of a bare except'
        : code === 'E711' || code === 'E712'
          ? 'Compare with None/True/False using is / is not, or test truthiness'
          : severity === 'info'
            ? 'Follow PEP 8 layout (a formatter such as black or autopep8 fixes these)'
            : null;
    findings.push(finding('pycodestyle', code, syntax ? 'syntax' : 'style', severity, message.trim(), Number(line), Number(column), suggestion));
  }
  return findings;
}

/** gcc/g++ `-fsyntax-only -Wall -Wextra` diagnostics: `file:line:col: warning|error: message [-Wflag]`. */
export function gccFindings(output: string, fileName: string, tool: string): AdvisedFinding[] {
  const findings: AdvisedFinding[] = [];
  const pattern = new RegExp(`^.*${escape(fileName)}:(\\d+):(\\d+):\\s+(warning|error|fatal error):\\s+(.*?)(?:\\s+\\[(-W[^\\]]+)\\])?$`);
  for (const text of output.split('\n')) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [, line, column, kind, message, flag] = match;
    const error = kind !== 'warning';
    const unused = flag?.startsWith('-Wunused');
    findings.push(
      finding(
        tool,
        flag ?? (error ? 'error' : 'warning'),
        error ? 'error' : unused ? 'unused' : 'warning',
        error ? 'error' : 'warning',
        message.replace(/[‘’]/g, "'"),
        Number(line),
        Number(column),
        error ? 'Fix the compile errors first' : unused ? 'Remove unused variables and parameters' : 'Fix the compiler warnings (-Wall -Wextra)',
      ),
    );
  }
  return findings;
}

const TS_UNUSED = new Set([6133, 6138, 6192, 6196, 6198, 6199, 6205]);
const TS_UNDEFINED = new Set([2304, 2552, 2582, 2583, 2584, 18004]);
const TS_IMPLICIT_ANY = new Set([7005, 7006, 7008, 7019, 7031, 7034]);
const TS_FLOW = new Set([7027, 7028, 7029, 7030]);

/** TypeScript compiler diagnostics as findings (code `TS<n>`). */
export function typescriptFindings(diagnostics: readonly TypescriptDiagnostic[], language: 'javascript' | 'typescript'): AdvisedFinding[] {
  return diagnostics.map((d) => {
    const at = [d.line, d.column] as const;
    const code = `TS${d.code}`;
    if (d.code < 2000) return finding('tsc', code, 'syntax', 'error', d.message, ...at, SYNTAX_ADVICE);
    if (TS_UNUSED.has(d.code)) return finding('tsc', code, 'unused', 'warning', d.message, ...at, 'Remove unused imports, variables and parameters');
    if (TS_UNDEFINED.has(d.code)) return finding('tsc', code, 'undefined-name', 'error', d.message, ...at, 'Define or import every name before using it (check for typos)');
    if (d.code === 2307) return finding('tsc', code, 'import', 'warning', d.message, ...at, 'Only the language runtime is available: do not depend on third-party packages');
    if (TS_IMPLICIT_ANY.has(d.code)) return finding('tsc', code, 'type', 'info', d.message, ...at, 'Annotate parameter and variable types');
    if (TS_FLOW.has(d.code)) return finding('tsc', code, 'bug-risk', 'warning', d.message, ...at, 'Make every code path reachable and return a value on every path');
    return finding('tsc', code, 'type', language === 'typescript' ? 'error' : 'warning', d.message, ...at, language === 'typescript' ? 'Fix the type errors' : null);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
