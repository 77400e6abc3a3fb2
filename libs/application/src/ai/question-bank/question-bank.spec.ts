import { assessAnswer } from '../engine/rubric-scorer';
import { DIFFICULTIES, RubricPoint } from '../../ports/question-bank.types';
import { ALL_QUESTIONS, BEHAVIORAL_QUESTIONS, TECHNICAL_QUESTIONS } from './question-bank';
import { SKILLS } from './skills-taxonomy';

const normalised = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('the question bank', () => {
  it('holds at least five technical questions for every skill at every difficulty', () => {
    for (const skill of SKILLS) {
      for (const difficulty of DIFFICULTIES) {
        const count = TECHNICAL_QUESTIONS.filter((q) => q.skill === skill.id && q.difficulty === difficulty).length;
        expect({ skill: skill.id, difficulty, count: Math.min(count, 5) }).toEqual({ skill: skill.id, difficulty, count: 5 });
      }
    }
    expect(TECHNICAL_QUESTIONS.length).toBeGreaterThanOrEqual(SKILLS.length * DIFFICULTIES.length * 5);
    expect(BEHAVIORAL_QUESTIONS.length).toBeGreaterThanOrEqual(10);
  });

  it('names every question uniquely, only with skills of the taxonomy, and with an id that says its skill and level', () => {
    const ids = ALL_QUESTIONS.map((q) => q.id);
    expect(ids.length - new Set(ids).size).toBe(0);
    const skillIds = new Set(SKILLS.map((s) => s.id));
    for (const q of TECHNICAL_QUESTIONS) {
      expect(skillIds.has(q.skill)).toBe(true);
      expect(q.id).toMatch(new RegExp(`-${q.difficulty.charAt(0)}-\\d+$`));
    }
    // The first question of each skill × difficulty keeps the id recorded plans and scores already cite (py-e-1 ...),
    // and a skill's questions share its id prefix.
    for (const id of ['py-e-1', 'py-m-1', 'py-h-1', 'sql-m-1', 'k8s-h-1', 'test-h-1']) expect(ids).toContain(id);
    for (const skill of SKILLS) {
      const own = TECHNICAL_QUESTIONS.filter((q) => q.skill === skill.id);
      expect(new Set(own.map((q) => q.id.replace(/-[emh]-\d+$/, ''))).size).toBe(1);
      for (const difficulty of DIFFICULTIES) expect(own.some((q) => q.difficulty === difficulty && q.id.endsWith(`-${difficulty.charAt(0)}-1`))).toBe(true);
    }
  });

  it('asks no question twice: no two questions share their text', () => {
    const texts = ALL_QUESTIONS.map((q) => normalised(q.text));
    const repeated = texts.filter((text, i) => texts.indexOf(text) !== i);
    expect(repeated).toEqual([]);
  });

  it('gives every technical question 3 to 5 expected points, each with an id, a text and keywords, and a probe for the first', () => {
    const problems: string[] = [];
    for (const q of TECHNICAL_QUESTIONS) {
      if (q.points.length < 3 || q.points.length > 5) problems.push(`${q.id}: ${q.points.length} points`);
      if (new Set(q.points.map((p) => p.id)).size !== q.points.length) problems.push(`${q.id}: repeated point id`);
      for (const point of q.points) {
        if (point.text.trim().length <= 10) problems.push(`${q.id}/${point.id}: no text`);
        if (point.keywords.length === 0) problems.push(`${q.id}/${point.id}: no keywords`);
        if (point.keywords.some((k) => k !== k.toLowerCase().trim())) problems.push(`${q.id}/${point.id}: keywords must be lower-case`);
      }
      if (!q.points[0].probe) problems.push(`${q.id}: no probe on its key point`);
    }
    expect(problems).toEqual([]);
  });

  it('lets the judge tell a complete answer (>= 0.7) from silence and from a keyword list on every technical question', () => {
    const lower = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    const closing = 'I explain it this way because it matters in practice; for example, in my last project we relied on exactly this.';
    // Two ways of stating every point in sentences of one's own (the e2e candidates speak like this).
    const phrasings: Record<string, (p: RubricPoint) => string> = {
      matters: (p) => `In my experience it matters that ${lower(p.text)} (${p.keywords[0]})`,
      explain: (p) => `I would explain that ${lower(p.text)}, and that ${p.keywords[0]} is the key idea here`,
    };
    const problems: string[] = [];
    for (const q of TECHNICAL_QUESTIONS) {
      for (const [name, phrase] of Object.entries(phrasings)) {
        const verdict = assessAnswer(`${q.points.map(phrase).join('. ')}. ${closing}`, q.points, q.text);
        if (verdict.missing.length) problems.push(`${q.id} (${name}): misses ${verdict.missing.join(', ')}`);
        // Not capped as an echo of the question or as off topic: a complete answer clears the follow-up bar.
        if (verdict.score < 0.7) problems.push(`${q.id} (${name}): a complete answer scores ${verdict.score}`);
      }
      const stuffed = assessAnswer(q.points.flatMap((p) => p.keywords).join(' '), q.points, q.text).score;
      if (stuffed > 0.3) problems.push(`${q.id}: its bare keyword list scores ${stuffed}`);
      if (assessAnswer("I'm not sure, I have not really worked with that.", q.points, q.text).score > 0.15) problems.push(`${q.id}: silence scores`);
    }
    expect(problems).toEqual([]);
  });
});
