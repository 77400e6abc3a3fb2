import { protectCode } from './code-in-prose';

describe('code written inside prose', () => {
  it.each([
    ['I wrap it in React.memo.', 'I wrap it in React_memo.'],
    ['It reads process.env at startup.', 'It reads process_env at startup.'],
    ['Use asyncio.gather, then await.', 'Use asyncio_gather, then await.'],
    ['A Node.js service.', 'A Node_js service.'],
  ])('keeps the period of a dotted name from ending the sentence: %j', (text, read) => {
    expect(protectCode(text)).toBe(read);
  });

  it('turns the periods of code in backticks into joiners and drops the backticks', () => {
    expect(protectCode('It receives from `time.After(2 * time.Second)` so it gives up.')).toBe('It receives from  time_After(2 * time_Second)  so it gives up.');
  });

  it.each(['Use a tuple, e.g. for a point.', 'Keys are hashed, i.e. mapped to slots.', 'It was added in Python 3.7. It keeps order.', 'It works. Then it stops.'])(
    'leaves abbreviations, version numbers and real sentence ends alone: %j',
    (text) => {
      expect(protectCode(text)).toBe(text);
    },
  );
});
