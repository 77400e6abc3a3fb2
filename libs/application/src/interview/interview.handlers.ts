import { AskQuestionHandler } from './commands/ask-question.handler';
import { CancelInterviewHandler } from './commands/cancel-interview.handler';
import { CompleteInterviewHandler } from './commands/complete-interview.handler';
import { CreateInterviewHandler } from './commands/create-interview.handler';
import { DeleteInterviewHandler } from './commands/delete-interview.handler';
import { IssueRoomTokenHandler } from './commands/issue-room-token.handler';
import { RecordEvaluationHandler } from './commands/record-evaluation.handler';
import { RecordMessageHandler } from './commands/record-message.handler';
import { ReceiveRoomWebhookHandler } from './commands/receive-room-webhook.handler';
import { RecordRoomEventHandler } from './commands/record-room-event.handler';
import { RunInterviewCodeHandler } from './commands/run-code.handler';
import { ScheduleInterviewHandler } from './commands/schedule-interview.handler';
import { StartInterviewHandler } from './commands/start-interview.handler';
import { UpdateCodeHandler } from './commands/update-code.handler';
import { UpdateInterviewHandler } from './commands/update-interview.handler';
import { WithdrawFromInterviewHandler } from './commands/withdraw-from-interview.handler';
import { GetCodingEventsHandler } from './queries/get-coding-events.handler';
import { GetCodingProblemHandler } from './queries/get-coding-problem.handler';
import { GetEvaluationsHandler } from './queries/get-evaluations.handler';
import { GetInterviewStateHandler } from './queries/get-interview-state.handler';
import { GetInterviewByInviteHandler } from './queries/get-interview-by-invite.handler';
import { GetInterviewPartiesHandler } from './queries/get-interview-parties.handler';
import { GetInterviewHandler } from './queries/get-interview.handler';
import { GetLastInterviewerMessageHandler } from './queries/get-last-interviewer-message.handler';
import { GetScoreCardHandler } from './queries/get-score-card.handler';
import { GetTranscriptHandler } from './queries/get-transcript.handler';
import { ListInterviewsHandler } from './queries/list-interviews.handler';
import { GetInterviewEventsHandler, ReplayInterviewHandler } from './queries/interview-audit.handlers';

export const INTERVIEW_COMMAND_HANDLERS = [
  CreateInterviewHandler,
  UpdateInterviewHandler,
  ScheduleInterviewHandler,
  StartInterviewHandler,
  RecordMessageHandler,
  AskQuestionHandler,
  UpdateCodeHandler,
  RunInterviewCodeHandler,
  CompleteInterviewHandler,
  CancelInterviewHandler,
  WithdrawFromInterviewHandler,
  DeleteInterviewHandler,
  RecordEvaluationHandler,
  RecordRoomEventHandler,
  ReceiveRoomWebhookHandler,
  IssueRoomTokenHandler,
];

export const INTERVIEW_QUERY_HANDLERS = [
  GetInterviewHandler,
  ListInterviewsHandler,
  GetTranscriptHandler,
  GetCodingEventsHandler,
  GetCodingProblemHandler,
  GetInterviewStateHandler,
  GetEvaluationsHandler,
  GetScoreCardHandler,
  GetInterviewEventsHandler,
  ReplayInterviewHandler,
  GetInterviewByInviteHandler,
  GetInterviewPartiesHandler,
  GetLastInterviewerMessageHandler,
];
