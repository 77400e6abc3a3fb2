import { Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { BatchWorker } from '@candor/application';

/** Makes this process a batch worker (one batch at a time: each item already goes through the queue's other work). */
@Injectable()
class BatchLifecycle implements OnModuleInit {
  constructor(private readonly worker: BatchWorker) {}

  onModuleInit(): void {
    this.worker.register(1);
  }
}

/** S4 batch operations: the worker (the batch handlers hand it their jobs) and its registration. */
@Global()
@Module({
  providers: [BatchWorker, BatchLifecycle],
  exports: [BatchWorker],
})
export class BatchModule {}
