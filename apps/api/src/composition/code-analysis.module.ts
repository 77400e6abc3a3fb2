import { Global, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AGGREGATE_STORE, AggregateStore } from '@candor/application/commands/aggregate-store';
import { CodeAnalysisScheduler, registerCodeAnalysisWorker } from '@candor/application/interview/code-analysis/code-analysis.job';
import { CODE_ANALYZER, CodeAnalyzer } from '@candor/application/ports/code-analyzer.port';
import { JOB_QUEUE, JobQueue } from '@candor/application/ports/job-queue.port';
import { SANDBOX, Sandbox } from '@candor/application/ports/sandbox.port';
import { CodeAnalysisConfig, codeAnalysisConfigFromEnv } from '@candor/infrastructure/analysis/code-analysis-config';
import { SandboxedCodeAnalyzer } from '@candor/infrastructure/analysis/sandboxed-code-analyzer.adapter';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';

const CODE_ANALYSIS_CONFIG = Symbol('CODE_ANALYSIS_CONFIG');

/** Makes this process a worker of the background analyses (the queue itself is closed by CodeExecutionModule). */
@Injectable()
class CodeAnalysisLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CODE_ANALYZER) private readonly analyzer: CodeAnalyzer & { close?: () => Promise<void> },
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(CODE_ANALYSIS_CONFIG) private readonly config: CodeAnalysisConfig,
    private readonly logger: JsonLogger,
  ) {}

  onModuleInit(): void {
    // Background analyses take at most half the analyzer's slots, so the analyze route is not starved by them.
    registerCodeAnalysisWorker(this.queue, this.analyzer, this.store, Math.max(1, Math.floor(this.config.concurrency / 2)), this.logger);
  }

  /** The rule-check worker threads end with the app. */
  async onApplicationShutdown(): Promise<void> {
    await this.analyzer.close?.();
  }
}

/**
 * Code analysis: the analyzer (tools in the code-execution sandbox, rules in process), the scheduler the
 * run-code handler uses to queue an analysis of every recorded run, and the worker that records results.
 */
@Global()
@Module({
  providers: [
    { provide: CODE_ANALYSIS_CONFIG, useFactory: () => codeAnalysisConfigFromEnv(process.env) },
    {
      provide: CODE_ANALYZER,
      inject: [SANDBOX, CODE_ANALYSIS_CONFIG, JsonLogger],
      useFactory: (sandbox: Sandbox, config: CodeAnalysisConfig, logger: JsonLogger) => new SandboxedCodeAnalyzer(sandbox, config, logger),
    },
    {
      provide: CodeAnalysisScheduler,
      inject: [JOB_QUEUE, JsonLogger],
      useFactory: (queue: JobQueue, logger: JsonLogger) => new CodeAnalysisScheduler(queue, logger),
    },
    CodeAnalysisLifecycle,
  ],
  exports: [CODE_ANALYZER, CodeAnalysisScheduler],
})
export class CodeAnalysisModule {}
