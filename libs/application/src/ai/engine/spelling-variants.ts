/**
 * British and American spellings of one word read as the same word ("memoised" ~ "memoized", "behaviour" ~
 * "behavior", "centre" ~ "center"). Applied to both the answer and the rubric's keywords, so a rule that also
 * touches a word without a variant ("promise" -> "promize") changes nothing: only collisions would, and these
 * endings do not make any. Every rule is anchored at the end of the word (linear time).
 */
const SAME_WORD: ReadonlyMap<string, string> = new Map(Object.entries({
  licence: 'license',
  licences: 'licenses',
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  programme: 'program',
  programmes: 'programs',
  judgement: 'judgment',
  judgements: 'judgments',
  ageing: 'aging',
  grey: 'gray',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
}));

const ENDINGS: readonly (readonly [RegExp, string])[] = [
  // -ise/-isation/-iser -> -ize/-ization/-izer (optimise, serialisation, initialiser); -yse -> -yze (analyse)
  [/is(e|ed|es|ing|er|ers|ation|ations|able)$/, 'iz$1'],
  [/ys(e|ed|es|ing|er|ers)$/, 'yz$1'],
  // -our -> -or (behaviour, colour, favourite), not in short words (four, your, tour)
  [/(\w{3})our(s|ed|ing|ite|ites|able|ably|ful|less)?$/, '$1or$2'],
  // -tre -> -ter (centre, metre, fibre)
  [/([bt])re(s)?$/, '$1er$2'],
  // -logue -> -log (catalogue, dialogue, analogue)
  [/(log|gog)ue(s)?$/, '$1$2'],
  // a doubled l before a suffix (modelling, cancelled, labelled, signalling, travelled)
  [/(travel|cancel|model|label|signal|level|channel|tunnel|marshal|total|fuel|counsel)l(ed|ing|er|ers)$/, '$1$2'],
];

/** The American spelling of a lower-case word (the word itself when it has no British variant). */
export function americanSpelling(word: string): string {
  const same = SAME_WORD.get(word);
  if (same) return same;
  if (word.length < 5) return word;
  for (const [ending, replacement] of ENDINGS) {
    if (ending.test(word)) return word.replace(ending, replacement);
  }
  return word;
}
