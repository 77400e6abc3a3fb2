/**
 * Whether a sentence is a statement or a list of terms, from its words' parts of speech: a statement is made
 * of clauses (a subject followed by its verb: "the key is hashed", "threads still help", "it cannot be
 * reassigned"; or an imperative that opens the sentence: "use a join"). Commas and semicolons cut a sentence
 * into segments; a sentence reads as a statement when it has a clause and its clauses hold at least half its
 * words (a long segment with a verb counts too: the tagger misses some subjects, list items are short), so a keyword
 * list stays a list however many articles and prepositions dress its items ("the event loop, a single thread,
 * on the heap") or a clause introduces it ("I know these: hash table, o(1), collision, ...").
 * Counting function words cannot tell those apart; subject-verb structure can. A sentence must still have some
 * function words (a bare list of terms has none, and the tagger reads "call stack" or "record append" in it as
 * a subject and its verb). Linear in the sentence's length.
 */
export interface TaggedWord {
  readonly lemma: string;
  readonly pos: string;
}

/** The share of a sentence's words that its clauses must hold. */
const MIN_CLAUSE_SHARE = 0.5;
/** The most bare nouns a subject runs to before its verb ("the hash table" yes, "hash table o 1 collision" no). */
const MAX_SUBJECT_NOUNS = 3;
const MIN_WORDS = 4;
/**
 * A segment this long is prose, even when the tagger recognised no subject, if it has a verb ("so a lookup
 * costs ... and only degrades") or opens with a subordinator ("when a child renders again for nothing").
 */
const PROSE_WORDS = 5;
const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'because', 'since', 'while', 'although', 'though', 'unless', 'whereas', 'once', 'until', 'so']);
/** The most words between a subject and its verb ("it may not yet have been"); keeps each look-back constant. */
const MAX_BETWEEN = 4;

/** The least share of function words in a statement: under it, a run of terms. */
const MIN_FUNCTION_SHARE = 0.2;
const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART']);
/** An imperative's object or complement opens with one of these within a few words ("use a join", "wrap it in"). */
const IMPERATIVE_REACH = 3;
const VERB = new Set(['VERB', 'AUX']);
/** Words between a subject and its verb: "threads still help", "it does not block", "a list can be changed". */
const BETWEEN = new Set(['ADV', 'PART', 'AUX']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'X']);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those', 'both', 'each', 'all']);

/** `segments`: the sentence's words cut at commas and semicolons, in order. */
export function readsAsStatement(segments: readonly (readonly TaggedWord[])[]): boolean {
  const total = segments.reduce((n, s) => n + s.length, 0);
  if (total < MIN_WORDS) return false;
  const functionWords = segments.reduce((n, s) => n + s.filter((w) => FUNCTION_POS.has(w.pos)).length, 0);
  if (functionWords / total < MIN_FUNCTION_SHARE) return false;
  let clauses = 0;
  let inStatements = 0;
  segments.forEach((segment, i) => {
    if (isClause(segment, i === 0)) {
      clauses += 1;
      inStatements += segment.length;
    } else if (segment.length >= PROSE_WORDS && (SUBORDINATORS.has(segment[0].lemma) || segment.some((w) => VERB.has(w.pos)))) {
      inStatements += segment.length;
    }
  });
  return clauses > 0 && inStatements / total >= MIN_CLAUSE_SHARE;
}

function isClause(segment: readonly TaggedWord[], opensSentence: boolean): boolean {
  if (segment.length === 0) return false;
  if (opensSentence && segment[0].pos === 'VERB' && segment.slice(1, 1 + IMPERATIVE_REACH).some((w) => FUNCTION_POS.has(w.pos))) return true;
  for (let v = 1; v < segment.length; v += 1) {
    if (VERB.has(segment[v].pos) && hasSubject(segment, v)) return true;
  }
  return false;
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
  // The subject opens the segment or follows a function word ("when two keys collide"), not another term.
  return k < 0 || FUNCTION_POS.has(segment[k].pos);
}
