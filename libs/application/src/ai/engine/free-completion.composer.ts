import { FreeCompletionTask } from '../../ports/llm-task';
import { TECHNICAL_QUESTIONS } from '../question-bank/question-bank';
import { BankQuestion } from '../../ports/question-bank.types';
import { SKILL_BY_ID } from '../question-bank/skills-taxonomy';
import { detectSkills } from './skill-detector';
import { tokenize } from './text-match';

export interface ComposedAnswer {
  readonly text: string;
  readonly confidence: number;
}

const STOP = new Set(['what', 'how', 'does', 'the', 'and', 'is', 'are', 'a', 'an', 'of', 'in', 'to', 'do', 'you', 'me', 'explain', 'about', 'with', 'for', 'it', 'your', 'can', 'i', 'would', 'when', 'why', 'which']);

/**
 * Answers a free prompt from what the engine knows: the question bank's expected points for the topic the
 * prompt is closest to, or interview questions for the skills it names. It says so when it knows nothing.
 */
export function composeFreeAnswer(task: FreeCompletionTask): ComposedAnswer {
  const prompt = task.prompt.trim();
  const skills = detectSkills({ technologies: task.language ? [task.language] : [], title: null, jobDescription: prompt, cvText: null });
  if (/\bquestions?\b/i.test(prompt) && /\b(generate|give|list|suggest|ask|prepare|write)\b/i.test(prompt)) {
    const wanted = skills.length ? skills.map((s) => s.id) : ['data_structures', 'algorithms', 'system_design'];
    const picked = TECHNICAL_QUESTIONS.filter((q) => wanted.includes(q.skill)).slice(0, 6);
    const lines = picked.map((q, i) => `${i + 1}. [${SKILL_BY_ID.get(q.skill)?.label ?? q.skill}, ${q.difficulty}] ${q.text}`);
    return { text: `Interview questions for ${wanted.map((id) => SKILL_BY_ID.get(id)?.label ?? id).join(', ')}:\n${lines.join('\n')}`, confidence: skills.length ? 0.75 : 0.5 };
  }
  const best = closestQuestion(prompt, skills.map((s) => s.id));
  if (best) {
    const { question, overlap } = best;
    const label = SKILL_BY_ID.get(question.skill)?.label ?? question.skill;
    const points = question.points.map((p) => `- ${p.text}.`);
    return {
      text: `On ${label} (${question.text.replace(/\?$/, '')}), the key points are:\n${points.join('\n')}`,
      confidence: Math.min(0.85, 0.4 + 0.1 * overlap),
    };
  }
  const named = skills.map((s) => s.label);
  return {
    text: named.length
      ? `The built-in engine has no specific answer to this request. It relates to ${named.join(', ')}; ask about a concrete concept, send code for a review, or ask for interview questions on these topics.`
      : 'The built-in engine could not relate this request to a topic it knows. Send code for a review, ask about a concrete software-engineering concept, or ask for interview questions on a skill.',
    confidence: 0.2,
  };
}

/** The bank question sharing most content words with the prompt (at least two), preferring the skills it names. */
function closestQuestion(prompt: string, skills: readonly string[]): { question: BankQuestion; overlap: number } | null {
  const words = new Set(tokenize(prompt).map((t) => t.stem).filter((s) => !STOP.has(s) && s.length > 2));
  let best: { question: BankQuestion; overlap: number; score: number } | null = null;
  for (const question of TECHNICAL_QUESTIONS) {
    const vocabulary = new Set([
      ...tokenize(question.text).map((t) => t.stem),
      ...question.points.flatMap((p) => p.keywords.flatMap((k) => tokenize(k).map((t) => t.stem))),
    ]);
    const overlap = [...words].filter((w) => vocabulary.has(w)).length;
    const score = overlap + (skills.includes(question.skill) ? 1.5 : 0);
    if (overlap >= 2 && (!best || score > best.score)) best = { question, overlap, score };
  }
  return best ? { question: best.question, overlap: best.overlap } : null;
}
