import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { DomainError } from '@candor/domain';
import { JobQueue } from '@candor/application/ports/job-queue.port';
import { Sandbox, SandboxRequest } from '@candor/application/ports/sandbox.port';
import { registerCodeExecutionWorker } from '@candor/application/code-execution/code-execution.job';
import { ExecuteCodeService } from '@candor/application/code-execution/execute-code.service';
import { toS2ExecuteResponse } from '@candor/application/code-execution/execution-response.mappers';
import { BullJobQueue } from '../queue/bull/bull-job-queue.adapter';
import { InProcessJobQueue } from '../queue/in-process/in-process-job-queue.adapter';
import { jobQueueOptionsFrom } from '../queue/job-queue.factory';
import { LocalSandbox } from './local-sandbox.adapter';
import { codeExecutionPolicyOf, sandboxConfigFromEnv } from './sandbox-config';
import { requireRedis, requireSystemPackages } from '@candor/testing/system-packages';

/** The whole path the routes will use: ExecuteCodeService → JobQueue → worker → LocalSandbox (real bwrap). */
const config = sandboxConfigFromEnv({ SANDBOX_TIMEOUT_MS: '3000', SANDBOX_WORKERS: '2' });

function serviceOver(queue: JobQueue, sandbox: Sandbox): ExecuteCodeService {
  registerCodeExecutionWorker(queue, sandbox, config.workers);
  return new ExecuteCodeService(queue, codeExecutionPolicyOf(config), sandbox);
}

requireSystemPackages('bubblewrap', 'util-linux', 'time', 'python3', 'gcc');

describe('code execution through the in-process queue', () => {
  const queues: JobQueue[] = [];
  afterAll(() => Promise.all(queues.map((q) => q.close())));

  it('runs a program against test cases and reports each', async () => {
    const queue = new InProcessJobQueue(jobQueueOptionsFrom(config));
    queues.push(queue);
    const service = serviceOver(queue, new LocalSandbox(config));

    const result = await service.execute({
      language: 'python',
      code: 'a, b = map(int, input().split())\nprint(a + b)\n',
      testCases: [
        { input: '1 2\n', expectedOutput: '3' },
        { input: '20 22\n', expectedOutput: '42\n' },
        { input: '2 2\n', expectedOutput: '5' },
        { input: 'x y\n', expectedOutput: '0' },
      ],
      userId: 'candidate-1',
    });

    expect(result.tests?.results.map((r) => [r.passed, r.status, r.actualOutput])).toEqual([
      [true, 'ok', '3\n'],
      [true, 'ok', '42\n'],
      [false, 'ok', '4\n'],
      [false, 'runtime_error', ''],
    ]);
    expect(result.tests).toMatchObject({ passed: 2, total: 4 });
    expect(result).toMatchObject({ status: 'ok', stdout: '4\n', isolated: true });
  });

  it('never runs more sandboxes at once than SANDBOX_WORKERS, and answers every caller', async () => {
    const queue = new InProcessJobQueue(jobQueueOptionsFrom(config));
    queues.push(queue);
    const real = new LocalSandbox(config);
    let running = 0;
    let peak = 0;
    const counting: Sandbox = {
      status: () => real.status(),
      languages: () => real.languages(),
      async execute(request: SandboxRequest) {
        running += 1;
        peak = Math.max(peak, running);
        try {
          return await real.execute(request);
        } finally {
          running -= 1;
        }
      },
    };
    const service = serviceOver(queue, counting);

    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => service.execute({ language: 'javascript', code: `console.log(${i} * 2)`, userId: `user-${i % 3}` })),
    );

    expect(results.map((r) => toS2ExecuteResponse(r).stdout)).toEqual(['0\n', '2\n', '4\n', '6\n', '8\n', '10\n']);
    expect(peak).toBe(config.workers);
  });

  it('answers 503 (an unavailable DomainError) when the host cannot isolate code', async () => {
    const queue = new InProcessJobQueue(jobQueueOptionsFrom(config));
    queues.push(queue);
    const service = serviceOver(queue, new LocalSandbox(config, { bwrapPath: null }));

    const attempt = service.execute({ language: 'python', code: 'print(1)' });

    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ kind: 'unavailable', code: 'SANDBOX.UNAVAILABLE' });
  });
});

describe('code execution through Bull on Redis', () => {
  requireRedis();
  const prefix = `candor-test-${randomUUID().slice(0, 8)}`;
  const queue = new BullJobQueue(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { prefix, ...jobQueueOptionsFrom(config) });
  afterAll(async () => {
    await queue.close();
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('executes C (compile, then run) in a Bull worker and answers the caller', async () => {
    const service = serviceOver(queue, new LocalSandbox(config));

    const result = await service.execute({ language: 'c', code: '#include <stdio.h>\nint main(void) { puts("via bull"); return 0; }', userId: 'u' });

    expect(result).toMatchObject({ status: 'ok', stdout: 'via bull\n', exitCode: 0 });
    expect(result.compileTimeMs).toBeGreaterThan(0);
  });
});
