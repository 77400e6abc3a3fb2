import { InterviewDetails, InterviewerMove, InterviewPlanData, RubricPointData, TurnQuestion } from '@candor/domain';
import { AnswerAssessment } from '../../ports/llm-task';
import { QUESTION_BY_ID } from '../question-bank/question-bank';
import { BankQuestion } from '../../ports/question-bank.types';
import { buildInterviewPlan } from './interview-plan';
import { AskedQuestionRecord, InterviewTranscript } from './interview-transcript';

/** Below this an answer that missed expected points gets one follow-up on the first point it missed. */
export const FOLLOW_UP_BELOW = 0.6;
const CLARIFY = /\b(repeat|rephrase|what do you mean|could you clarify|can you clarify|did ?n[o']?t understand|pardon)\b/i;

export interface PendingAnswer {
  readonly record: AskedQuestionRecord;
  readonly rubric: readonly RubricPointData[];
  /** Everything said to the question and its follow-ups. */
  readonly answer: string;
  readonly messageIds: readonly string[];
}

export interface TurnDecision {
  readonly move: InterviewerMove;
  readonly phase: string;
  readonly stepIndex: number;
  readonly question: Omit<TurnQuestion, 'questionId'> | null;
  /** What the interviewer must say (question, probe or closing line); the model phrases around it. */
  readonly next: string;
  readonly reason: string;
  readonly plan: InterviewPlanData | null;
}

/** The answer the interviewer must judge before its next move, if the last thing it did was ask something. */
export function pendingAnswer(transcript: InterviewTranscript): PendingAnswer | null {
  const last = transcript.turns[transcript.turns.length - 1];
  if (!last || transcript.sinceLastTurn.length === 0) return null;
  if (last.move === 'wrap_up' || last.move === 'close') return null;
  const current = [...transcript.turns].reverse().find((t) => t.question !== null)?.question;
  if (!current) return null;
  const rootId = current.parentQuestionId ?? current.questionId;
  const record = transcript.questions.find((q) => q.questionId === rootId);
  if (!record || record.answers.length === 0) return null;
  return {
    record,
    rubric: current.rubric,
    answer: record.answers.map((a) => a.text).join('\n'),
    messageIds: record.answers.map((a) => a.messageId),
  };
}

/**
 * The interviewer's next move, from the plan and where the conversation is:
 * open → ask each planned question → one follow-up when an answer is weak and misses points → move on →
 * wrap up when the plan is done or the time is up → close. Null when there is nothing to say. The opening
 * turn follows `openingPlan` (a plan the model helped write) or plans from the bank with `planSeed`; the
 * plan is recorded on the opening turn, and later turns follow the recorded plan.
 */
export function decideTurn(
  details: InterviewDetails,
  transcript: InterviewTranscript,
  judged: { pending: PendingAnswer; assessment: AnswerAssessment } | null,
  time: { now: string; startedAt: string | null },
  planSeed: string | null = null,
  openingPlan: InterviewPlanData | null = null,
): TurnDecision | null {
  const turns = transcript.turns;
  if (turns.length === 0) {
    const plan = openingPlan ?? buildInterviewPlan(details, planSeed);
    const step = plan.steps[0];
    const skills = plan.skills.map((s) => `${s.label} (${s.reason})`).join(', ');
    return {
      ...ask('open', plan, 0),
      reason: `Opening the interview. Plan: ${plan.steps.length} steps at ${plan.difficulty} difficulty (${plan.difficultyReason}); skills: ${skills}. First step: ${step.reason}.`,
      plan,
    };
  }
  const last = turns[turns.length - 1];
  if (last.move === 'close' || transcript.sinceLastTurn.length === 0) return null;
  const plan = turns.find((t) => t.plan)?.plan ?? buildInterviewPlan(details);
  const stepIndex = last.stepIndex;

  if (last.move === 'wrap_up') {
    return {
      move: 'close',
      phase: 'wrap_up',
      stepIndex,
      question: null,
      next: `Thank you for your time${details.candidateName ? `, ${details.candidateName.split(/\s+/)[0]}` : ''}. This concludes the interview; the team will be in touch about next steps.`,
      reason: 'The candidate answered the wrap-up; the interview is closed.',
      plan: null,
    };
  }

  const said = transcript.sinceLastTurn.map((m) => m.text).join(' ');
  const current = [...turns].reverse().find((t) => t.question !== null)?.question ?? null;
  if (current && CLARIFY.test(said) && said.split(/\s+/).length < 20) {
    return {
      move: 'clarify',
      phase: last.phase,
      stepIndex,
      question: null,
      next: current.text,
      reason: 'The candidate asked for the question again; it is repeated without counting as an answer.',
      plan: null,
    };
  }

  if (judged && current && current.parentQuestionId === null) {
    const { assessment, pending } = judged;
    const missing = pending.rubric.filter((p) => assessment.missing.includes(p.id));
    if (assessment.score < FOLLOW_UP_BELOW && missing.length > 0) {
      const point = missing.find((p) => p.probe) ?? missing[0];
      const probe = point.probe ?? `Could you say more about this: ${point.text.charAt(0).toLowerCase()}${point.text.slice(1)}?`;
      return {
        move: 'follow_up',
        phase: last.phase,
        stepIndex,
        question: { ...current, text: probe, parentQuestionId: current.questionId, probedPointId: point.id },
        next: probe,
        reason:
          `The answer to "${current.text}" covered ${assessment.covered.length} of ${pending.rubric.length} expected points (score ${assessment.score}); ` +
          `it missed "${point.text}", so the interviewer follows up on it.`,
        plan: null,
      };
    }
  }

  const timeUp = isTimeUp(details.durationMinutes, time);
  const wrapUpIndex = plan.steps.findIndex((s) => s.phase === 'wrap_up');
  const nextIndex = timeUp && wrapUpIndex > stepIndex ? wrapUpIndex : Math.min(stepIndex + 1, plan.steps.length - 1);
  const verdict = judged ? `The last answer scored ${judged.assessment.score} (${judged.assessment.covered.length} of ${judged.pending.rubric.length} points). ` : '';
  if (plan.steps[nextIndex].phase === 'wrap_up') {
    return {
      ...ask('wrap_up', plan, nextIndex),
      reason: `${verdict}${timeUp ? 'The planned duration is over' : 'Every planned question was asked'}; wrapping up.`,
      plan: null,
    };
  }
  const weak = judged !== null && judged.assessment.score < 0.4;
  return {
    ...ask(weak ? 'move_on' : 'ask', plan, nextIndex),
    reason: `${verdict}${weak ? 'It stays weak after the follow-up; moving on. ' : ''}Next planned step (${plan.steps[nextIndex].phase}): ${plan.steps[nextIndex].reason}.`,
    plan: null,
  };
}

function ask(move: InterviewerMove, plan: InterviewPlanData, index: number): Omit<TurnDecision, 'reason' | 'plan'> {
  const step = plan.steps[index];
  // A model-written question is recorded whole in the plan; a bank question by its id.
  const asked = step.question ?? (QUESTION_BY_ID.get(step.bankQuestionId ?? '') as BankQuestion);
  return {
    move,
    phase: step.phase,
    stepIndex: index,
    question: {
      text: asked.text,
      bankQuestionId: step.question ? null : step.bankQuestionId,
      parentQuestionId: null,
      probedPointId: null,
      skill: asked.skill,
      difficulty: asked.difficulty,
      rubric: asked.points.map((p) => ({ ...p, keywords: [...p.keywords] })),
    },
    next: asked.text,
  };
}

function isTimeUp(durationMinutes: number | null, time: { now: string; startedAt: string | null }): boolean {
  if (!durationMinutes || !time.startedAt) return false;
  return Date.parse(time.now) - Date.parse(time.startedAt) >= durationMinutes * 60_000;
}
