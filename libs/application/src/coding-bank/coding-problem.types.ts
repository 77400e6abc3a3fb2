/** A coding problem of the bank: graded by stdin/stdout cases, so every sandbox language is judged alike. */
export type ProblemDifficulty = 'easy' | 'medium' | 'hard';

export interface ProblemExample {
  readonly input: string;
  readonly output: string;
}

/** How the large case's input is produced (seeded, so it is the same everywhere); see large-input.generator.ts. */
export interface LargeInputSpec {
  readonly head?: string;
  readonly tail?: string;
  readonly ints?: { readonly n: number; readonly min: number; readonly max: number; readonly seed: number };
  readonly string?: { readonly n: number; readonly alphabet: string; readonly seed: number };
  /** k sorted lists of m values each, one per line after a line with k. */
  readonly lists?: { readonly k: number; readonly m: number; readonly min: number; readonly max: number; readonly seed: number };
}

export interface LargeCase {
  readonly generator: LargeInputSpec;
  /** The expected output is stored as the SHA-256 of its normalised text (it can be long). */
  readonly outputSha256: string;
  readonly outputPreview: string;
  /** A run slower than this fails the case: it is what separates O(n log n) from O(n²). */
  readonly timeLimitMs: number;
}

export interface CodingProblem {
  readonly id: string;
  readonly title: string;
  readonly difficulty: ProblemDifficulty;
  readonly tags: readonly string[];
  readonly statement: string;
  readonly inputFormat: string;
  readonly outputFormat: string;
  /** Shown to the candidate. */
  readonly examples: readonly ProblemExample[];
  /** Never shown: edge cases and more. */
  readonly hidden: readonly ProblemExample[];
  readonly large: LargeCase;
  /** Reference solutions by sandbox language (Python for every problem). */
  readonly reference: Readonly<Record<string, string>>;
}
