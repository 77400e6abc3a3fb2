/**
 * Keyword matching for rubric scoring: lower-case tokens in American spelling, a light stemmer (so "hashing",
 * "hashed" and "hashes" all match "hash"), phrases matched in order with small gaps, prefixes for stems written
 * as such in the bank ("priorit" matches "prioritised"), and compounds written as one word or as two
 * ("timeout" ~ "time-out", "multi stage" ~ "multistage").
 */
import { americanSpelling } from './spelling-variants';

/** The -ize family (optimize, optimizing, optimization) shares one stem; British -ise is spelled -ize first. */
const IZE_FAMILY = /iz(e|ed|es|ing|er|ers|ation|ations)$/;
const SUFFIXES = ['ational', 'ations', 'ation', 'ising', 'izing', 'ness', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 'er', 'ly', 's', 'e'];

export interface Token {
  /** The word, lower case, in American spelling. */
  readonly raw: string;
  readonly stem: string;
}

/** A lower-case word as the matcher compares it. */
export function toToken(word: string): Token {
  const raw = americanSpelling(word);
  return { raw, stem: stem(raw) };
}

export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  const ize = IZE_FAMILY.exec(word);
  if (ize && ize.index >= 3) return `${word.slice(0, ize.index)}iz`;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  return word;
}

export function tokenize(text: string): Token[] {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[^a-z0-9+#]+/)
    .filter(Boolean)
    .map(toToken);
}

function tokenMatches(answer: Token, keyword: Token): boolean {
  if (answer.stem === keyword.stem || answer.raw === keyword.raw) return true;
  return keyword.raw.length >= 5 && answer.raw.startsWith(keyword.raw);
}

/** The largest gap (in tokens) allowed between two words of a phrase ("hash-based lookup table" ~ "hash table"). */
const PHRASE_GAP = 2;

/** Whether `keyword` (a word or a phrase) occurs in the tokenized text. */
export function containsKeyword(tokens: readonly Token[], keyword: string): boolean {
  const wanted = tokenize(keyword);
  if (wanted.length === 0) return false;
  return containsPhrase(tokens, wanted) || containsCompound(tokens, wanted);
}

/**
 * A compound written the other way: a phrase keyword ("multi stage", "time.after") as one word in the answer
 * ("multistage"), or a one-word keyword ("timeout", "rerender") as two words in the answer ("time-out" and
 * "re-render" reach here as two tokens).
 */
function containsCompound(tokens: readonly Token[], wanted: readonly Token[]): boolean {
  if (wanted.length > 1) {
    const joined = toToken(wanted.map((w) => w.raw).join(''));
    return tokens.some((t) => tokenMatches(t, joined));
  }
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    if (tokenMatches(toToken(tokens[i].raw + tokens[i + 1].raw), wanted[0])) return true;
  }
  return false;
}

function containsPhrase(tokens: readonly Token[], wanted: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    if (!tokenMatches(tokens[i], wanted[0])) continue;
    let at = i;
    let ok = true;
    for (let k = 1; k < wanted.length && ok; k += 1) {
      ok = false;
      for (let j = at + 1; j <= Math.min(tokens.length - 1, at + 1 + PHRASE_GAP); j += 1) {
        if (tokenMatches(tokens[j], wanted[k])) {
          at = j;
          ok = true;
          break;
        }
      }
    }
    if (ok) return true;
  }
  return false;
}

export function countKeyword(tokens: readonly Token[], keyword: string): number {
  const wanted = tokenize(keyword);
  if (wanted.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (wanted.every((w, k) => tokens[i + k] !== undefined && tokenMatches(tokens[i + k], w))) count += 1;
  }
  return count;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
