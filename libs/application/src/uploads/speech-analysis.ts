/** Speech facts computed from a transcript and the recording's length; no model, only counting. */
export interface SpeechAnalysis {
  readonly wordCount: number;
  readonly durationSeconds: number | null;
  readonly wordsPerMinute: number | null;
  readonly fillerWordCount: number;
  readonly fillerWords: Record<string, number>;
  /** Filler words per 100 words. */
  readonly fillerRate: number;
  readonly uniqueWordRatio: number;
  readonly averageWordLength: number;
}

export const FILLER_WORDS = ['um', 'uh', 'er', 'ah', 'erm', 'hmm', 'like', 'basically', 'actually', 'literally', 'so', 'well', 'you know', 'i mean', 'kind of', 'sort of'];

export function analyseSpeech(text: string, durationSeconds: number | null): SpeechAnalysis {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const joined = ` ${words.join(' ')} `;
  const fillerWords: Record<string, number> = {};
  for (const filler of FILLER_WORDS) {
    const count = joined.split(` ${filler} `).length - 1;
    if (count > 0) fillerWords[filler] = count;
  }
  const fillerWordCount = Object.values(fillerWords).reduce((a, b) => a + b, 0);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    wordCount: words.length,
    durationSeconds,
    wordsPerMinute: durationSeconds && durationSeconds > 0 ? round(words.length / (durationSeconds / 60)) : null,
    fillerWordCount,
    fillerWords,
    fillerRate: words.length ? round((fillerWordCount / words.length) * 100) : 0,
    uniqueWordRatio: words.length ? round(new Set(words).size / words.length) : 0,
    averageWordLength: words.length ? round(words.reduce((a, w) => a + w.length, 0) / words.length) : 0,
  };
}
