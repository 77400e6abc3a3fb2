import { SourceText } from './source-text';

/** One loop of the candidate's code: where it starts and ends (1-based lines) and what it iterates, when known. */
export interface Loop {
  readonly line: number;
  readonly endLine: number;
  /** Position in the source, so loops starting on one line (comprehensions, chained callbacks) still nest in order. */
  readonly order: number;
  /** The collection or bound iterated, normalised (`xs` for `range(len(xs))`, `xs.length`, `xs.size()`); null for while loops. */
  readonly collection: string | null;
  /** Comprehensions and one-line callbacks end on their own line but still nest inside what follows them there. */
  readonly inline: boolean;
}

/** Loops of the source, outermost first, found on the comment- and string-free text (see source-text.ts). */
export function findLoops(source: SourceText): Loop[] {
  return source.family === 'python' ? pythonLoops(source.codeOnly) : cLikeLoops(source.codeOnly.join('\n'));
}

/** The loops enclosing `loop` (outermost first). */
export function enclosingLoops(loops: readonly Loop[], loop: Loop): Loop[] {
  return loops.filter((outer) => outer !== loop && contains(outer, loop));
}

/** Lines inside some loop's body (not its own header line unless the loop is inline). */
export function lineIsInLoop(loops: readonly Loop[], line: number): boolean {
  return loops.some((loop) => (loop.inline ? line === loop.line : line > loop.line && line <= loop.endLine));
}

function contains(outer: Loop, inner: Loop): boolean {
  if (outer.inline) return inner.line === outer.line && inner.order > outer.order;
  return inner.order > outer.order && inner.line <= outer.endLine && (inner.line > outer.line || inner.inline);
}

/** `range(len(xs))` → `xs`, `enumerate(xs)` → `xs`, `d.items()` → `d`, `xs.length` → `xs`: what a loop walks over. */
export function normalizeCollection(expression: string): string | null {
  let expr = expression.replace(/\s+/g, '');
  for (;;) {
    const unwrapped =
      /^range\((?:[^,()]+,)?([^,()]+(?:\([^()]*\))?)(?:,[^,()]+)?\)$/.exec(expr)?.[1] ??
      /^(?:enumerate|reversed|sorted|list|tuple|set|iter|len|range|zip)\((.*)\)$/.exec(expr)?.[1] ??
      /^(.+)\.(?:items|keys|values|entries|size|length|chars|iterator|begin)(?:\(\))?$/.exec(expr)?.[1] ??
      /^(?:Object\.(?:keys|values|entries)|Array\.from|strlen|std::size|size)\((.*)\)$/.exec(expr)?.[1] ??
      /^(.+?)(?:-1|\+1)$/.exec(expr)?.[1];
    if (unwrapped === undefined || unwrapped === expr) break;
    expr = unwrapped;
  }
  if (expr === '' || /^\d+$/.test(expr)) return null;
  return expr;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
}

function pythonLoops(lines: readonly string[]): Loop[] {
  const loops: Loop[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    const header = /^(\s*)(?:async\s+)?(for|while)\b(.*):\s*$/.exec(text) ?? /^(\s*)(?:async\s+)?(for|while)\b(.*?):\s*\S/.exec(text);
    let inlineFrom = 0;
    if (header) {
      const indent = indentOf(text);
      let endLine = line;
      for (let next = index + 1; next < lines.length; next += 1) {
        if (lines[next].trim() === '') continue;
        if (indentOf(lines[next]) <= indent) break;
        endLine = next + 1;
      }
      const collection = header[2] === 'for' ? normalizeCollection(/^\s*.+?\s+in\s+(.+)$/.exec(header[3])?.[1] ?? '') : null;
      loops.push({ line, endLine, order: index * 10_000, collection, inline: false });
      inlineFrom = header[0].length;
    }
    // Comprehensions and generator expressions: `for x in xs` after an expression, inside brackets.
    const comprehension = /[\[({][^\[\](){}]*?\bfor\s+[\w\s,()]+?\s+in\s+([^\[\]{}]+?(?:\([^()]*\))?)(?=\s+if\b|\s+for\b|\s*[\])}])/g;
    for (const match of text.slice(inlineFrom).matchAll(comprehension)) {
      const nested = /\bfor\s+[\w\s,()]+?\s+in\s+/g;
      const segment = match[0];
      for (const part of segment.matchAll(nested)) {
        const rest = segment.slice((part.index ?? 0) + part[0].length);
        const expr = /^(.+?)(?=\s+if\b|\s+for\b|$)/.exec(rest)?.[1] ?? '';
        loops.push({ line, endLine: line, order: index * 10_000 + inlineFrom + (match.index ?? 0) + (part.index ?? 0) + 1, collection: normalizeCollection(expr), inline: true });
      }
    }
  });
  return loops;
}

function cLikeLoops(code: string): Loop[] {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const loops: Loop[] = [];
  const headers = /\b(for|while)\s*\(|(?<![\w$.\[\]])([\w$.\[\]]+(?:\(\))?)\s*\.\s*(?:forEach|map|filter|reduce|some|every|find|findIndex|flatMap)\s*\(/g;
  for (const match of code.matchAll(headers)) {
    const start = match.index ?? 0;
    const open = start + match[0].length - 1;
    const close = matching(code, open, '(', ')');
    if (close === -1) continue;
    let collection: string | null = null;
    let bodyFrom = close + 1;
    if (match[1] === 'for') {
      const header = code.slice(open + 1, close);
      const each = /^\s*(?:[\w$<>,\[\]&*:\s]+?\s+)?[&*]?\s*[\w$\[\]{},\s]+?(?:\s+(?:of|in)\s+|\s*:\s*)([\s\S]+)$/.exec(header);
      const classic = /;\s*[\w$]+\s*(?:<=?|>=?|!=)\s*([^;]+);/.exec(header);
      collection = normalizeCollection((header.includes(';') ? classic?.[1] : each?.[1]) ?? '');
    } else if (match[2]) {
      collection = normalizeCollection(match[2]);
      bodyFrom = open + 1; // the callback is inside the call's parentheses
    }
    const body = loopBody(code, bodyFrom, match[2] ? close : -1);
    loops.push({ line: lineAt(start), endLine: lineAt(body), order: start, collection, inline: lineAt(body) === lineAt(start) });
  }
  return loops;
}

/** Where a loop's body ends: the brace block that follows (a callback's, before the call closes), else the next `;`. */
function loopBody(code: string, from: number, callEnd: number): number {
  for (let i = from; i < code.length; i += 1) {
    if (code[i] === '{') {
      const end = matching(code, i, '{', '}');
      return end === -1 ? code.length - 1 : end;
    }
    if (callEnd !== -1 && i >= callEnd) return callEnd;
    if (code[i] === ';' && callEnd === -1) return i;
  }
  return code.length - 1;
}

function matching(code: string, open: number, opener: string, closer: string): number {
  let depth = 0;
  for (let i = open; i < code.length; i += 1) {
    if (code[i] === opener) depth += 1;
    else if (code[i] === closer && --depth === 0) return i;
  }
  return -1;
}
