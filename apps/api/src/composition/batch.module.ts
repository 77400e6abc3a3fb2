import { Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { BatchWorker, GetBatchJobHandler, StartBatchCvUploadHandler, StartBatchInvitationsHandler } from '@candor/application';

/** Makes this process a batch worker (one batch at a time: each item already goes through the queue's other work). */
@Injectable()
class BatchLifecycle implements OnModuleInit {
  constructor(private readonly worker: BatchWorker) {}

  onModuleInit(): void {
    this.worker.register(1);
  }
}

/** S4 batch operations: the handlers, the worker and its registration. */
@Global()
@Module({
  providers: [StartBatchInvitationsHandler, StartBatchCvUploadHandler, GetBatchJobHandler, BatchWorker, BatchLifecycle],
})
export class BatchModule {}
