import { analyseSpeech } from './speech-analysis';

describe('analyseSpeech', () => {
  it('counts words, fillers and the pace', () => {
    const a = analyseSpeech('Um so I think, you know, the answer is uh recursion', 30);
    expect(a.wordCount).toBe(11);
    expect(a.fillerWords).toEqual({ um: 1, uh: 1, so: 1, 'you know': 1 });
    expect(a.fillerWordCount).toBe(4);
    expect(a.wordsPerMinute).toBe(22);
  });

  it('has no pace without a duration', () => {
    expect(analyseSpeech('hello there', null)).toMatchObject({ wordCount: 2, wordsPerMinute: null, fillerWordCount: 0 });
  });
});
