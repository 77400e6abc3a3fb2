/** Code analysis settings, read from the environment with safe defaults. The README lists each variable. */
export interface CodeAnalysisConfig {
  /** CODE_ANALYSIS_CONCURRENCY: analyses whose tools run at once in this process (each takes a sandbox). */
  readonly concurrency: number;
  /** CODE_ANALYSIS_QUEUE_MAX: analyses allowed to wait for a slot; past it a request gets 503. */
  readonly queueMax: number;
  /** CODE_ANALYSIS_MAX_CODE_BYTES: larger code is refused (422 on the route). */
  readonly maxCodeBytes: number;
  /** CODE_ANALYSIS_RULE_WORKERS: worker threads running the rule checks (never the event loop). */
  readonly ruleWorkers: number;
  /** CODE_ANALYSIS_RULE_BUDGET_MS: the rule checks of one analysis past this are stopped and the analysis refused. */
  readonly ruleBudgetMs: number;
}

export function codeAnalysisConfigFromEnv(env: NodeJS.ProcessEnv): CodeAnalysisConfig {
  return {
    concurrency: int(env.CODE_ANALYSIS_CONCURRENCY, 2, 1),
    queueMax: int(env.CODE_ANALYSIS_QUEUE_MAX, 20, 0),
    maxCodeBytes: int(env.CODE_ANALYSIS_MAX_CODE_BYTES, 131_072, 1_024),
    ruleWorkers: int(env.CODE_ANALYSIS_RULE_WORKERS, 2, 1),
    ruleBudgetMs: int(env.CODE_ANALYSIS_RULE_BUDGET_MS, 2_000, 100),
  };
}

function int(value: string | undefined, fallback: number, min: number): number {
  const parsed = value === undefined || value.trim() === '' ? NaN : Number(value);
  return Number.isInteger(parsed) && parsed >= min ? parsed : fallback;
}
