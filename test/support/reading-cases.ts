/**
 * How the built-in judge reads the way people really write: hyphenated compounds, dotted identifiers and code in
 * backticks, keyword lists dressed up with function words, notation and units, British and American spelling,
 * contractions and the scope of a negation. Each case is one answer to a bank question and what the judge must
 * make of it: the points it states (covered), or a ceiling or floor on its score (on a scale of 10).
 * Used by test/judge/judge-reading.spec.ts and by `npm run bench -- judge`.
 */
export type ReadingTrap =
  | 'hyphenated compound'
  | 'dotted identifier'
  | 'code in backticks'
  | 'keyword list with function words'
  | 'notation and units'
  | 'british and american spelling'
  | 'contraction and negation scope';

export interface ReadingCase {
  /** What the case shows, as the spec names it. */
  readonly shows: string;
  readonly trap: ReadingTrap;
  readonly questionId: string;
  /** Judge against these points only, as after a probe on them (every point of the question otherwise). */
  readonly pointIds?: readonly string[];
  readonly answer: string;
  /** Point ids the answer states: the judge must count each as covered. */
  readonly covers?: readonly string[];
  /** Point ids the answer does not affirm: the judge must not count them. */
  readonly misses?: readonly string[];
  readonly atMost?: number;
  readonly atLeast?: number;
}

export const READING_CASES: readonly ReadingCase[] = [
  {
    shows: 're-rendered, written with a hyphen, states the re-render point',
    trap: 'hyphenated compound',
    questionId: 'react-m-2',
    answer: 'A Provider near the top supplies a value and any descendant reads it with useContext. When the provider gets a new value, each component that reads it is re-rendered.',
    covers: ['provider', 'rerender'],
  },
  {
    shows: 'multi-stage, written with a hyphen, matches the keyword multi-stage',
    trap: 'hyphenated compound',
    questionId: 'docker-m-1',
    answer: 'I use a multi-stage build, so the compilers stay in the first stage and only the binary is copied into the final image.',
    covers: ['multistage'],
  },
  {
    shows: 'block-scoped and function-scoped, written with hyphens, state the scope point',
    trap: 'hyphenated compound',
    questionId: 'js-e-1',
    answer: 'var is function-scoped, while let and const are block-scoped, so a let declared inside an if is not visible after it.',
    covers: ['scope'],
  },
  {
    shows: 'time-out, written with a hyphen, matches the keyword timeout',
    trap: 'hyphenated compound',
    questionId: 'go-m-5',
    answer: 'To stop waiting after two seconds I add a case that receives from a time-out channel created before the select.',
    covers: ['timeout'],
  },
  {
    shows: 'React.memo at the end of a sentence is a name, not the end of the sentence before memo',
    trap: 'dotted identifier',
    questionId: 'react-h-1',
    answer: 'To stop a child from rendering again when its props are equal, I wrap the child component in React.memo.',
    covers: ['memo'],
  },
  {
    shows: 'Node.js and process.env keep their sentence whole',
    trap: 'dotted identifier',
    questionId: 'node-e-3',
    answer: 'A Node.js service reads its configuration from process.env.',
    covers: ['process-env'],
  },
  {
    shows: 'ctx.Done inside a sentence matches the keyword ctx.done',
    trap: 'dotted identifier',
    questionId: 'go-m-5',
    answer: 'To give up after two seconds I receive from ctx.Done in one of the cases, with a context that carries a deadline.',
    covers: ['timeout'],
  },
  {
    shows: 'asyncio.gather does not cut the sentence that explains await',
    trap: 'dotted identifier',
    questionId: 'py-m-6',
    answer: 'I start the coroutines with asyncio.gather so that each await gives control back to the loop.',
    covers: ['await'],
  },
  {
    shows: 'code in backticks at the end of a sentence is read as a name',
    trap: 'code in backticks',
    questionId: 'react-h-1',
    answer: 'When a child renders again for nothing, I wrap it in `React.memo`.',
    covers: ['memo'],
  },
  {
    shows: 'a call in backticks with dots and parentheses stays inside its sentence',
    trap: 'code in backticks',
    questionId: 'go-m-5',
    answer: 'I add a case that receives from `time.After(2 * time.Second)` so the select gives up on time.',
    covers: ['timeout'],
  },
  {
    shows: 'a keyword list after "I know these:" is still a list',
    trap: 'keyword list with function words',
    questionId: 'py-m-1',
    answer: 'I know these: hash table, o(1), collision, resize, insertion order, because, for example.',
    atMost: 3,
  },
  {
    shows: 'phrases full of articles and prepositions, strung with commas, are a list',
    trap: 'keyword list with function words',
    questionId: 'js-m-1',
    answer: 'The single thread, the call stack, the task queue, a microtask, a promise and then the callback, blocking and async.',
    atMost: 3,
  },
  {
    shows: 'the old node event-loop keywords strung together are a list even with a verb among them',
    trap: 'keyword list with function words',
    questionId: 'node-e-6',
    answer: 'nexttick before the event loop, before promises, in the check phase, setimmediate after i/o, in the timers phase, at least the delay, wait for i/o, starve i/o.',
    atMost: 3,
  },
  {
    shows: 'join phrases with articles, strung with commas, are a list',
    trap: 'keyword list with function words',
    questionId: 'sql-e-1',
    answer: 'Only the matching rows, in both tables, all the rows of the left table, nulls for the missing side, preserve the left table.',
    atMost: 3,
  },
  {
    shows: 'a clause followed by a string of article-led terms is still a list',
    trap: 'keyword list with function words',
    questionId: 'py-m-1',
    answer: 'It is all about the hash table, the o(1) lookup, the collision, the resize and the insertion order.',
    atMost: 3,
  },
  {
    shows: 'a real sentence with one misread clause beside a real one still states its point',
    trap: 'keyword list with function words',
    questionId: 'algo-m-1',
    answer: 'In practice libraries use a random pivot or introsort, and Python uses timsort.',
    covers: ['practice'],
  },
  {
    shows: 'a bare keyword list behind "It is about the" is still a keyword list',
    trap: 'keyword list with function words',
    questionId: 'py-e-1',
    answer: 'It is about the mutable immutable hashable dictionary key fixed record append memory faster.',
    atMost: 3,
  },
  {
    shows: "a probed point's keywords strung together are a dump, though their own verbs make them parse",
    trap: 'keyword list with function words',
    questionId: 'py-e-1',
    pointIds: ['mutability'],
    answer: 'mutable immutable cannot be changed can be modified cannot modify',
    atMost: 3,
  },
  {
    shows: "a probed point's keyword phrases with articles and prepositions are a dump",
    trap: 'keyword list with function words',
    questionId: 'ds-h-1',
    pointIds: ['evict'],
    answer: 'move to front move to the head evict tail capacity remove the last',
    atMost: 3,
  },
  {
    shows: 'n log n at the end of a sentence matches the keyword n log n',
    trap: 'notation and units',
    questionId: 'algo-m-1',
    answer: 'On average quicksort runs in n log n.',
    covers: ['quicksort'],
  },
  {
    shows: 'O(1) and O(n) notation is read as the keywords it spells',
    trap: 'notation and units',
    questionId: 'py-m-1',
    answer: 'A dict is a hash table underneath, so a lookup costs O(1) on average and only degrades to O(n) when every key collides.',
    covers: ['hash-table', 'complexity', 'collisions'],
  },
  {
    shows: 'memoised (British) matches the keyword memoiz (American)',
    trap: 'british and american spelling',
    questionId: 'react-h-1',
    answer: 'I memoised the child component, so it skips the work when its props have not changed.',
    covers: ['memo'],
  },
  {
    shows: 'a contraction negates: "doesn\'t" and "aren\'t" keep the keywords from counting',
    trap: 'contraction and negation scope',
    questionId: 'py-m-1',
    answer: "A dict doesn't use a hash table, and lookups aren't constant time; there are no collisions and it isn't resized.",
    misses: ['hash-table', 'complexity', 'collisions', 'resize'],
    atMost: 3,
  },
  {
    shows: '"not only X but also Y" affirms both X and Y',
    trap: 'contraction and negation scope',
    questionId: 'py-m-1',
    answer: 'A dict is not only a hash table but also ordered, since Python 3.7 keeps the insertion order.',
    covers: ['hash-table', 'ordering'],
  },
  {
    shows: 'a point that is itself a negation ("cannot be reassigned") is stated by a negated answer',
    trap: 'contraction and negation scope',
    questionId: 'js-e-1',
    answer: "A const binding can't be reassigned, though the object it points to can still be changed.",
    covers: ['reassign'],
  },
];

/** The points a case is judged against. */
export function caseRubric<P extends { readonly id: string }>(c: ReadingCase, points: readonly P[]): readonly P[] {
  return c.pointIds ? points.filter((p) => c.pointIds!.includes(p.id)) : points;
}

/** Whether a verdict meets everything the case asks (the bench counts cases judged right with it). */
export function readingCaseHolds(c: ReadingCase, verdict: { readonly score10: number; readonly covered: readonly string[] }): boolean {
  return (
    (c.covers ?? []).every((id) => verdict.covered.includes(id)) &&
    (c.misses ?? []).every((id) => !verdict.covered.includes(id)) &&
    (c.atMost === undefined || verdict.score10 <= c.atMost) &&
    (c.atLeast === undefined || verdict.score10 >= c.atLeast)
  );
}
