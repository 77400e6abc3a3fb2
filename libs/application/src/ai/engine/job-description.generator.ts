import { GeneratedJobDescription } from '../../ports/llm-task';
import { Difficulty } from '../../ports/question-bank.types';
import { SKILL_BY_ID } from '../question-bank/skills-taxonomy';
import { detectSkills, resolveDifficulty } from './skill-detector';

const LEVEL_OF: Record<Difficulty, string> = { easy: 'junior', medium: 'mid', hard: 'senior' };
const YEARS_OF: Record<Difficulty, string> = { easy: '1+ years', medium: '3+ years', hard: '5+ years' };

export interface JobDescriptionInput {
  readonly title: string;
  readonly company: string | null;
}

/** What a job of this title needs: the skills the title names, plus the skills usually related to them. */
export function jobSkillsFor(title: string): { skills: string[]; difficulty: Difficulty; level: string } {
  const named = detectSkills({ technologies: [], title, jobDescription: null, cvText: null }).map((s) => s.id);
  const base = named.length ? named : inferFromRole(title);
  const related = base.flatMap((id) => SKILL_BY_ID.get(id)?.related ?? []);
  const skills = [...new Set([...base, ...related])].slice(0, 6);
  const { difficulty } = resolveDifficulty(null, title, null);
  return { skills, difficulty, level: LEVEL_OF[difficulty] };
}

/** Roles that name no technology still imply some ("frontend engineer", "devops", "backend"). */
function inferFromRole(title: string): string[] {
  const t = title.toLowerCase();
  if (/front.?end|ui\b|web/.test(t)) return ['javascript', 'react'];
  if (/devops|sre|reliability|platform|infrastructure/.test(t)) return ['docker', 'kubernetes', 'cloud'];
  if (/back.?end|server|api/.test(t)) return ['rest_api', 'sql', 'system_design'];
  if (/data|analytics|machine learning|ml\b/.test(t)) return ['python', 'sql'];
  if (/qa|test/.test(t)) return ['testing'];
  return ['data_structures', 'algorithms', 'system_design'];
}

/** A job description built from the skills taxonomy: every line comes from what the title implies. */
export function generateJobDescription(input: JobDescriptionInput, skills: readonly string[], difficulty: Difficulty): GeneratedJobDescription {
  const defs = skills.map((id) => SKILL_BY_ID.get(id)).filter((d) => d !== undefined);
  const labels = defs.map((d) => d.label);
  const level = LEVEL_OF[difficulty];
  const company = input.company ? ` at ${input.company}` : '';
  const primary = labels.slice(0, 2).join(' and ') || 'software engineering';
  const description =
    `${input.company ?? 'We'} ${input.company ? 'is' : 'are'} looking for a ${level}-level ${input.title}${company}. ` +
    `You will work mainly with ${primary}${labels.length > 2 ? `, alongside ${labels.slice(2).join(', ')}` : ''}, ` +
    `owning features from design to production in a collaborative team.`;
  const responsibilities = [...new Set(defs.flatMap((d) => d.responsibilities))].slice(0, 6);
  if (difficulty === 'hard') responsibilities.push('Mentor other engineers and lead technical decisions');
  responsibilities.push('Review code and contribute to a culture of quality');
  const requirements = [`${YEARS_OF[difficulty]} of professional experience`, ...new Set(defs.flatMap((d) => d.requirements))].slice(0, 7);
  requirements.push('Clear written and spoken communication');
  return {
    title: input.title,
    description,
    responsibilities,
    requirements,
    required_skills: labels,
    experience_level: level,
  };
}
