/**
 * A reproducible draw: the same seed and salt always give the same order, different seeds give different
 * ones. Pure (FNV-1a hash of the seed into a mulberry32 generator, then Fisher-Yates), so a recorded plan
 * seed rebuilds the same interview.
 */
export function seededShuffle<T>(items: readonly T[], seed: string, salt: string): T[] {
  const next = mulberry32(fnv1a(`${seed}|${salt}`));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function mulberry32(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
