import { CandidateCreated, candidateStreamId, InterviewDetails, InterviewPlanData, PlannedStep } from '@candor/domain';
import { EventStore } from '../../ports/event-store.port';
import { Llm } from '../../ports/llm.port';
import { InterviewQuestionsTask } from '../../ports/llm-task';
import { Difficulty } from '../../ports/question-bank.types';
import { generatedQuestionsValidator } from '../ai-validators';
import { BUILTIN_MODEL } from '../engine/builtin-engine';
import { PROMPT_VERSIONS, renderTask } from '../prompts';
import { QUESTION_BY_ID } from '../question-bank/question-bank';
import { buildInterviewPlan, cvTextOf } from './interview-plan';

const CV_EXCERPT_CHARS = 2_000;

export interface PlannedInterview {
  readonly plan: InterviewPlanData;
  readonly tokensUsed: number;
}

/**
 * Plans an interview at its opening turn. The bank plan is drawn with the seed; with a language model
 * configured, the model then writes the technical questions from the job (title, description, skills)
 * and the candidate's CV (parsed profile or CV text), one per planned slot, and the plan records them
 * whole (text, points) with the model's name as its server reported it and the prompt version. An
 * unavailable model or an answer that fails validation keeps the bank plan, which records why.
 */
export class InterviewPlanner {
  constructor(
    private readonly events: EventStore,
    private readonly llm: Llm,
  ) {}

  async plan(details: InterviewDetails, seed: string): Promise<PlannedInterview> {
    const bankPlan = buildInterviewPlan(details, seed);
    const slots = bankPlan.steps.flatMap((step, index) => (step.phase === 'technical' ? [{ index, step }] : []));
    if (this.llm.model === BUILTIN_MODEL || slots.length === 0) return { plan: bankPlan, tokensUsed: 0 };

    const labels = new Map(bankPlan.skills.map((s) => [s.id, s.label]));
    const task: InterviewQuestionsTask = {
      kind: 'interview_questions',
      job: { title: details.position ?? details.title, description: [details.jobDescription, details.description].filter(Boolean).join('\n') || null, skills: [...details.technologies] },
      candidate: await this.candidateOf(details),
      // Each slot keeps the skill and difficulty the bank draw chose for it, so both plans cover the same ground.
      slots: slots.map(({ step }) => {
        const drawn = QUESTION_BY_ID.get(step.bankQuestionId ?? '');
        const skill = drawn?.skill ?? bankPlan.skills[0].id;
        return { skill, label: labels.get(skill) ?? skill, difficulty: drawn?.difficulty ?? (bankPlan.difficulty as Difficulty) };
      }),
    };
    try {
      const answer = await this.llm.completeJson(renderTask(task, { temperature: 0.7, maxTokens: 2_500 }), generatedQuestionsValidator(task.slots));
      const steps: PlannedStep[] = [...bankPlan.steps];
      answer.value.questions.forEach((question, i) => {
        const slot = task.slots[i];
        steps[slots[i].index] = {
          phase: 'technical',
          bankQuestionId: null,
          question: { text: question.text, skill: question.skill, difficulty: question.difficulty, points: question.points.map((p) => ({ ...p, keywords: [...p.keywords] })) },
          reason: `${slot.label} at ${question.difficulty} difficulty, written by the model from the job and ${task.candidate ? 'the candidate\'s CV' : 'no CV (none on file)'}`,
        };
      });
      return {
        plan: { ...bankPlan, steps, questions: { source: 'model', model: answer.model, promptVersion: PROMPT_VERSIONS.interview_questions, fallbackReason: null } },
        tokensUsed: answer.usage.totalTokens,
      };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return {
        plan: { ...bankPlan, questions: { source: 'bank', model: null, promptVersion: null, fallbackReason: `the model ${this.llm.model} did not give usable questions (${why}); the bank's questions were drawn instead` } },
        tokensUsed: 0,
      };
    }
  }

  /** The CV as the model reads it: the candidate's parsed profile (S3) and/or the CV text in the interview's metadata. */
  private async candidateOf(details: InterviewDetails): Promise<InterviewQuestionsTask['candidate']> {
    const cvText = cvTextOf(details);
    const created = details.candidateId
      ? ((await this.events.readStream(candidateStreamId(details.candidateId))) as unknown as { type: string; data: unknown }[]).find(
          (e): e is CandidateCreated => e.type === 'CandidateCreated',
        )
      : undefined;
    const profile = created?.data.profile ?? null;
    const text = cvText ?? created?.data.cvText ?? null;
    if (!profile && !text) return null;
    return {
      summary: profile?.summary ?? null,
      skills: profile ? [...profile.technicalSkills] : [],
      experience: (profile?.workExperience ?? []).map((w) => {
        const role = [w.title, w.company && `at ${w.company}`, (w.startDate || w.endDate) && `(${w.startDate ?? '?'} to ${w.endDate ?? 'now'})`].filter(Boolean).join(' ');
        return w.description ? `${role}: ${w.description}` : role;
      }),
      years: profile?.totalExperienceYears ?? null,
      cvExcerpt: text ? text.slice(0, CV_EXCERPT_CHARS) : null,
    };
  }
}
