import { RecordedEvent } from '@candor/contracts';
import { CodeExecutionResult, InterviewEvent } from '@candor/domain';
import { CodeRunDocument, codeRunDocumentId, codeRunsProjection } from './code-runs.projection';

const ID = '3f1c2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const AT = '2026-01-15T14:05:00.000Z';

function recorded(events: InterviewEvent[], streamId = `interview-${ID}`): RecordedEvent[] {
  return events.map((e, i) => ({
    id: `evt-${i + 1}`,
    type: e.type,
    data: JSON.parse(JSON.stringify(e.data)),
    metadata: { correlationId: 'c', causationId: null, userId: 'owner-1', timestamp: AT, schemaVersion: 1 },
    streamId,
    revision: i + 1,
    position: String(i + 1).padStart(20, '0'),
    recordedAt: AT,
  }));
}

/** What the runner does: skips an event a document already reflects (its position), applies the others. */
function project(events: RecordedEvent[]): Map<string, CodeRunDocument> {
  const docs = new Map<string, CodeRunDocument>();
  for (const event of events) {
    for (const id of codeRunsProjection.documentIds(event)) {
      const current = docs.get(id) ?? null;
      if (current?._position && current._position >= event.position) continue;
      const next = codeRunsProjection.evolve(current, event);
      if (next === null) docs.delete(id);
      else docs.set(id, { ...next, _id: id, _position: event.position });
    }
  }
  return docs;
}

const result = (testResults: CodeExecutionResult['testResults']): CodeExecutionResult => ({
  stdout: '3\n',
  stderr: '',
  output: '3\n',
  exitCode: 0,
  durationMs: 212,
  memoryKb: 9000,
  status: 'ok',
  limitsHit: [],
  testResults,
});

const story: InterviewEvent[] = [
  {
    type: 'CodeExecuted',
    data: { interviewId: ID, executionId: 'run-1', code: 'print(1)', language: 'python', input: '', result: result([]), executedAt: '2026-01-15T14:03:00.000Z' },
  },
  {
    type: 'CodeSubmitted',
    data: {
      interviewId: ID,
      submissionId: 'sub-1',
      code: 'print(3)',
      language: 'python',
      problemId: 'merge-intervals',
      submittedAt: AT,
      result: result([
        { name: 'example 1', passed: true, expected: '3', actual: '3', hidden: false, timeMs: 20, memoryKb: 8800 },
        { name: 'large input', passed: false, hidden: true, timeMs: 1500, memoryKb: null },
      ]),
    },
  },
  {
    type: 'CodeAnalyzed',
    data: {
      interviewId: ID,
      executionId: 'sub-1',
      subject: 'submission',
      language: 'python',
      analysisType: 'quality',
      score: 8,
      confidence: 1,
      summary: 'One style finding',
      findings: [{ type: 'style', message: 'line too long', line: 1, severity: 'info', source: 'pycodestyle', code: 'E501' }],
      suggestions: [],
      tools: ['pycodestyle 2.11'],
      analyzedAt: '2026-01-15T14:05:02.000Z',
    },
  },
];

describe('interview-code-runs projection', () => {
  it('given a run, a graded submission and its analysis, then each run is a document with its tests and recorded analysis', () => {
    const docs = project(recorded(story));
    expect(docs.get(codeRunDocumentId(ID, 'run-1'))).toMatchObject({ runId: 'run-1', kind: 'execution', testsPassed: 0, testsTotal: 0, analysis: null });
    expect(docs.get(codeRunDocumentId(ID, 'sub-1'))).toMatchObject({
      runId: 'sub-1',
      interviewId: ID,
      kind: 'submission',
      problemId: 'merge-intervals',
      at: AT,
      durationMs: 212,
      testsPassed: 1,
      testsTotal: 2,
      tests: [
        { name: 'example 1', hidden: false, passed: true, timeMs: 20, memoryKb: 8800 },
        { name: 'large input', hidden: true, passed: false, timeMs: 1500, memoryKb: null },
      ],
      analysis: { score: 8, summary: 'One style finding', findingCount: 1, tools: ['pycodestyle 2.11'], analyzedAt: '2026-01-15T14:05:02.000Z' },
    });
    // A hidden case's input and expected output never reach the read model.
    expect(JSON.stringify(docs.get(codeRunDocumentId(ID, 'sub-1')))).not.toContain('expected');
  });

  it('given the same events delivered twice, then nothing changes', () => {
    const once = project(recorded(story));
    const events = recorded(story);
    expect(project([...events, ...events])).toEqual(once);
  });

  it('ignores events of other streams and an analysis of a run it never saw', () => {
    expect(project(recorded(story, 'assessment-other'))).toEqual(new Map());
    expect(project(recorded([story[2]]))).toEqual(new Map());
  });
});
