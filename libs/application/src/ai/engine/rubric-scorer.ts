import { AnswerAssessment } from '../../ports/llm-task';
import { RubricPoint } from '../../ports/question-bank.types';
import { contentLemmas, meaningWords, readAnswer, ReadAnswer, ReadSentence } from './answer-reader';
import { containsKeyword, tokenize } from './text-match';

/** The rubric's version: recorded with every score so a re-score can tell it used the same rules. */
export const RUBRIC_VERSION = 'rubric-2026.3';

/** Words (in real sentences) at which an answer counts as fully developed. */
const DEVELOPED_WORDS = 60;
const EXAMPLE = /\b(for example|for instance|e\.g\.|such as|in my (last |previous |current )?(project|job|team|role)|at my (last |previous |current )?(job|company)|we had|i built|i used)\b/i;
const REASONING = /\b(because|so that|therefore|which means|trade-?offs?|the reason|otherwise|whereas|however|instead)\b/i;
/** An answer whose meaning words are mostly the question's own says nothing new (the question echoed back). */
const MIN_NOVEL_SHARE = 0.4;
const MIN_NOVEL_WORDS = 5;
/** An answer whose meaning words barely touch the question's topic is off topic, however fluent. */
const MIN_RELEVANCE = 0.12;
/**
 * An answer whose meaning words are nearly all the rubric's keywords and the question's words says nothing of
 * its own: a keyword dump, however the keywords' own verbs and articles make it parse ("mutable immutable
 * cannot be changed can be modified"). A correct answer in one's own words keeps well above this share.
 */
const MIN_OWN_SHARE = 0.1;
const MIN_DUMP_WORDS = 5;
const CAP_UNSUPPORTED = 0.2;

/**
 * Scores an answer against a question's expected points, reading it with an NLP model rather than
 * matching keywords anywhere: a point counts only when it is stated in a real sentence (a verb and
 * function words, not a list of terms), not under a negation, and not in a sentence that disclaims
 * knowledge. An answer that mostly repeats the question, or whose words are off the question's topic,
 * is capped low. Coverage weighs most, then development (words in real sentences), then structure.
 */
export function assessAnswer(answer: string, points: readonly RubricPoint[], question = ''): AnswerAssessment {
  const read = readAnswer(answer);
  const affirmed = read.sentences.filter((s) => s.fluent && !s.disclaims);
  const covered = points.filter((p) => affirmed.some((s) => states(s, p)));
  const missing = points.filter((p) => !covered.includes(p));
  const coverage = points.length ? covered.length / points.length : 0;
  const fluentWords = affirmed.reduce((n, s) => n + s.words.length, 0);
  const depth = Math.min(1, fluentWords / DEVELOPED_WORDS);
  const fluentText = affirmed.map((s) => s.text).join(' ');
  const structure = (EXAMPLE.test(fluentText) ? 0.5 : 0) + (REASONING.test(fluentText) ? 0.5 : 0);
  const disclaims = read.sentences.some((s) => s.disclaims);
  const verdict = flags(read, points, question);

  let score = points.length ? 0.7 * coverage + 0.2 * depth + 0.1 * structure : 0.6 * depth + 0.4 * structure;
  if (points.length && covered.length === 0) score = Math.min(score, 0.15);
  if (disclaims && coverage < 0.5) score = covered.length ? Math.min(score, CAP_UNSUPPORTED) : 0;
  if (verdict.echo || verdict.offTopic || verdict.list) score = Math.min(score, CAP_UNSUPPORTED);
  return {
    score: round2(score),
    covered: covered.map((p) => p.id),
    missing: missing.map((p) => p.id),
    feedback: feedbackFor(points, covered, missing, read.words.length, { ...verdict, disclaims }),
  };
}

interface Flags {
  readonly echo: boolean;
  readonly offTopic: boolean;
  readonly list: boolean;
}

function flags(read: ReadAnswer, points: readonly RubricPoint[], question: string): Flags {
  const lemmas = contentLemmas(read.words);
  const questionLemmas = new Set(question ? contentLemmas(readAnswer(question).words) : []);
  const novel = lemmas.filter((l) => !questionLemmas.has(l));
  const echo = question !== '' && lemmas.length > 0 && (novel.length < MIN_NOVEL_WORDS || novel.length / lemmas.length < MIN_NOVEL_SHARE);
  const topic = new Set(tokenize([question, ...points.flatMap((p) => [p.text, ...p.keywords])].join(' ')).map((t) => t.stem));
  const answerStems = read.words.filter((w) => !w.stop && w.pos !== 'PRON' && w.pos !== 'DET').map((w) => w.stem);
  const relevance = answerStems.length ? answerStems.filter((s) => topic.has(s)).length / answerStems.length : 0;
  const offTopic = points.length > 0 && relevance < MIN_RELEVANCE;
  const fluentShare = read.words.length ? read.sentences.filter((s) => s.fluent).reduce((n, s) => n + s.words.length, 0) / read.words.length : 0;
  const rubricWords = new Set(tokenize([question, ...points.flatMap((p) => p.keywords)].join(' ')).map((t) => t.stem));
  const meaning = meaningWords(read.words);
  const own = meaning.filter((w) => !rubricWords.has(w.stem)).length;
  const dump = points.length > 0 && meaning.length >= MIN_DUMP_WORDS && own / meaning.length < MIN_OWN_SHARE;
  const list = read.words.length > 0 && (fluentShare < 0.5 || dump);
  return { echo, offTopic, list };
}

/**
 * A keyword counts where the answer gives it the polarity the point gives it: affirmed for most points, and
 * negated for a point that is itself a negation ("const cannot be reassigned": "it can't be reassigned"
 * states it, "it can be reassigned" contradicts it).
 */
function states(sentence: ReadSentence, point: RubricPoint): boolean {
  const affirmed = sentence.words.filter((w) => !w.negated);
  const negated = sentence.words.filter((w) => w.negated);
  const denied = deniedKeywords(point);
  return point.keywords.some((k) => containsKeyword(denied.has(k) ? negated : affirmed, k));
}

const deniedByPoint = new Map<string, ReadonlySet<string>>();
/** Bank points repeat across answers; generated questions bring new ones, so the memo is bounded. */
const MAX_REMEMBERED_POINTS = 5000;

/** The keywords the point's own text states under a negation (and nowhere affirmed). */
function deniedKeywords(point: RubricPoint): ReadonlySet<string> {
  const key = `${point.text}\u0000${point.keywords.join('\u0001')}`;
  const known = deniedByPoint.get(key);
  if (known) return known;
  const words = readAnswer(point.text).words;
  const negated = words.filter((w) => w.negated);
  const affirmed = words.filter((w) => !w.negated);
  const denied = new Set(negated.length ? point.keywords.filter((k) => containsKeyword(negated, k) && !containsKeyword(affirmed, k)) : []);
  if (deniedByPoint.size >= MAX_REMEMBERED_POINTS) deniedByPoint.clear();
  deniedByPoint.set(key, denied);
  return denied;
}

function feedbackFor(
  points: readonly RubricPoint[],
  covered: RubricPoint[],
  missing: RubricPoint[],
  words: number,
  f: Flags & { disclaims: boolean },
): string {
  const parts: string[] = [];
  if (f.disclaims && covered.length === 0) return 'The candidate did not attempt an answer.';
  if (f.list) parts.push('The answer lists terms without explaining them.');
  if (f.echo) parts.push('The answer mostly repeats the question.');
  if (f.offTopic) parts.push('The answer is off the question\'s topic.');
  if (!points.length) parts.push(words >= 25 ? 'A developed answer.' : 'A short answer.');
  if (covered.length) parts.push(`Covered: ${covered.map((p) => lowerFirst(p.text)).join('; ')}.`);
  if (missing.length) parts.push(`Missed: ${missing.map((p) => lowerFirst(p.text)).join('; ')}.`);
  if (words < 12) parts.push('The answer was very brief.');
  return parts.join(' ');
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function round2(v: number): number {
  return Math.round(Math.min(1, Math.max(0, v)) * 100) / 100;
}
