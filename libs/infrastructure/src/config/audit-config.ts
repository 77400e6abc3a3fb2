/** AUDIT_*: how often the log head is checkpointed (0: only when an export or the checkpoints route asks). */
export interface AuditConfig {
  readonly checkpointIntervalMs: number;
  /** Adverse impact: groups with fewer candidates are suppressed (a request may raise it, never lower it). */
  readonly minGroupCount: number;
}

export function auditConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuditConfig {
  const interval = Number.parseInt(env.AUDIT_CHECKPOINT_INTERVAL_MS ?? '', 10);
  const minGroup = Number.parseInt(env.AUDIT_MIN_GROUP_COUNT ?? '', 10);
  return {
    checkpointIntervalMs: Number.isFinite(interval) && interval >= 0 ? interval : 60_000,
    minGroupCount: Number.isFinite(minGroup) && minGroup >= 1 ? minGroup : 5,
  };
}
