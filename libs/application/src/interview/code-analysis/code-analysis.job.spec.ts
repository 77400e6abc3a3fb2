import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UpcasterRegistry } from '@candor/contracts';
import { CodeAnalyzed, InterviewEvent, interviewDecider, interviewStreamId } from '@candor/domain';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { InProcessJobQueue } from '@candor/infrastructure/queue/in-process/in-process-job-queue.adapter';
import { AggregateStore } from '../../commands/aggregate-store';
import { CodeAnalysis, CodeAnalysisRequest, CodeAnalyzer } from '../../ports/code-analyzer.port';
import { CodeAnalysisScheduler, registerCodeAnalysisWorker } from './code-analysis.job';

const ID = '6f1c1b8e-2f5e-4c59-9f43-8a1c2b3d4e5f';
const NOW = '2024-01-15T14:05:00.000Z';

/** An analyzer that answers at once from the code's length, and remembers what it was asked. */
class CountingAnalyzer implements CodeAnalyzer {
  readonly requests: CodeAnalysisRequest[] = [];
  async analyze(request: CodeAnalysisRequest): Promise<CodeAnalysis> {
    this.requests.push(request);
    return {
      language: request.language,
      analysisType: request.analysisType,
      score: Math.min(10, request.code.length),
      findings: [{ type: 'style', message: 'm', line: 1, column: 3, severity: 'info', source: 'pycodestyle', code: 'E225' }],
      suggestions: ['s'],
      summary: `analysed ${request.code.length} chars`,
      tools: ['fake 1'],
      confidence: 0.9,
    };
  }
}

describe('background code analysis', () => {
  let dir: string;
  let events: SqliteEventStore;
  let store: AggregateStore;
  let queue: InProcessJobQueue;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-analysis-job-'));
    events = new SqliteEventStore(join(dir, 'events.db'));
    store = new AggregateStore(events, new UpcasterRegistry(), { waitFor: async () => true }, 0);
    queue = new InProcessJobQueue();
    await store.execute(interviewStreamId(ID), interviewDecider, {
      type: 'CreateInterview',
      data: {
        interviewId: ID,
        ownerId: 'owner',
        details: interviewDecider.initialState().details,
        scheduledAt: null,
        sessionCode: 'ABC123',
        roomName: 'interview-0123456789ab',
        inviteToken: 'invite',
        interviewLink: null,
      },
      metadata: { now: NOW },
    });
  });
  afterEach(async () => {
    await queue.close();
    await events.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const executed = (executionId: string, code: string): InterviewEvent => ({
    type: 'CodeExecuted',
    data: { interviewId: ID, executionId, code, language: 'python', input: '', executedAt: NOW, result: {} as never },
  });

  async function analysed(count: number): Promise<CodeAnalyzed[]> {
    for (let i = 0; i < 100; i += 1) {
      const found = (await events.readStream(interviewStreamId(ID))).filter((e) => e.type === 'CodeAnalyzed');
      if (found.length >= count) return found as unknown as CodeAnalyzed[];
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`expected ${count} CodeAnalyzed events`);
  }

  it('given recorded executions, queues one quality analysis each and records it as CodeAnalyzed; repeats are analysed once', async () => {
    const analyzer = new CountingAnalyzer();
    registerCodeAnalysisWorker(queue, analyzer, store, 1);
    const scheduler = new CodeAnalysisScheduler(queue);

    await scheduler.afterRecorded(ID, [executed('exec-1', 'print(1)'), { type: 'CodeUpdated', data: { interviewId: ID, code: 'x', language: 'python', updatedAt: NOW } }]);
    await scheduler.afterRecorded(ID, [executed('exec-1', 'print(1)')]);
    await scheduler.afterRecorded(ID, [executed('exec-2', 'print(22)')]);

    const recorded = await analysed(2);
    expect(recorded.map((e) => e.data.executionId)).toEqual(['exec-1', 'exec-2']);
    expect(recorded[0].data).toMatchObject({
      interviewId: ID,
      subject: 'execution',
      analysisType: 'quality',
      score: 8,
      confidence: 0.9,
      summary: 'analysed 8 chars',
      findings: [{ type: 'style', message: 'm', line: 1, severity: 'info', source: 'pycodestyle', code: 'E225' }],
      tools: ['fake 1'],
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(analyzer.requests.map((r) => r.code)).toEqual(['print(1)', 'print(22)']);
  });

  it('never fails the caller when the job cannot be queued', async () => {
    await queue.close();
    await expect(new CodeAnalysisScheduler(queue).afterRecorded(ID, [executed('exec-9', 'x')])).resolves.toBeUndefined();
  });
});
