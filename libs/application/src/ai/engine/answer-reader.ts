/**
 * Reads an answer the way the built-in judge needs it: sentences, and for every word its lemma, part of
 * speech and whether a negation governs it, from wink-nlp's shipped English model (no download at run time).
 */
import winkNLP, { ItemSentence } from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';
import { stem } from './text-match';

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
  /** A real clause: it has a verb and the function words that glue English together (a keyword list has neither). */
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

const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
/** The share of function words under which a "sentence" reads as a list of terms. */
const MIN_FUNCTION_SHARE = 0.2;

export function readAnswer(text: string): ReadAnswer {
  const doc = engine().readDoc(text);
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
    const words: ReadWord[] = [];
    for (let i = 0; i < raws.length; i += 1) {
      if (pos[i] === 'PUNCT' || pos[i] === 'SYM' || pos[i] === 'SPACE') continue;
      const raw = raws[i].replace(/[’'`]/g, '');
      words.push({ raw, lemma: lemmas[i], stem: stem(raw), pos: pos[i], negated: Boolean(negation[i]), stop: Boolean(stops[i]) });
    }
    const functionShare = words.length ? words.filter((w) => FUNCTION_POS.has(w.pos)).length / words.length : 0;
    const hasVerb = words.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
    sentences.push({
      text: s.out(),
      words,
      fluent: words.length >= 4 && hasVerb && functionShare >= MIN_FUNCTION_SHARE,
      disclaims: disclaimsKnowledge(words),
    });
  });
  return { sentences, words: sentences.flatMap((s) => s.words) };
}

/** The lemmas that carry meaning (nouns, verbs, adjectives, adverbs, numbers), stop words left out. */
export function contentLemmas(words: readonly ReadWord[]): string[] {
  return words.filter((w) => CONTENT_POS.has(w.pos) && !w.stop && w.lemma.length > 1).map((w) => w.lemma);
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
