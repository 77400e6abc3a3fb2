/**
 * Whether a sentence is a statement or a list of terms, from its words' parts of speech. Commas and semicolons
 * cut a sentence into segments; a segment is a statement when it is a clause (a subject followed by its verb:
 * "it is stable", "the key is hashed"; or an imperative that opens the sentence: "use a join"), or when it is
 * long and has a verb or opens with a subordinator (the lite model misses some subjects: "so a lookup costs
 * ... and only degrades"). A sentence is a list when three or more segments that are not statements hold most
 * of its words, however many articles and prepositions dress its items ("the event loop, a single thread, on
 * the heap") or a clause introduces them ("I know these: hash table, o(1), ..."), while a sentence with one
 * clause the model misread beside a real one stays a statement. A statement also needs a verb and a share of
 * function words: a bare run of terms has none. Linear in the sentence's length.
 */
export interface TaggedWord {
  readonly lemma: string;
  readonly pos: string;
}

const MIN_WORDS = 4;
/** A list has at least this many items (segments that are not statements)... */
const MIN_LIST_ITEMS = 3;
/** ...holding more than this share of the sentence's words. */
const MAX_LIST_SHARE = 0.5;
/** The least share of function words in a statement: under it, a run of terms. */
const MIN_FUNCTION_SHARE = 0.2;
const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART']);
/** A segment at least this long is prose when it has a verb or opens with a subordinator; list items are short. */
const PROSE_WORDS = 5;
const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'because', 'since', 'while', 'although', 'though', 'unless', 'whereas', 'once', 'until', 'so']);
/** The most bare nouns a subject runs to before its verb ("the hash table" yes, "hash table o 1 collision" no). */
const MAX_SUBJECT_NOUNS = 3;
/** The most words between a subject and its verb ("it may not yet have been"); keeps each look-back constant. */
const MAX_BETWEEN = 4;
/** An imperative's object or complement opens with a function word within a few words ("use a join"). */
const IMPERATIVE_REACH = 3;

/** Words between a subject and its verb: "threads still help", "it does not block", "a list can be changed". */
const BETWEEN = new Set(['ADV', 'PART', 'AUX']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'X']);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those', 'both', 'each', 'all']);
const ARTICLE = new Set(['a', 'an', 'the']);

/** `segments`: the sentence's words cut at commas and semicolons, in order. */
export function readsAsStatement(segments: readonly (readonly TaggedWord[])[]): boolean {
  const words = segments.flat();
  if (words.length < MIN_WORDS) return false;
  if (!words.some((w, i) => isVerb(words, i))) return false;
  if (words.filter((w) => FUNCTION_POS.has(w.pos)).length / words.length < MIN_FUNCTION_SHARE) return false;
  let items = 0;
  let inItems = 0;
  segments.forEach((segment, i) => {
    if (segment.length === 0 || isStatement(segment, i === 0)) return;
    items += 1;
    inItems += segment.length;
  });
  return !(items >= MIN_LIST_ITEMS && inItems / words.length > MAX_LIST_SHARE);
}

function isStatement(segment: readonly TaggedWord[], opensSentence: boolean): boolean {
  if (segment.length === 0) return false;
  if (segment.length >= PROSE_WORDS && (SUBORDINATORS.has(segment[0].lemma) || segment.some((w, i) => isVerb(segment, i)))) return true;
  if (opensSentence && segment[0].pos === 'VERB' && segment.slice(1, 1 + IMPERATIVE_REACH).some((w) => FUNCTION_POS.has(w.pos))) return true;
  for (let v = 1; v < segment.length; v += 1) {
    if (isVerb(segment, v) && hasSubject(segment, v)) return true;
  }
  return false;
}

/** A verb, unless an article says the model mistook a noun for one ("the resize", "a merge"). */
function isVerb(words: readonly TaggedWord[], i: number): boolean {
  return (words[i].pos === 'VERB' || words[i].pos === 'AUX') && !(i > 0 && ARTICLE.has(words[i - 1].lemma));
}

function hasSubject(segment: readonly TaggedWord[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && verb - k <= MAX_BETWEEN && BETWEEN.has(segment[k].pos)) k -= 1;
  if (k < 0 || BETWEEN.has(segment[k].pos)) return false;
  const head = segment[k];
  if (head.pos === 'PRON') return true;
  if (head.pos === 'DET') return DEMONSTRATIVE.has(head.lemma);
  if (!NOMINAL.has(head.pos)) return false;
  let nouns = 0;
  for (let words = 0; k >= 0 && NOMINAL.has(segment[k].pos); k -= 1, words += 1) {
    if (segment[k].pos !== 'ADJ') nouns += 1;
    if (nouns > MAX_SUBJECT_NOUNS || words > 2 * MAX_SUBJECT_NOUNS) return false;
  }
  // The subject opens the segment or follows a function word ("when two keys collide"), not another verb's object.
  return k < 0 || segment[k].pos !== 'VERB';
}
