import { ALL_LANGUAGES, AnalysisRule, JS_LIKE, RuleContext, RuleHit } from './analysis-rule';
import { enclosingLoops, lineIsInLoop } from './loop-structure';

function nestedOverSameCollection({ loops }: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const loop of loops) {
    if (loop.collection === null) continue;
    const outer = enclosingLoops(loops, loop).find((o) => o.collection === loop.collection);
    if (!outer) continue;
    hits.push({
      line: loop.line,
      message: `Nested loop over ${loop.collection} inside a loop over the same ${loop.collection} (line ${outer.line}): O(n²) in its size`,
    });
  }
  return hits;
}

function deeplyNested({ loops }: RuleContext): RuleHit[] {
  return loops
    .filter((loop) => enclosingLoops(loops, loop).length === 2)
    .map((loop) => ({ line: loop.line, message: 'Loops nested three deep: O(n³) or worse' }));
}

/** Lines inside a loop body whose code-only text matches `pattern`. */
function inLoop(context: RuleContext, pattern: RegExp, message: (match: RegExpExecArray) => string | null, view: 'codeOnly' | 'withoutComments' = 'codeOnly'): RuleHit[] {
  const hits: RuleHit[] = [];
  context.source[view].forEach((text, index) => {
    if (!lineIsInLoop(context.loops, index + 1)) return;
    const match = pattern.exec(text);
    const said = match ? message(match) : null;
    if (said) hits.push({ line: index + 1, message: said });
  });
  return hits;
}

/** Names assigned a list (Python) / array (JS) / List (Java) somewhere in the file, and never a set. */
function listNames(context: RuleContext): Set<string> {
  const lists = new Set<string>();
  const sets = new Set<string>();
  const text = context.source.codeOnly.join('\n');
  const listPattern =
    context.source.family === 'python'
      ? /\b([A-Za-z_]\w*)\s*(?::\s*list[^=\n]*)?=\s*(?:\[|list\s*\()/g
      : /(?<![\w$])([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>\[\]]+)?\s*=\s*(?:\[|new\s+(?:Array|ArrayList|LinkedList)\b|Arrays\.asList|List\.of)|\b(?:List|ArrayList|LinkedList|vector)\s*<[^>]*>\s+([A-Za-z_]\w*)/g;
  const setPattern = /(?<![\w$])([A-Za-z_$][\w$]*)\s*=\s*(?:set\s*\(|\{[^}:]*\}|new\s+(?:Set|HashSet|TreeSet|Map|HashMap)\b|frozenset\s*\()/g;
  for (const match of text.matchAll(listPattern)) lists.add(match[1] ?? match[2]);
  for (const match of text.matchAll(setPattern)) sets.add(match[1]);
  for (const name of sets) lists.delete(name);
  for (const loop of context.loops) if (loop.collection && /^[A-Za-z_$][\w$]*$/.test(loop.collection) && !sets.has(loop.collection)) lists.add(loop.collection);
  return lists;
}

function membershipInLoop(context: RuleContext): RuleHit[] {
  const lists = listNames(context);
  if (context.source.family === 'python') {
    return inLoop(context, /(?<!\bfor\s[^:]*)\b(?:not\s+)?in\s+([A-Za-z_]\w*)\b(?!\s*\()/, (m) =>
      lists.has(m[1]) ? `Membership test on the list ${m[1]} inside a loop: O(n) per test` : null,
    );
  }
  return inLoop(context, /(?<![\w$])([A-Za-z_$][\w$]*)\s*\.\s*(includes|indexOf|contains|lastIndexOf)\s*\(/, (m) =>
    lists.has(m[1]) ? `${m[1]}.${m[2]}() scans the whole list inside a loop: O(n) per test` : null,
  );
}

function stringConcatInLoop(context: RuleContext): RuleHit[] {
  const { source } = context;
  if (source.language === 'java' || source.language === 'cpp') {
    const strings = new Set([...source.codeOnly.join('\n').matchAll(/\b(?:String|std::string|string)\s+([A-Za-z_]\w*)/g)].map((m) => m[1]));
    return inLoop(context, /\b([A-Za-z_]\w*)\s*(?:\+=|=\s*\1\s*\+)/, (m) =>
      strings.has(m[1]) ? `String ${m[1]} is rebuilt on every iteration (each += copies it)` : null,
    );
  }
  const literal = source.family === 'python' ? /\b([A-Za-z_]\w*)\s*(?:\+=|=\s*\1\s*\+)\s*(?:[rbuf]{0,2}["']|str\s*\()/ : /(?<![\w$])([A-Za-z_$][\w$]*)\s*(?:\+=|=\s*\1\s*\+)\s*(?:["'`]|String\s*\()/;
  return inLoop(context, literal, (m) => `String ${m[1]} is built by concatenation inside a loop (repeated copying)`, 'withoutComments');
}

export const PERFORMANCE_RULES: readonly AnalysisRule[] = [
  {
    id: 'performance/nested-loop-same-collection',
    category: 'performance',
    type: 'performance',
    severity: 'warning',
    languages: ALL_LANGUAGES,
    suggestion: 'Avoid scanning a collection inside its own loop: index it once in a set or dict/hash map, or sort it and use two pointers',
    check: nestedOverSameCollection,
  },
  {
    id: 'performance/deep-nesting',
    category: 'performance',
    type: 'performance',
    severity: 'info',
    languages: ALL_LANGUAGES,
    suggestion: 'Look for a better algorithm than three nested loops (precompute, hash, sort, or dynamic programming)',
    check: deeplyNested,
  },
  {
    id: 'performance/list-membership-in-loop',
    category: 'performance',
    type: 'performance',
    severity: 'warning',
    languages: ALL_LANGUAGES,
    suggestion: 'Convert the list to a set (Set/HashSet) once before the loop: membership tests become O(1)',
    check: membershipInLoop,
  },
  {
    id: 'performance/string-concat-in-loop',
    category: 'performance',
    type: 'performance',
    severity: 'info',
    languages: ['python', 'javascript', 'typescript', 'java', 'cpp'],
    suggestion: 'Collect the pieces in a list/array and join them once (StringBuilder in Java)',
    check: (context) => {
      const hits = stringConcatInLoop(context);
      return context.source.language === 'java' ? hits.map((h) => ({ ...h, severity: 'warning' as const })) : hits;
    },
  },
  {
    id: 'performance/pop-front-in-loop',
    category: 'performance',
    type: 'performance',
    severity: 'warning',
    languages: ['python', ...JS_LIKE],
    suggestion: 'Use collections.deque (popleft/appendleft) or an index instead of removing from the front of a list',
    check: (context) =>
      inLoop(context, /\.(pop\s*\(\s*0\s*\)|insert\s*\(\s*0\s*,|shift\s*\(\s*\)|unshift\s*\()/, (m) => `${m[1].replace(/\s+/g, '').replace(/,$/, ', …)')} inside a loop shifts every element: O(n) each time`),
  },
  {
    id: 'performance/sort-in-loop',
    category: 'performance',
    type: 'performance',
    severity: 'info',
    languages: ALL_LANGUAGES,
    suggestion: 'Sort once outside the loop, or keep the data in a heap / sorted structure',
    check: (context) => inLoop(context, /\bsorted\s*\(|\.sort\s*\(|\bstd::sort\s*\(|\bCollections\.sort\s*\(|\bArrays\.sort\s*\(/, () => 'Sorting inside a loop: O(n log n) on every iteration'),
  },
];
