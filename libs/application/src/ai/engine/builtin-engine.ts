import { GeneratedInterviewQuestions, LlmTask } from '../../ports/llm-task';
import { TECHNICAL_QUESTIONS } from '../question-bank/question-bank';
import { composeCodeReview } from './code-review.composer';
import { composeFreeAnswer } from './free-completion.composer';
import { generateJobDescription } from './job-description.generator';
import { assessAnswer } from './rubric-scorer';

/** What the built-in engine answers to a task: the text (JSON text for structured tasks) and its confidence. */
export interface BuiltinAnswer {
  readonly content: string;
  readonly confidence: number;
}

export const BUILTIN_MODEL = 'builtin';

/** Deterministic answers computed from the task's data; no network, no randomness. */
export function answerTask(task: LlmTask): BuiltinAnswer {
  switch (task.kind) {
    case 'assess_answer':
      return { content: JSON.stringify(assessAnswer(task.answer, task.points, task.question)), confidence: 0.8 };
    case 'interviewer_reply':
      return { content: interviewerReply(task), confidence: 0.9 };
    case 'code_review': {
      const review = composeCodeReview(task);
      return { content: review.text, confidence: review.confidence };
    }
    case 'job_description':
      return { content: JSON.stringify(generateJobDescription({ title: task.title, company: task.company }, task.skills, task.difficulty)), confidence: 0.8 };
    case 'interview_questions':
      return { content: JSON.stringify(bankQuestionsFor(task)), confidence: 0.6 };
    case 'free': {
      const answer = composeFreeAnswer(task);
      return { content: answer.text, confidence: answer.confidence };
    }
  }
}

/** The built-in engine writes no questions: it answers with the bank's, one per slot (the first unused one). */
function bankQuestionsFor(task: Extract<LlmTask, { kind: 'interview_questions' }>): GeneratedInterviewQuestions {
  const used = new Set<string>();
  const questions = task.slots.flatMap((slot) => {
    const pool = TECHNICAL_QUESTIONS.filter((q) => q.skill === slot.skill && !used.has(q.id));
    const question = pool.find((q) => q.difficulty === slot.difficulty) ?? pool[0];
    if (!question) return [];
    used.add(question.id);
    return [{ skill: slot.skill, difficulty: question.difficulty, text: question.text, points: question.points }];
  });
  return { questions };
}

function interviewerReply(task: Extract<LlmTask, { kind: 'interviewer_reply' }>): string {
  const name = task.candidateName ? ` ${task.candidateName.split(/\s+/)[0]}` : '';
  switch (task.move) {
    case 'open':
      return (
        `Hello${name}, I am the AI interviewer${task.position ? ` for the ${task.position} role` : ''}. ` +
        'We will start with your background, then go through technical questions, a coding exercise and a few behavioural questions, and finish with your questions. ' +
        task.next
      );
    case 'clarify':
      return `Of course, let me put it another way. ${task.next}`;
    case 'close':
      return `${task.next}`;
    default:
      return `${acknowledge(task)} ${task.next}`.trim();
  }
}

function acknowledge(task: Extract<LlmTask, { kind: 'interviewer_reply' }>): string {
  const last = task.lastAnswer;
  if (!last) return '';
  if (task.move === 'follow_up') return last.covered.length ? 'Thanks, that is a good start.' : 'Let me help you with a more specific angle.';
  if (last.score >= 0.7) return 'Thank you, that was a thorough answer.';
  if (last.score >= 0.4) return 'Thank you, that covers part of it.';
  return 'Thank you. Let us move on.';
}
