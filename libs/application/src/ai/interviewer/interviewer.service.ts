import { randomUUID } from 'node:crypto';
import {
  fold,
  interviewDecider,
  InterviewErrors,
  InterviewerTurn,
  InterviewEvent,
  interviewStreamId,
  TakeInterviewerTurn,
} from '@candor/domain';
import { AggregateStore } from '../../commands/aggregate-store';
import { EventStore } from '../../ports/event-store.port';
import { Llm } from '../../ports/llm.port';
import { answerAssessmentValidator } from '../ai-validators';
import { AnswerAssessment } from '../../ports/llm-task';
import { PROMPT_VERSIONS, renderTask } from '../prompts';
import { QUESTION_BANK_VERSION } from '../question-bank/question-bank';
import { readTranscript } from './interview-transcript';
import { decideTurn, pendingAnswer } from './interviewer-policy';
import { InterviewPlanner } from './interview-planner';
import { runInterviewCommand } from '../../interview/commands/interview-command-runner';

/**
 * The AI interviewer, whatever model is behind the LLM port: it reads the interview's events, judges the
 * last answer (a structured model call), decides the next move by the shared policy, has the model phrase
 * it, and records the turn (message, question, reasons, model and prompt versions) on the interview.
 */
export class InterviewerService {
  private readonly planner: InterviewPlanner;

  constructor(
    private readonly events: EventStore,
    private readonly store: AggregateStore,
    private readonly llm: Llm,
  ) {
    this.planner = new InterviewPlanner(events, llm);
  }

  /** Takes the interviewer's turn if it has something to say; null when it has not or another turn won. */
  async respond(interviewId: string): Promise<InterviewerTurn | null> {
    const history = (await this.events.readStream(interviewStreamId(interviewId))) as unknown as InterviewEvent[];
    const state = fold(interviewDecider, history);
    if (!state.exists) throw InterviewErrors.notFound();
    if (state.status === 'completed' || state.status === 'cancelled') return null;
    const transcript = readTranscript(history);
    let tokens = 0;

    const pending = pendingAnswer(transcript);
    let assessment: AnswerAssessment | null = null;
    if (pending) {
      const judged = await this.llm.completeJson(
        renderTask({ kind: 'assess_answer', question: pending.record.text, points: pending.rubric, answer: pending.answer }, { temperature: 0, maxTokens: 400 }),
        answerAssessmentValidator(pending.rubric),
      );
      assessment = judged.value;
      tokens += judged.usage.totalTokens;
    }
    // The opening turn plans the interview (the model may write its technical questions); later turns follow that plan.
    const seed = randomUUID();
    const opening = transcript.turns.length === 0 ? await this.planner.plan(state.details, seed) : null;
    tokens += opening?.tokensUsed ?? 0;
    const now = this.store.commandMetadata().now;
    const decision = decideTurn(state.details, transcript, pending && assessment ? { pending, assessment } : null, { now, startedAt: state.startedAt }, seed, opening?.plan ?? null);
    if (!decision) return null;

    const reply = await this.llm.complete(
      renderTask(
        {
          kind: 'interviewer_reply',
          candidateName: state.details.candidateName,
          position: state.details.position ?? state.details.title,
          move: decision.move,
          phase: decision.phase,
          next: decision.next,
          lastAnswer: assessment ? { covered: assessment.covered, missing: assessment.missing, score: assessment.score } : null,
        },
        { temperature: 0.3, maxTokens: 300 },
      ),
    );
    tokens += reply.usage.totalTokens;
    // A remote model may paraphrase; the exact question must still reach the candidate.
    const text = reply.content.includes(decision.next) ? reply.content.trim() : `${reply.content.trim()}\n\n${decision.next}`.trim();

    const turn: InterviewerTurn = {
      turnId: randomUUID(),
      messageId: randomUUID(),
      text,
      move: decision.move,
      phase: decision.phase,
      stepIndex: decision.stepIndex,
      question: decision.question ? { ...decision.question, questionId: randomUUID() } : null,
      assessment:
        pending && assessment
          ? { questionId: pending.record.questionId, score: assessment.score, covered: assessment.covered, missing: assessment.missing, answerMessageIds: pending.messageIds }
          : null,
      reason: decision.reason,
      model: reply.model,
      promptVersion: `${PROMPT_VERSIONS.interviewer_reply}+${PROMPT_VERSIONS.assess_answer}`,
      bankVersion: QUESTION_BANK_VERSION,
      plan: decision.plan,
      tokensUsed: tokens,
    };
    const result = await runInterviewCommand<TakeInterviewerTurn>(this.store, interviewId, null, 'participate', {
      type: 'TakeInterviewerTurn',
      data: { turn, afterTurns: state.interviewerTurns, afterCandidateMessages: state.candidateMessages },
    });
    return result.events.length ? turn : null;
  }
}
