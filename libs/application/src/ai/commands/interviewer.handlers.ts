import { randomUUID } from 'node:crypto';
import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError, interviewDecider, InterviewErrors, interviewStreamId, RecordMessage } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { EVENT_STORE, EventStore } from '../../ports/event-store.port';
import { LLM, Llm } from '../../ports/llm.port';
import { assertInterviewId, assertMayAct } from '../../interview/interview-access';
import { runInterviewCommand } from '../../interview/commands/interview-command-runner';
import { InterviewerService } from '../interviewer/interviewer.service';
import { CandidateMessageResult, SendCandidateMessageCommand } from './send-candidate-message.command';
import { TakeInterviewerTurnCommand } from './take-interviewer-turn.command';

function interviewerOf(events: EventStore, store: AggregateStore, llm: Llm | null): InterviewerService {
  if (!llm) throw new DomainError('AI.NOT_CONFIGURED', 'The AI interviewer is not configured on this server', 'unavailable');
  return new InterviewerService(events, store, llm);
}

@CommandHandler(SendCandidateMessageCommand)
export class SendCandidateMessageHandler implements ICommandHandler<SendCandidateMessageCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Optional() @Inject(LLM) private readonly llm: Llm | null,
  ) {}

  async execute(c: SendCandidateMessageCommand): Promise<CandidateMessageResult> {
    const interviewer = interviewerOf(this.events, this.store, this.llm);
    const messageId = randomUUID();
    await runInterviewCommand<RecordMessage>(this.store, c.interviewId, c.actor, 'participate', {
      type: 'RecordMessage',
      data: { messageId, speaker: 'candidate', text: c.text },
    });
    return { messageId, reply: await interviewer.respond(c.interviewId) };
  }
}

@CommandHandler(TakeInterviewerTurnCommand)
export class TakeInterviewerTurnHandler implements ICommandHandler<TakeInterviewerTurnCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Optional() @Inject(LLM) private readonly llm: Llm | null,
  ) {}

  async execute(c: TakeInterviewerTurnCommand): Promise<{ turn: ReturnType<InterviewerService['respond']> extends Promise<infer T> ? T : never }> {
    const interviewer = interviewerOf(this.events, this.store, this.llm);
    assertInterviewId(c.interviewId);
    const { state } = await this.store.load(interviewStreamId(c.interviewId), interviewDecider);
    if (!state.exists) throw InterviewErrors.notFound();
    if (c.actor) assertMayAct({ ownerId: state.ownerId, candidateEmail: state.details.candidateEmail }, c.actor, 'participate');
    return { turn: await interviewer.respond(c.interviewId) };
  }
}

export const INTERVIEWER_COMMAND_HANDLERS = [SendCandidateMessageHandler, TakeInterviewerTurnHandler];
