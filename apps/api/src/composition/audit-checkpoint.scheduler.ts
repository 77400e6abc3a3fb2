import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AUDIT_CHECKPOINTS, AuditCheckpoints } from '@candor/application';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { AuditConfig } from '@candor/infrastructure/config/audit-config';

export const AUDIT_CONFIG = Symbol('AUDIT_CONFIG');

/** Signs a checkpoint of the log head every AUDIT_CHECKPOINT_INTERVAL_MS when the log moved. */
@Injectable()
export class AuditCheckpointScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private tick: Promise<void> = Promise.resolve();

  constructor(
    @Inject(AUDIT_CHECKPOINTS) private readonly checkpoints: AuditCheckpoints,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig,
    private readonly logger: JsonLogger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.checkpointIntervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.tick = this.tick.then(() => this.checkpoint());
    }, this.config.checkpointIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.tick;
  }

  private async checkpoint(): Promise<void> {
    try {
      const signed = await this.checkpoints.current();
      if (signed) this.logger.entry('debug', 'audit checkpoint', { position: signed.position, events: signed.eventCount });
    } catch (error) {
      this.logger.entry('error', 'audit checkpoint failed', { error: (error as Error).message });
    }
  }
}
