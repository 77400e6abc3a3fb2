/**
 * Reads an answer the way the built-in judge needs it: sentences, and for every word its lemma, part of
 * speech and whether a negation governs it, from wink-nlp's shipped English model (no download at run time).
 * Code is read as names: a dotted identifier ("React.memo", "ctx.Done") or code in backticks does not end
 * a sentence, and a compound ("multi-stage", "React.memo", "max_connections") is read as its parts, the
 * way the rubric's keywords are.
 */
import winkNLP, { ItemSentence } from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';
import { protectCode } from './code-in-prose';
import { readsAsStatement, TaggedWord } from './sentence-structure';
import { toToken } from './text-match';

export interface ReadWord {
  readonly raw: string;
  readonly lemma: string;
  readonly stem: string;
  readonly pos: string;
  readonly negated: boolean;
  readonly stop: boolean;
}

export interface ReadSentence {
  readonly text: string;
  readonly words: readonly ReadWord[];
  /** A statement, not a list of terms: see sentence-structure.ts. */
  readonly fluent: boolean;
  /** "I don't know", "no idea", "not sure", "never heard of": the speaker disclaims knowledge. */
  readonly disclaims: boolean;
}

export interface ReadAnswer {
  readonly sentences: readonly ReadSentence[];
  readonly words: readonly ReadWord[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The model is the largest module the API loads: it is read on the first answer judged, not at start. */
function engine(): Nlp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nlp ??= winkNLP(require('wink-eng-lite-web-model') as typeof Model);
  return nlp;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
/** Punctuation that cuts a sentence into segments (clauses or list items). */
const SEGMENT_BREAK = new Set([',', ';']);
/** The characters that join the parts of a compound or a name, as the keywords' tokenizer splits them. */
const JOINERS = /[-_./]+/;
const WORD = /[a-z0-9]/;
/** No word is this long; the model's tokenizer slows down sharply on such runs, so they are cut first. */
const OVERLONG_RUN = /(\S{64})(?=\S)/g;

export function readAnswer(text: string): ReadAnswer {
  const doc = engine().readDoc(protectCode(text).replace(OVERLONG_RUN, '$1 '));
  const its = engine().its;
  const sentences: ReadSentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const tokens = s.tokens();
    // wink-nlp's typings do not accept every `its` helper in out(); the values are as documented.
    const out = (helper: unknown) => tokens.out(helper as typeof its.normal) as unknown[];
    const raws = out(its.normal) as string[];
    const lemmas = out(its.lemma) as string[];
    const pos = out(its.pos) as string[];
    const negation = out(its.negationFlag) as boolean[];
    const stops = out(its.stopWordFlag) as boolean[];
    const segments: ReadWord[][] = [[]];
    for (let i = 0; i < raws.length; i += 1) {
      if (pos[i] === 'PUNCT' && SEGMENT_BREAK.has(raws[i])) segments.push([]);
      if (pos[i] === 'PUNCT' || pos[i] === 'SYM' || pos[i] === 'SPACE') continue;
      const parts = raws[i].replace(/[’'`]/g, '').split(JOINERS).filter((part) => WORD.test(part));
      for (const part of parts) {
        // A part of a compound is its own lemma; a whole word keeps the model's ("builds" -> "build").
        const lemma = parts.length > 1 ? part : lemmas[i].replace(/\.+$/, '');
        segments[segments.length - 1].push({ ...toToken(part), lemma, pos: pos[i], negated: Boolean(negation[i]), stop: Boolean(stops[i]) });
      }
    }
    const words = segments.flat();
    sentences.push({
      text: s.out(),
      words,
      fluent: readsAsStatement(segments as readonly (readonly TaggedWord[])[]),
      disclaims: disclaimsKnowledge(words),
    });
  });
  return { sentences, words: sentences.flatMap((s) => s.words) };
}

/** The words that carry meaning (nouns, verbs, adjectives, adverbs, numbers), stop words left out. */
export function meaningWords(words: readonly ReadWord[]): ReadWord[] {
  return words.filter((w) => CONTENT_POS.has(w.pos) && !w.stop && w.lemma.length > 1);
}

export function contentLemmas(words: readonly ReadWord[]): string[] {
  return meaningWords(words).map((w) => w.lemma);
}

/** Verbs that, negated ("I cannot say", "never understood"), disclaim knowledge rather than state a fact. */
const DISCLAIMING_VERBS = new Set(['know', 'understand', 'remember', 'recall', 'say', 'tell', 'explain', 'learn', 'sure', 'hear']);

function disclaimsKnowledge(words: readonly ReadWord[]): boolean {
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    const prev = words[i - 1]?.lemma;
    if (DISCLAIMING_VERBS.has(w.lemma) && hasNegationBefore(words, i)) return true;
    if ((w.lemma === 'idea' || w.lemma === 'clue') && prev === 'no') return true;
  }
  return false;
}

function hasNegationBefore(words: readonly ReadWord[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k += 1) if (['not', 'never', 'no', "n't", 'nt'].includes(words[k].lemma) || words[k].raw === 'dont') return true;
  return false;
}
