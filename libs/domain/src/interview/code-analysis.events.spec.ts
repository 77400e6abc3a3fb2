import { CodeAnalysisRecord } from './code-analysis.events';
import { InterviewEvent } from './interview.events';
import { decideInterview, evolveInterview, initialInterviewState } from './interview.decider';

const NOW = '2024-01-15T14:05:00.000Z';
const ID = '6f1c1b8e-2f5e-4c59-9f43-8a1c2b3d4e5f';
const created: InterviewEvent = {
  type: 'InterviewCreated',
  data: {
    interviewId: ID,
    ownerId: 'owner',
    details: initialInterviewState().details,
    scheduledAt: null,
    status: 'pending',
    sessionCode: 'ABC123',
    roomName: 'interview-0123456789ab',
    inviteToken: 'invite',
    interviewLink: null,
    createdAt: NOW,
  },
};
const completed: InterviewEvent = { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: NOW, trigger: 'command' } };
const record: CodeAnalysisRecord = {
  executionId: 'exec-1',
  subject: 'execution',
  language: 'python',
  analysisType: 'quality',
  score: 7.5,
  confidence: 0.95,
  summary: 'Needs work',
  findings: [{ type: 'security', message: 'Use of eval()', line: 2, severity: 'error', source: 'rule:security/eval', code: 'security/eval' }],
  suggestions: ['Do not eval input (line 2)'],
  tools: ['pyflakes 2.5.0'],
};
const given = (events: InterviewEvent[]) => events.reduce(evolveInterview, initialInterviewState());
const when = (data: CodeAnalysisRecord) => ({ type: 'RecordCodeAnalysis' as const, data, metadata: { now: NOW } });

describe('RecordCodeAnalysis', () => {
  it('given an interview, records CodeAnalyzed with the analysis and the time', () => {
    expect(decideInterview(when(record), given([created]))).toEqual([{ type: 'CodeAnalyzed', data: { ...record, interviewId: ID, analyzedAt: NOW } }]);
  });

  it('given the execution analysed already, records nothing (a redelivered job)', () => {
    const [analyzed] = decideInterview(when(record), given([created]));
    expect(decideInterview(when(record), given([created, analyzed]))).toEqual([]);
    expect(decideInterview(when({ ...record, executionId: 'exec-2' }), given([created, analyzed]))).toHaveLength(1);
  });

  it('given a completed interview, still records it: the analysis is about code run before', () => {
    expect(decideInterview(when(record), given([created, completed]))).toHaveLength(1);
  });

  it('refuses a score outside 0–10 or a confidence outside 0–1, and an unknown interview', () => {
    expect(() => decideInterview(when({ ...record, score: 11 }), given([created]))).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(() => decideInterview(when({ ...record, confidence: 2 }), given([created]))).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(() => decideInterview(when(record), given([]))).toThrow(expect.objectContaining({ kind: 'not_found' }));
  });
});
