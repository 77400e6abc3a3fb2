import { Global, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { JOB_QUEUE, JobQueue } from '@candor/application/ports/job-queue.port';
import { SANDBOX, Sandbox } from '@candor/application/ports/sandbox.port';
import { CODE_EXECUTION_POLICY } from '@candor/application/code-execution/code-execution.policy';
import { registerCodeExecutionWorker } from '@candor/application/code-execution/code-execution.job';
import { ExecuteCodeService } from '@candor/application/code-execution/execute-code.service';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { LocalSandbox } from '@candor/infrastructure/sandbox/local-sandbox.adapter';
import { codeExecutionPolicyOf } from '@candor/infrastructure/sandbox/sandbox-config';
import { createJobQueue, jobQueueOptionsFrom } from '@candor/infrastructure/queue/job-queue.factory';

/** Makes this process a code-execution worker on start, and closes the queue (finishing running jobs) on shutdown. */
@Injectable()
class CodeExecutionLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(SANDBOX) private readonly sandbox: Sandbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    registerCodeExecutionWorker(this.queue, this.sandbox, this.config.sandbox.workers);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}

/** Code execution: the local sandbox, the job queue (Bull with REDIS_URL, else in process) and the service over them. */
@Global()
@Module({
  providers: [
    {
      provide: SANDBOX,
      inject: [APP_CONFIG, JsonLogger],
      useFactory: (config: AppConfig, logger: JsonLogger) => new LocalSandbox(config.sandbox, { logger }),
    },
    {
      provide: JOB_QUEUE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createJobQueue(config.redisUrl, jobQueueOptionsFrom(config.sandbox)),
    },
    { provide: CODE_EXECUTION_POLICY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => codeExecutionPolicyOf(config.sandbox) },
    ExecuteCodeService,
    CodeExecutionLifecycle,
  ],
  exports: [SANDBOX, JOB_QUEUE, CODE_EXECUTION_POLICY, ExecuteCodeService],
})
export class CodeExecutionModule {}
