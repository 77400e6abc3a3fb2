import { BeforeApplicationShutdown, Global, Inject, Injectable, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { AGGREGATE_STORE, AggregateStore, EVENT_STORE, EventStore, READ_STORE, ReadStore } from '@candor/application';
import { JOB_QUEUE, JobQueue } from '@candor/application/ports/job-queue.port';
import { CODE_ANALYZER, CodeAnalyzer } from '@candor/application/ports/code-analyzer.port';
import { LLM, Llm } from '@candor/application/ports/llm.port';
import { AiCompletionService } from '@candor/application/ai/ai-completion.service';
import { InterviewScoringService } from '@candor/application/ai/scoring/interview-scoring.service';
import { registerInterviewScoringWorker } from '@candor/application/ai/scoring/interview-scoring.job';
import { enqueueScoring, INTERVIEW_SCORING_OPTIONS } from '@candor/application/assessment/scoring/interview-scoring.queue';
import { ASSESSMENT_REACTOR, AssessmentReactor } from '@candor/application/assessment/scoring/assessment.reactor';
import { LogReactor } from '@candor/application/reactors/log-reactor';
import { ScoringRetryScheduler } from '@candor/application/assessment/scoring/scoring-retry.scheduler';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { createLlm } from '@candor/infrastructure/ai/llm.factory';

/**
 * Makes this process an interview-scoring worker (the queue itself is closed by the code-execution module)
 * and runs the assessment reactor (on the log, from its checkpoint) that queues the scoring of every
 * completed interview.
 */
@Injectable()
class AiLifecycle implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly assessment: AssessmentReactor;
  private readonly reactor: LogReactor;
  private readonly retries: ScoringRetryScheduler;

  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly scoring: InterviewScoringService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) events: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    logger: JsonLogger,
  ) {
    this.assessment = new AssessmentReactor(readStore, queue, logger);
    this.reactor = new LogReactor(ASSESSMENT_REACTOR, events, readStore, (event) => this.assessment.react(event), logger);
    this.retries = new ScoringRetryScheduler(queue, enqueueScoring, undefined, logger);
  }

  onModuleInit(): void {
    registerInterviewScoringWorker(this.queue, this.scoring, this.config.ai.scoringWorkers, this.retries);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.assessment.requeueFailed();
    await this.reactor.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.retries.stop();
    await this.reactor.stop();
  }
}

const optionalAnalyzer = { token: CODE_ANALYZER, optional: true };

/**
 * The AI interviewer's adapters and services: the LLM (OpenAI-compatible with LLM_BASE_URL, else the built-in
 * engine), interview scoring (a job worker) and S0's completion service. Its handlers are in handlers.module.ts.
 * CODE_ANALYZER is used when another module binds it.
 */
@Global()
@Module({
  providers: [
    { provide: LLM, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createLlm({ ...config.ai, baseUrl: config.ai.llmBaseUrl, apiKey: config.ai.llmApiKey, model: config.ai.llmModel, timeoutMs: config.ai.llmTimeoutMs, maxRetries: config.ai.llmMaxRetries }) },
    { provide: INTERVIEW_SCORING_OPTIONS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ waitMs: config.ai.scoringWaitMs }) },
    {
      provide: InterviewScoringService,
      inject: [EVENT_STORE, AGGREGATE_STORE, LLM],
      useFactory: (events: EventStore, store: AggregateStore, llm: Llm) => new InterviewScoringService(events, store, llm),
    },
    {
      provide: AiCompletionService,
      inject: [LLM, optionalAnalyzer],
      useFactory: (llm: Llm, analyzer: CodeAnalyzer | undefined) => new AiCompletionService(llm, analyzer ?? null),
    },
    AiLifecycle,
  ],
  exports: [LLM, INTERVIEW_SCORING_OPTIONS, InterviewScoringService, AiCompletionService],
})
export class AiModule {}
