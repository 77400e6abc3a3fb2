import { assertNever, Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { InterviewScoreCard, RECOMMENDATIONS } from '../interview/interviewer.types';
import { validateEvaluation } from '../interview/interview.validation';
import { AssessInterview, AssessmentCommand, RecordScoreVersion, RecordScoringFailure, RevokeReportShare, ShareReport } from './assessment.commands';
import { AssessmentEvent } from './assessment.events';

export interface AssessmentState {
  /** The first, automatic score (null: not assessed yet on this stream). */
  readonly assessedScoreId: string | null;
  readonly failures: number;
  readonly lastFailure: string | null;
  readonly scoreIds: readonly string[];
  /** The report's active share token (null: not shared, or revoked). */
  readonly shareToken: string | null;
}

export const initialAssessmentState = (): AssessmentState => ({ assessedScoreId: null, failures: 0, lastFailure: null, scoreIds: [], shareToken: null });

const MAX_REASON = 2000;

function recordFailure(command: RecordScoringFailure, state: AssessmentState): AssessmentEvent[] {
  const reason = command.data.reason.trim().slice(0, MAX_REASON) || 'unknown error';
  return [
    {
      type: 'ScoringFailed',
      data: { interviewId: command.data.interviewId, reason, attempt: state.failures + 1, failedAt: command.metadata.now, retryAt: command.data.retryAt },
    },
  ];
}

function validateCard(card: InterviewScoreCard): void {
  if (!RECOMMENDATIONS.includes(card.recommendation)) {
    throw new DomainError('ASSESSMENT.INVALID', `recommendation must be one of ${RECOMMENDATIONS.join(', ')}`, 'invalid');
  }
  if (!(card.overall >= 0 && card.overall <= 1)) throw new DomainError('ASSESSMENT.INVALID', 'overall must be between 0 and 1', 'invalid');
}

/**
 * An interview completes once, so it is assessed automatically once: a second assessment (a redelivered
 * job, another worker) appends nothing. Later scores are re-score versions.
 */
function assess(command: AssessInterview, state: AssessmentState): AssessmentEvent[] {
  const d = command.data;
  if (state.assessedScoreId !== null) return [];
  validateCard(d.card);
  validateEvaluation(d.evaluation);
  return [
    {
      type: 'InterviewAssessed',
      data: { interviewId: d.interviewId, scoreId: d.scoreId, basisVersion: d.basisVersion, card: d.card, evaluation: d.evaluation, assessedAt: command.metadata.now },
    },
  ];
}

/** A score id recorded once stays recorded once (a retried request appends nothing). */
function recordVersion(command: RecordScoreVersion, state: AssessmentState): AssessmentEvent[] {
  const d = command.data;
  if (state.scoreIds.includes(d.scoreId)) return [];
  validateCard(d.card);
  return [
    {
      type: 'ScoreVersionRecorded',
      data: { interviewId: d.interviewId, scoreId: d.scoreId, basisVersion: d.basisVersion, card: d.card, requestedBy: d.requestedBy, trigger: d.trigger, recordedAt: command.metadata.now },
    },
  ];
}

/** One active link at a time: sharing again keeps the link already handed out. */
function share(command: ShareReport, state: AssessmentState): AssessmentEvent[] {
  if (state.shareToken !== null) return [];
  if (!/^[A-Za-z0-9_-]{32,}$/.test(command.data.token)) throw new DomainError('ASSESSMENT.INVALID', 'a share token must be at least 32 url-safe characters', 'invalid');
  return [{ type: 'ReportShared', data: { interviewId: command.data.interviewId, token: command.data.token, sharedBy: command.data.sharedBy, sharedAt: command.metadata.now } }];
}

function revoke(command: RevokeReportShare, state: AssessmentState): AssessmentEvent[] {
  if (state.shareToken === null) return [];
  return [{ type: 'ReportShareRevoked', data: { interviewId: command.data.interviewId, token: state.shareToken, revokedBy: command.data.revokedBy, revokedAt: command.metadata.now } }];
}

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  switch (event.type) {
    case 'InterviewAssessed':
      return { ...state, assessedScoreId: event.data.scoreId, scoreIds: [...state.scoreIds, event.data.scoreId] };
    case 'ScoringFailed':
      return { ...state, failures: state.failures + 1, lastFailure: event.data.reason };
    case 'ScoreVersionRecorded':
      return { ...state, scoreIds: [...state.scoreIds, event.data.scoreId] };
    case 'ReportShared':
      return { ...state, shareToken: event.data.token };
    case 'ReportShareRevoked':
      return { ...state, shareToken: null };
    default:
      return assertNever(event);
  }
}

export const assessmentDecider: Decider<AssessmentState, AssessmentCommand, AssessmentEvent> = {
  initialState: initialAssessmentState,
  decide: (command, state) => {
    switch (command.type) {
      case 'AssessInterview':
        return assess(command, state);
      case 'RecordScoringFailure':
        return recordFailure(command, state);
      case 'RecordScoreVersion':
        return recordVersion(command, state);
      case 'ShareReport':
        return share(command, state);
      case 'RevokeReportShare':
        return revoke(command, state);
      default:
        return assertNever(command);
    }
  },
  evolve: evolveAssessment,
};
