import { LargeInputSpec } from './coding-problem.types';

/**
 * The large test inputs, generated from a seed instead of stored (they approach the sandbox's 1 MiB input
 * limit). MINSTD (x ← 48271·x mod 2³¹−1) stays exact in doubles, so every runtime produces the same text.
 */
function* minstd(seed: number): Generator<number> {
  let x = seed % 2147483647 || 1;
  for (;;) {
    x = (x * 48271) % 2147483647;
    yield x;
  }
}

function ints(n: number, min: number, max: number, seed: number): number[] {
  const g = minstd(seed);
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i += 1) out[i] = min + (g.next().value as number) % (max - min + 1);
  return out;
}

export function generateLargeInput(spec: LargeInputSpec): string {
  if (spec.lists) {
    const { k, m, min, max, seed } = spec.lists;
    const g = minstd(seed);
    const lines = [String(k)];
    for (let i = 0; i < k; i += 1) {
      const values: number[] = [];
      for (let j = 0; j < m; j += 1) values.push(min + (g.next().value as number) % (max - min + 1));
      values.sort((a, b) => a - b);
      lines.push(`${m} ${values.join(' ')}`);
    }
    return `${lines.join('\n')}\n`;
  }
  const parts: string[] = [];
  if (spec.head !== undefined) parts.push(spec.head);
  if (spec.ints) parts.push(ints(spec.ints.n, spec.ints.min, spec.ints.max, spec.ints.seed).join(' '));
  if (spec.string) {
    const { n, alphabet, seed } = spec.string;
    const g = minstd(seed);
    let s = '';
    for (let i = 0; i < n; i += 1) s += alphabet[(g.next().value as number) % alphabet.length];
    parts.push(s);
  }
  if (spec.tail !== undefined) parts.push(spec.tail);
  return `${parts.join('\n')}\n`;
}
