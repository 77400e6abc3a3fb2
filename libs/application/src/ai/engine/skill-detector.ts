import { Difficulty, SkillDefinition } from '../../ports/question-bank.types';
import { SKILLS } from '../question-bank/skills-taxonomy';
import { countKeyword, tokenize } from './text-match';

export interface SkillSources {
  readonly technologies: readonly string[];
  /** The position or the interview's / job's title. */
  readonly title: string | null;
  readonly jobDescription: string | null;
  readonly cvText: string | null;
}

export interface DetectedSkill {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
  /** Why the skill was chosen, for the audit trail ("listed in technologies; 2 mentions in the job description"). */
  readonly reason: string;
}

/** Words that name a skill only in a list of technologies, never in prose ("go" is a verb, "ts" too short). */
const LIST_ONLY_ALIASES: Record<string, readonly string[]> = { go: ['go'], typescript: ['ts'], javascript: ['js'] };

/**
 * The skills a job needs, ranked: an explicit technology counts most, then the title, then mentions in
 * the job description; the CV adds a little (it tells us what the candidate can be asked about).
 */
export function detectSkills(sources: SkillSources): DetectedSkill[] {
  const techs = sources.technologies.map((t) => t.trim().toLowerCase()).filter(Boolean);
  const title = tokenize(sources.title ?? '');
  const jd = tokenize(sources.jobDescription ?? '');
  const cv = tokenize(sources.cvText ?? '');
  const found: (DetectedSkill & { order: number })[] = [];
  for (const skill of SKILLS) {
    const listAliases = [skill.id, skill.label.toLowerCase(), ...skill.aliases, ...(LIST_ONLY_ALIASES[skill.id] ?? [])];
    const techIndex = techs.findIndex((t) => listAliases.includes(t) || skill.aliases.some((a) => countKeyword(tokenize(t), a) > 0));
    const inTechs = techIndex >= 0;
    const mentions = (tokens: ReturnType<typeof tokenize>) => skill.aliases.reduce((n, a) => n + countKeyword(tokens, a), 0);
    const inTitle = mentions(title);
    const inJd = mentions(jd);
    const inCv = mentions(cv);
    const weight = (inTechs ? 10 : 0) + (inTitle ? 6 : 0) + Math.min(9, 3 * inJd) + Math.min(3, inCv);
    if (weight === 0) continue;
    const reasons: string[] = [];
    if (inTechs) reasons.push('listed in the technologies');
    if (inTitle) reasons.push('named in the title');
    if (inJd) reasons.push(`${inJd} mention(s) in the job description`);
    if (inCv) reasons.push(`${inCv} mention(s) in the CV`);
    found.push({ id: skill.id, label: skill.label, weight, reason: reasons.join('; '), order: inTechs ? techIndex : techs.length });
  }
  // Equal weights keep the order the technologies were listed in.
  return found.sort((a, b) => b.weight - a.weight || a.order - b.order).map(({ order: _order, ...skill }) => skill);
}

/** When nothing names a skill: a general software-engineering interview. */
export const GENERAL_SKILLS: readonly DetectedSkill[] = [
  { id: 'data_structures', label: 'Data Structures', weight: 1, reason: 'no skill named by the job; general engineering' },
  { id: 'algorithms', label: 'Algorithms', weight: 1, reason: 'no skill named by the job; general engineering' },
  { id: 'system_design', label: 'System Design', weight: 1, reason: 'no skill named by the job; general engineering' },
];

export interface ResolvedDifficulty {
  readonly difficulty: Difficulty;
  readonly reason: string;
}

const LEVEL_WORDS: readonly [RegExp, Difficulty][] = [
  [/\b(intern|junior|jr|entry|graduate|trainee|easy|beginner)\b/i, 'easy'],
  [/\b(senior|sr|staff|principal|lead|architect|expert|hard|advanced)\b/i, 'hard'],
  [/\b(mid|intermediate|medium|regular)\b/i, 'medium'],
];

/** `easy|medium|hard` as given, a level word (`senior`, `junior`), or for `auto` the CV's years of experience. */
export function resolveDifficulty(requested: string | null, title: string | null, cvText: string | null): ResolvedDifficulty {
  const value = (requested ?? '').trim().toLowerCase();
  if (value === 'easy' || value === 'medium' || value === 'hard') return { difficulty: value, reason: `requested ${value}` };
  for (const [pattern, difficulty] of LEVEL_WORDS) {
    if (value && pattern.test(value)) return { difficulty, reason: `level "${requested}"` };
  }
  const years = yearsOfExperience(cvText);
  if (years !== null) {
    const difficulty: Difficulty = years >= 6 ? 'hard' : years >= 3 ? 'medium' : 'easy';
    return { difficulty, reason: `${years} years of experience in the CV` };
  }
  for (const [pattern, difficulty] of LEVEL_WORDS) {
    if (title && pattern.test(title)) return { difficulty, reason: `level in the title "${title}"` };
  }
  return { difficulty: 'medium', reason: 'no level given; medium by default' };
}

export function yearsOfExperience(text: string | null): number | null {
  if (!text) return null;
  const all = [...text.matchAll(/(\d{1,2})\s*\+?\s*(?:years?|yrs?)\b/gi)].map((m) => Number(m[1]));
  return all.length ? Math.max(...all) : null;
}

export function skillLabels(ids: readonly string[], skills: readonly SkillDefinition[] = SKILLS): string[] {
  return ids.map((id) => skills.find((s) => s.id === id)?.label ?? id);
}
