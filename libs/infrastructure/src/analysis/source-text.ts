import { SandboxLanguage } from '@candor/application/ports/sandbox.port';

/**
 * The candidate's source prepared for line-based rules: the raw lines, the lines without comments (string
 * literals kept, for rules about what a string holds, e.g. SQL) and the lines with comments and string
 * contents blanked (for rules about code, so `"eval("` in a message or `# os.system` never matches).
 * Blanking keeps every character's line and column, so a match's line is the line in the candidate's file.
 */
export interface SourceText {
  readonly language: SandboxLanguage;
  readonly family: 'python' | 'c-like';
  readonly lines: readonly string[];
  readonly withoutComments: readonly string[];
  readonly codeOnly: readonly string[];
}

export function prepareSource(code: string, language: SandboxLanguage): SourceText {
  const family = language === 'python' ? 'python' : 'c-like';
  const { withoutComments, codeOnly } = family === 'python' ? scanPython(code) : scanCLike(code, language === 'javascript' || language === 'typescript');
  return {
    language,
    family,
    lines: code.split('\n'),
    withoutComments: withoutComments.split('\n'),
    codeOnly: codeOnly.split('\n'),
  };
}

/** Keeps newlines (so lines stay aligned) and turns anything else into a space. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function scanPython(code: string): { withoutComments: string; codeOnly: string } {
  let withoutComments = '';
  let codeOnly = '';
  let i = 0;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '#') {
      const end = code.indexOf('\n', i);
      const comment = code.slice(i, end === -1 ? code.length : end);
      withoutComments += blank(comment);
      codeOnly += blank(comment);
      i += comment.length;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const triple = code.startsWith(ch.repeat(3), i);
      const quote = triple ? ch.repeat(3) : ch;
      let j = i + quote.length;
      while (j < code.length) {
        if (code[j] === '\\') j += 2;
        else if (code.startsWith(quote, j)) break;
        else if (!triple && code[j] === '\n') break;
        else j += 1;
      }
      const end = Math.min(code.length, code.startsWith(quote, j) ? j + quote.length : j);
      const literal = code.slice(i, end);
      withoutComments += literal;
      const closed = literal.length >= 2 * quote.length && literal.endsWith(quote);
      codeOnly += quote + blank(literal.slice(quote.length, closed ? -quote.length : undefined)) + (closed ? quote : '');
      i = end;
      continue;
    }
    withoutComments += ch;
    codeOnly += ch;
    i += 1;
  }
  return { withoutComments, codeOnly };
}

function scanCLike(code: string, templates: boolean): { withoutComments: string; codeOnly: string } {
  let withoutComments = '';
  let codeOnly = '';
  let i = 0;
  while (i < code.length) {
    const ch = code[i];
    const next = code[i + 1];
    if (ch === '/' && (next === '/' || next === '*')) {
      const close = next === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i + 2);
      const end = close === -1 ? code.length : next === '/' ? close : close + 2;
      const comment = code.slice(i, end);
      withoutComments += blank(comment);
      codeOnly += blank(comment);
      i = end;
      continue;
    }
    if (ch === '"' || ch === "'" || (templates && ch === '`')) {
      let j = i + 1;
      while (j < code.length && code[j] !== ch && (ch === '`' || code[j] !== '\n')) j += code[j] === '\\' ? 2 : 1;
      const end = Math.min(code.length, code[j] === ch ? j + 1 : j);
      const literal = code.slice(i, end);
      withoutComments += literal;
      const closed = literal.length >= 2 && literal.endsWith(ch);
      codeOnly += ch + blank(literal.slice(1, closed ? -1 : undefined)) + (closed ? ch : '');
      i = end;
      continue;
    }
    withoutComments += ch;
    codeOnly += ch;
    i += 1;
  }
  return { withoutComments, codeOnly };
}
