import { InterviewDetails, InterviewPlanData, PlannedStep } from '@candor/domain';
import { GENERAL_SKILLS, detectSkills, resolveDifficulty } from '../engine/skill-detector';
import { selectTechnicalQuestions } from '../engine/question-selector';
import { seededShuffle } from '../engine/seeded-draw';
import { BEHAVIORAL_QUESTIONS, CODING_QUESTIONS, INTRO_QUESTIONS, WRAP_UP_QUESTION } from '../question-bank/question-bank';

/** The CV text an interview carries in its metadata (until resumes are parsed, a caller may put it there). */
export function cvTextOf(details: InterviewDetails): string | null {
  const m = details.metadata ?? {};
  for (const key of ['cv_text', 'resume_text', 'cv', 'resume']) {
    if (typeof m[key] === 'string' && (m[key] as string).trim()) return m[key] as string;
  }
  return null;
}

/**
 * The interview's plan: introduction, technical questions for the job's skills at the chosen difficulty,
 * a coding exercise, behavioural questions, wrap-up. A behavioural interview shifts the weight to the
 * behavioural phase; each step records why it is there. With a seed (recorded in the plan), the technical,
 * coding and behavioural questions are drawn from the bank, so two candidates rarely get the same set and
 * the same seed rebuilds the same plan; without one (plans recorded before seeds), the bank's first ones.
 */
export function buildInterviewPlan(details: InterviewDetails, seed: string | null = null): InterviewPlanData {
  const draw = <T>(items: readonly T[], salt: string): readonly T[] => (seed === null ? items : seededShuffle(items, seed, salt));
  const cv = cvTextOf(details);
  const title = details.position ?? details.title;
  const detected = detectSkills({ technologies: details.technologies, title, jobDescription: [details.jobDescription, details.description].filter(Boolean).join('\n'), cvText: cv });
  const skills = detected.length ? detected : [...GENERAL_SKILLS];
  const { difficulty, reason: difficultyReason } = resolveDifficulty(details.difficulty, title, cv);
  const behavioural = details.interviewType === 'behavioral';
  const technicalCount = behavioural ? 1 : Math.min(4, Math.max(3, skills.length));
  const steps: PlannedStep[] = [{ phase: 'intro', bankQuestionId: INTRO_QUESTIONS[0].id, reason: 'every interview opens with the candidate\'s background' }];
  for (const { question, reason } of selectTechnicalQuestions(skills, difficulty, technicalCount, new Set(), seed)) {
    steps.push({ phase: 'technical', bankQuestionId: question.id, reason });
  }
  if (!behavioural) {
    const coding = draw(CODING_QUESTIONS.filter((q) => q.difficulty === difficulty), 'coding')[0] ?? CODING_QUESTIONS[0];
    steps.push({ phase: 'coding', bankQuestionId: coding.id, reason: `a ${coding.difficulty} coding exercise matching the ${difficulty} difficulty` });
  }
  const behaviouralCount = behavioural ? 4 : 2;
  for (const question of draw(BEHAVIORAL_QUESTIONS, 'behavioral').slice(0, behaviouralCount)) {
    steps.push({ phase: 'behavioral', bankQuestionId: question.id, reason: behavioural ? 'a behavioural interview' : 'how the candidate works with others' });
  }
  steps.push({ phase: 'wrap_up', bankQuestionId: WRAP_UP_QUESTION.id, reason: 'the candidate\'s questions and closing' });
  return {
    skills: skills.map((s) => ({ id: s.id, label: s.label, weight: s.weight, reason: s.reason })),
    difficulty,
    difficultyReason,
    steps,
    ...(seed === null ? {} : { seed, questions: { source: 'bank', model: null, promptVersion: null, fallbackReason: null } }),
  };
}
