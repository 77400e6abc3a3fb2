import { CandidateProfile } from '@candor/domain';
import { detectSkills, resolveDifficulty } from '../../ai/engine/skill-detector';
import { TechCategory } from './tech-taxonomy.data';
import { categoryOf } from './tech-skills';

/** What S2's resume analysis reports: the parsed profile read as an interviewer would prepare from it. */
export interface ResumeAnalysis {
  readonly skillsByCategory: Partial<Record<TechCategory | 'other', string[]>>;
  readonly totalExperienceYears: number | null;
  readonly seniority: 'junior' | 'mid' | 'senior' | 'unknown';
  readonly recommendedDifficulty: 'easy' | 'medium' | 'hard';
  readonly difficultyReason: string;
  readonly positions: number;
  readonly currentPosition: { readonly title: string | null; readonly company: string | null } | null;
  readonly highestDegree: string | null;
  /** Interview topics the question bank covers, strongest evidence first. */
  readonly interviewTopics: readonly string[];
  readonly strengths: readonly string[];
  /** What the CV does not say that an interviewer would want to know. */
  readonly gaps: readonly string[];
}

const DEGREE_RANK: readonly [RegExp, number][] = [
  [/ph\.?d|doctor/i, 4],
  [/master|m\.?sc|m\.?s\.|m\.?a\.|mba|m\.?eng|m\.?tech/i, 3],
  [/bachelor|b\.?sc|b\.?s\.|b\.?a\.|b\.?eng|b\.?tech/i, 2],
  [/associate|diploma/i, 1],
];

/** Pure: the same profile always gives the same analysis. */
export function analyseResume(profile: CandidateProfile, cvText: string | null): ResumeAnalysis {
  const skillsByCategory: Partial<Record<TechCategory | 'other', string[]>> = {};
  for (const skill of profile.technicalSkills) {
    const category = categoryOf(skill) ?? 'other';
    (skillsByCategory[category] ??= []).push(skill);
  }
  const years = profile.totalExperienceYears;
  const seniority = years === null ? 'unknown' : years >= 6 ? 'senior' : years >= 3 ? 'mid' : 'junior';
  const { difficulty, reason } = resolveDifficulty('auto', profile.workExperience[0]?.title ?? null, years !== null ? `${Math.floor(years)} years` : cvText);
  const current = profile.workExperience.find((w) => w.endDate === null) ?? null;
  const ranked = profile.education
    .map((e) => ({ degree: e.degree, rank: DEGREE_RANK.find(([p]) => e.degree && p.test(e.degree))?.[1] ?? 0 }))
    .sort((a, b) => b.rank - a.rank);
  const topics = detectSkills({ technologies: profile.technicalSkills, title: profile.workExperience[0]?.title ?? null, jobDescription: null, cvText }).map((s) => s.label);
  const strengths = [
    ...(profile.technicalSkills.length >= 8 ? [`broad technical range (${profile.technicalSkills.length} technologies)`] : []),
    ...(seniority === 'senior' ? [`${years} years of experience`] : []),
    ...Object.entries(skillsByCategory)
      .filter(([, skills]) => (skills?.length ?? 0) >= 3)
      .map(([category, skills]) => `${category}: ${skills?.join(', ')}`),
    ...profile.softSkills.map((s) => `soft skill: ${s}`),
  ];
  const gaps = [
    ...(profile.technicalSkills.length === 0 ? ['no technologies named'] : []),
    ...(profile.workExperience.length === 0 ? ['no dated positions'] : []),
    ...(profile.education.length === 0 ? ['no education listed'] : []),
    ...(!profile.email && !profile.phone ? ['no contact details'] : []),
  ];
  return {
    skillsByCategory,
    totalExperienceYears: years,
    seniority,
    recommendedDifficulty: difficulty,
    difficultyReason: reason,
    positions: profile.workExperience.length,
    currentPosition: current ? { title: current.title, company: current.company } : null,
    highestDegree: ranked[0]?.degree ?? null,
    interviewTopics: topics,
    strengths,
    gaps,
  };
}
