import { containsKeyword, stem, tokenize } from './text-match';

const mentions = (text: string, keyword: string) => containsKeyword(tokenize(text), keyword);

describe('keyword matching', () => {
  it.each([
    ['a multi-stage build', 'multistage'],
    ['a multistage build', 'multi stage'],
    ['a multistage build', 'multi-stage'],
    ['it adds a time-out', 'timeout'],
    ['the component is re-rendered', 'rerender'],
    ['a timeout of 200ms', '200 ms'],
    ['a timeout of 200 ms', '200ms'],
    ['it calls ctx.Done()', 'ctx.done'],
  ])('matches a compound written joined or apart: %j ~ %j', (text, keyword) => {
    expect(mentions(text, keyword)).toBe(true);
  });

  it.each([
    ['the child is memoised', 'memoiz'],
    ['the child is memoized', 'memoise'],
    ['it changes the behaviour', 'behavior'],
    ['serialisation of the payload', 'serialize'],
    ['analyse the plan', 'analyze'],
    ['the data centre', 'data center'],
    ['the modelling step', 'modeling'],
  ])('reads a British spelling as the American one: %j ~ %j', (text, keyword) => {
    expect(mentions(text, keyword)).toBe(true);
  });

  it('gives the -ize family one stem, whatever the suffix', () => {
    expect(new Set(['optimize', 'optimizing', 'optimized', 'optimization', 'optimise', 'optimisation'].map((w) => tokenize(w)[0].stem))).toEqual(new Set([stem('optimize')]));
  });

  it.each([
    ['a hash of the table', 'hashtable'],
    ['the time is out', 'timeout'],
    ['a time limit is out of reach', 'timeout'],
  ])('does not join words that are not neighbours: %j !~ %j', (text, keyword) => {
    expect(mentions(text, keyword)).toBe(false);
  });

  it('keeps words that only look like Object properties as words', () => {
    expect(tokenize('the constructor and toString')[0].raw).toBe('the');
    expect(tokenize('the constructor and toString')[1].raw).toBe('constructor');
    expect(mentions('call the constructor', 'constructor')).toBe(true);
  });
});
