import { readAnswer } from './answer-reader';

const statements = (text: string) => readAnswer(text).sentences.map((s) => s.fluent);

describe('reading an answer', () => {
  it.each([
    'Mergesort is stable, but it needs O(n) extra memory, while quicksort sorts in place.',
    'Use None as the default and create a new list inside the function.',
    'When a child renders again for nothing, I wrap it in React.memo.',
    'Props are the inputs a component receives from its parent; the child treats them as read-only.',
    'In practice libraries use a random pivot or introsort, and Python uses timsort.',
  ])('reads a sentence of clauses as a statement: %j', (text) => {
    expect(statements(text)).toEqual([true]);
  });

  it.each([
    'I know these: hash table, o(1), collision, resize, insertion order, because, for example.',
    'The event loop, a single thread, on the heap, in the queue.',
    'wait for i/o, stop firing, run before promises, evaluate once, use none as default.',
    'It is about the hash table, the o(1) lookup, the collision, the resize and the insertion order.',
    'mutable immutable hashable dictionary key fixed record append memory faster',
  ])('reads a list of terms as a list, however it is dressed: %j', (text) => {
    expect(statements(text)).toEqual([false]);
  });

  it('keeps a sentence whole across dotted names and code in backticks', () => {
    expect(readAnswer('I read process.env in Node.js, then call `Object.freeze(config)` on it.').sentences).toHaveLength(1);
  });

  it('reads a compound and a dotted name as their parts, and a trailing period off the last word', () => {
    const words = readAnswer('A multi-stage build uses React.memo in n log n.').words.map((w) => w.raw);
    expect(words).toEqual(['a', 'multi', 'stage', 'build', 'uses', 'react', 'memo', 'in', 'n', 'log', 'n']);
  });

  it('reads contractions as negations', () => {
    const negated = readAnswer("It doesn't block the loop.").words.filter((w) => w.negated).map((w) => w.raw);
    expect(negated).toContain('block');
  });

  it('cuts a run of characters too long to be a word before the model reads it (its tokenizer slows down on them)', () => {
    expect(readAnswer(`${'x'.repeat(200)} is not a word`).words.map((w) => w.raw.length)).toEqual([64, 64, 64, 8, 2, 3, 1, 4]);
  });
});
