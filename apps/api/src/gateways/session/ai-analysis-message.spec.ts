import type { RecordedEvent } from '@candor/contracts';
import type { CodeAnalyzed } from '@candor/domain';
import { sessionMessageFor } from './session-messages';

const ID = '7b0d4f8e-7f5e-4c1a-9a53-2a1f3f2a9b10';

const analyzed: CodeAnalyzed['data'] = {
  interviewId: ID,
  executionId: 'exec-1',
  subject: 'execution',
  language: 'python',
  analysisType: 'quality',
  score: 7.5,
  confidence: 0.95,
  summary: 'Needs work: score 7.5/10 (quality), 1 error. Main points: Use of eval() runs arbitrary code (line 2).',
  findings: [{ type: 'security', message: 'Use of eval() runs arbitrary code', line: 2, severity: 'error', source: 'rule:security/eval', code: 'security/eval' }],
  suggestions: ['Do not eval input (line 2)'],
  tools: ['pyflakes 2.5.0', 'pycodestyle 2.10.0'],
  analyzedAt: '2024-01-15T14:05:01.000Z',
};

function recorded(data: CodeAnalyzed['data']): RecordedEvent {
  return {
    id: 'e3',
    type: 'CodeAnalyzed',
    data,
    streamId: `interview-${ID}`,
    revision: 3,
    position: '00000000000000000003',
    recordedAt: '2024-01-15T14:05:01.100Z',
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: '2024-01-15T14:05:01.000Z', schemaVersion: 1 },
  };
}

describe('the ai_analysis message of /ws/session/{id}', () => {
  it('given a CodeAnalyzed event, is the seed\'s {type, data:{session_id, analysis, confidence, timestamp}} plus the findings', () => {
    expect(sessionMessageFor(recorded(analyzed))).toEqual({
      type: 'ai_analysis',
      data: {
        session_id: ID,
        analysis: analyzed.summary,
        confidence: 0.95,
        timestamp: '2024-01-15T14:05:01.000Z',
        execution_id: 'exec-1',
        kind: 'execution',
        language: 'python',
        analysis_type: 'quality',
        score: 7.5,
        issues: [{ type: 'security', message: 'Use of eval() runs arbitrary code', line: 2, severity: 'error', source: 'rule:security/eval', code: 'security/eval' }],
        suggestions: ['Do not eval input (line 2)'],
        tools: ['pyflakes 2.5.0', 'pycodestyle 2.10.0'],
      },
    });
  });
});
