import { WebhookOptions } from '@candor/application/webhook/delivery/webhook-delivery.job';

/** WEBHOOK_* variables (README "Configuration"); `development`: NODE_ENV unset, development or test. */
export function webhookOptionsFromEnv(env: NodeJS.ProcessEnv, publicUrl: string, development: boolean): WebhookOptions {
  const num = (value: string | undefined, fallback: number, min: number) => {
    const n = Number(value);
    return value !== undefined && value !== '' && Number.isFinite(n) && n >= min ? n : fallback;
  };
  return {
    timeoutMs: num(env.WEBHOOK_TIMEOUT_MS, 10_000, 100),
    workers: Math.floor(num(env.WEBHOOK_WORKERS, 4, 1)),
    publicUrl,
    destinations: {
      // Plain http is for a developer's local receiver; deployed, a webhook carries data over TLS only.
      allowHttp: development,
      // Off outside development: a user's URL must not reach the server's own network (SSRF).
      allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE ? env.WEBHOOK_ALLOW_PRIVATE === 'true' : development,
    },
    retry: {
      baseMs: num(env.WEBHOOK_RETRY_BASE_MS, 30_000, 1),
      maxDelayMs: num(env.WEBHOOK_RETRY_MAX_DELAY_MS, 3_600_000, 1),
      windowMs: num(env.WEBHOOK_RETRY_WINDOW_HOURS, 24, 0) * 3_600_000,
    },
  };
}
