import { assessAnswer } from '@candor/application/ai/engine/rubric-scorer';
import { containsKeyword, tokenize, wordCount } from '@candor/application/ai/engine/text-match';
import { QUESTION_BY_ID } from '@candor/application/ai/question-bank/question-bank';
import { RubricPoint } from '@candor/application/ports/question-bank.types';
import { ADVERSARIAL_CORPUS, ANSWER_KINDS, AnswerKind, HIGH, LOW } from '../test/support/adversarial-answers';
import { caseRubric, READING_CASES, readingCaseHolds } from '../test/support/reading-cases';
import { BenchRow, log, row } from './bench-table';

/**
 * The built-in judge's accuracy on the adversarial corpus, per answer kind: a correct answer is judged right
 * when it scores >= HIGH/10, every other kind when it scores <= LOW/10. The baseline is a keyword-coverage
 * judge (any keyword anywhere counts, plus length), the rubric this one replaced, run on the same answers.
 * Then the reading cases (compounds, dotted names, code in backticks, dressed-up keyword lists, notation,
 * spellings, negation scope): a case is judged right when the points it states are covered, the points it
 * denies are not, and its score keeps its bounds.
 */
export async function runJudgeBench(): Promise<BenchRow[]> {
  const hits = new Map<AnswerKind, { judge: number; keywords: number }>(ANSWER_KINDS.map((k) => [k, { judge: 0, keywords: 0 }]));
  for (const entry of ADVERSARIAL_CORPUS) {
    const question = QUESTION_BY_ID.get(entry.questionId)!;
    for (const kind of ANSWER_KINDS) {
      const answer = entry.answers[kind];
      const right = (score10: number) => (kind === 'correct' ? score10 >= HIGH : score10 <= LOW);
      const h = hits.get(kind)!;
      if (right(assessAnswer(answer, question.points, question.text).score * 10)) h.judge += 1;
      if (right(keywordJudge(answer, question.points).score * 10)) h.keywords += 1;
    }
  }
  const n = ADVERSARIAL_CORPUS.length;
  log(`   | answer kind | built-in judge | keyword baseline | answers |`);
  log(`   |---|---:|---:|---:|`);
  const rows: BenchRow[] = [];
  let judgeTotal = 0;
  let keywordTotal = 0;
  for (const [kind, h] of hits) {
    log(`   | ${kind} | ${pct(h.judge, n)} | ${pct(h.keywords, n)} | ${n} |`);
    rows.push(row('judge accuracy', `${kind} answers judged right`, (100 * h.judge) / n, '%', 'keyword-coverage judge', (100 * h.keywords) / n, `${n} answers`));
    judgeTotal += h.judge;
    keywordTotal += h.keywords;
  }
  const total = n * ANSWER_KINDS.length;
  rows.push(row('judge accuracy', 'all answers judged right', (100 * judgeTotal) / total, '%', 'keyword-coverage judge', (100 * keywordTotal) / total, `${total} answers`));
  rows.push(readingRow());
  return rows;
}

function readingRow() {
  let judge = 0;
  let keywords = 0;
  for (const c of READING_CASES) {
    const question = QUESTION_BY_ID.get(c.questionId)!;
    const verdict = assessAnswer(c.answer, caseRubric(c, question.points), question.text);
    if (readingCaseHolds(c, { score10: verdict.score * 10, covered: verdict.covered })) judge += 1;
    const baseline = keywordJudge(c.answer, caseRubric(c, question.points));
    if (readingCaseHolds(c, { score10: baseline.score * 10, covered: baseline.covered })) keywords += 1;
  }
  const n = READING_CASES.length;
  log(`   | reading cases | ${pct(judge, n)} | ${pct(keywords, n)} | ${n} |`);
  return row('judge accuracy', 'reading cases judged right', (100 * judge) / n, '%', 'keyword-coverage judge', (100 * keywords) / n, `${n} cases`);
}

function keywordJudge(answer: string, points: readonly RubricPoint[]): { score: number; covered: string[] } {
  const tokens = tokenize(answer);
  const covered = points.filter((p) => p.keywords.some((k) => containsKeyword(tokens, k))).map((p) => p.id);
  return { score: 0.7 * (points.length ? covered.length / points.length : 0) + 0.3 * Math.min(1, wordCount(answer) / 60), covered };
}

function pct(k: number, n: number): string {
  return `${Math.round((100 * k) / n)}%`;
}
