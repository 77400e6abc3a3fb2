import { CodeExecutionResult, InterviewEvent } from '@candor/domain';
import { factBasedFeedback } from './fact-based-feedback';

const ID = 'i';
const at = '2026-01-15T14:00:00.000Z';
const run = (overrides: Partial<CodeExecutionResult> = {}): CodeExecutionResult => ({
  stdout: '',
  stderr: '',
  output: '',
  exitCode: 0,
  durationMs: 5,
  memoryKb: null,
  status: 'ok',
  limitsHit: [],
  testResults: [],
  ...overrides,
});
const executed = (result: CodeExecutionResult, language = 'python'): InterviewEvent => ({
  type: 'CodeExecuted',
  data: { interviewId: ID, executionId: 'x', code: 'c', language, input: '', result, executedAt: at },
});
const submitted = (result: CodeExecutionResult, language = 'python'): InterviewEvent => ({
  type: 'CodeSubmitted',
  data: { interviewId: ID, submissionId: 's', code: 'c', language, result, submittedAt: at },
});
const asked: InterviewEvent = { type: 'QuestionAsked', data: { interviewId: ID, questionId: 'q', text: 'Q?', category: null, difficulty: null, askedAt: at } };
const answer = (words: number): InterviewEvent => ({
  type: 'MessageRecorded',
  data: { interviewId: ID, messageId: 'm', speaker: 'candidate', text: Array(words).fill('word').join(' '), timestamp: at },
});

describe('fact-based feedback (given the recorded interview → scores on 0..1)', () => {
  it('scores nothing recorded as zero', () => {
    expect(factBasedFeedback([])).toMatchObject({
      overallScore: 0,
      communicationScore: 0,
      technicalScore: 0,
      problemSolvingScore: 0,
      codeQualityScore: 0,
      skillBreakdown: { communication: 0 },
      source: 'automatic',
    });
  });

  it('uses the final submission\'s tests for problem solving and clean runs for code quality', () => {
    const tests = [
      { name: 'a', passed: true },
      { name: 'b', passed: true },
      { name: 'c', passed: false },
      { name: 'd', passed: true },
    ];
    const feedback = factBasedFeedback([
      executed(run({ exitCode: 1, stderr: 'Traceback' })),
      submitted(run({ testResults: [{ name: 'a', passed: false }] })),
      submitted(run({ testResults: tests })),
    ]);
    expect(feedback.problemSolvingScore).toBe(0.75);
    expect(feedback.codeQualityScore).toBe(0.67);
    expect(feedback.technicalScore).toBe(0.71);
    expect(feedback.skillBreakdown.python).toBe(0.25);
    expect(feedback.summary).toContain('final submission passed 3 of 4 tests');
  });

  it('halves the best execution when nothing was submitted', () => {
    expect(factBasedFeedback([executed(run()), executed(run({ limitsHit: ['time'], exitCode: null }))]).problemSolvingScore).toBe(0.5);
  });

  it('rates communication by answers per question and how developed they are', () => {
    expect(factBasedFeedback([asked, asked, answer(25)]).communicationScore).toBe(0.75);
    expect(factBasedFeedback([asked, answer(50), answer(50)]).communicationScore).toBe(1);
    expect(factBasedFeedback([asked, asked]).communicationScore).toBe(0);
  });

  it('lets a reviewer\'s evaluation override the scores it gives, normalised by its scale', () => {
    const feedback = factBasedFeedback([
      submitted(run()),
      {
        type: 'EvaluationRecorded',
        data: {
          interviewId: ID,
          evaluationId: 'e',
          source: 'reviewer',
          evaluatorId: 'u',
          scale: 10,
          scores: { overall: 8.5, technical: null, coding: 9, communication: 8, problemSolving: null, codeQuality: null, behavioral: null },
          skillBreakdown: {},
          keyFindings: [],
          recommendations: [],
          summary: null,
          recordedAt: at,
        },
      },
    ]);
    expect(feedback).toMatchObject({ overallScore: 0.85, technicalScore: 0.9, communicationScore: 0.8, problemSolvingScore: 1, codeQualityScore: 0.9 });
  });

  it('breaks skills down per language', () => {
    const feedback = factBasedFeedback([submitted(run(), 'python'), executed(run({ exitCode: 2 }), 'javascript')]);
    expect(feedback.skillBreakdown).toMatchObject({ python: 1, javascript: 0 });
  });
});
