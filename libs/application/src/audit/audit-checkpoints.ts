import { checkpointSigningPayload } from '@candor/contracts';
import { AUDIT_CHECKPOINTS_STREAM_ID, AuditCheckpointSigned, decideCheckpoint } from '@candor/domain';
import { AggregateStore } from '../commands/aggregate-store';
import { AuditSigner } from '../ports/audit-signer.port';
import { ConcurrencyError } from '../ports/event-store.port';
import { CHAIN_START, ChainPoint, LogChain, StoredCheckpoint } from './log-chain';

const ATTEMPTS = 5;

/**
 * Signed checkpoints of the log head, kept on the `audit-checkpoints` stream. A checkpoint is due when the log
 * moved past the last one by anything but checkpoints themselves (so an idle log is not re-signed forever).
 * Calls in one process are serialised; racing processes are settled by the stream's expected version.
 */
export class AuditCheckpoints {
  private running: Promise<StoredCheckpoint | null> | null = null;

  constructor(
    private readonly store: AggregateStore,
    private readonly signer: AuditSigner,
    private readonly chain: LogChain,
  ) {}

  get publicKeyPem(): string {
    return this.signer.publicKeyPem;
  }

  /** The checkpoint covering the current head, signing a new one when the log moved (null for an empty log). */
  current(): Promise<StoredCheckpoint | null> {
    if (!this.running) {
      this.running = this.checkpointHead().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async checkpointHead(): Promise<StoredCheckpoint | null> {
    for (let attempt = 1; ; attempt++) {
      const last = await this.chain.latestCheckpoint();
      const start: ChainPoint = last ? { position: last.position, logHash: last.logHash, count: last.eventCount } : CHAIN_START;
      let head: ChainPoint = start;
      let moved = false;
      for await (const link of this.chain.walk(start)) {
        head = { position: link.event.position, logHash: link.logHash, count: link.count };
        if (link.event.streamId !== AUDIT_CHECKPOINTS_STREAM_ID) moved = true;
      }
      if (!moved) return last;
      const signedAt = new Date().toISOString();
      const payload = checkpointSigningPayload({
        position: head.position,
        log_hash: head.logHash,
        event_count: head.count,
        signed_at: signedAt,
        algorithm: this.signer.algorithm,
      });
      const data: AuditCheckpointSigned['data'] = {
        position: head.position,
        logHash: head.logHash,
        eventCount: head.count,
        signedAt,
        algorithm: this.signer.algorithm,
        publicKey: this.signer.publicKeyPem,
        signature: this.signer.sign(payload),
      };
      const decided = decideCheckpoint({ type: 'RecordCheckpoint', data, metadata: this.store.commandMetadata() }, { lastPosition: last?.position ?? '' });
      if (decided.length === 0) return last;
      try {
        await this.store.appendDecided(AUDIT_CHECKPOINTS_STREAM_ID, decided, last ? last.revision : 'no_stream');
        return { ...data, revision: (last?.revision ?? 0) + 1 };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= ATTEMPTS) throw error;
      }
    }
  }
}

export const AUDIT_CHECKPOINTS = Symbol('AUDIT_CHECKPOINTS');
