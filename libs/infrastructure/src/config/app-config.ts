import { resolve } from 'node:path';
import { SandboxConfig, sandboxConfigFromEnv } from '../sandbox/sandbox-config';
import { SpeechConfig, speechConfigFromEnv } from '../speech/speech-config';
import { TrustProxy, trustProxyFromEnv } from './trust-proxy';
import { LiveKitConfig, liveKitConfigFromEnv } from '../livekit/livekit.adapter';
import { checkLiveKitKeys, isDevelopment, resolveJwtSecret } from './startup-secrets';
import type { WebhookOptions } from '@candor/application/webhook/delivery/webhook-delivery.job';
import { webhookOptionsFromEnv } from '../webhooks/webhook-config';

/** Everything the process reads from its environment, with defaults. The README lists each variable. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** Proxies whose X-Forwarded-* headers are believed (TRUST_PROXY). */
  readonly trustProxy: TrustProxy;
  readonly dataDir: string;
  readonly eventStoreUrl: string | null;
  readonly mongoUrl: string | null;
  /** Without MONGO_URL: 'sqlite' (persistent, `$DATA_DIR/read-models.sqlite`) or 'memory' (rebuilt at every start). */
  readonly readStore: 'sqlite' | 'memory';
  readonly redisUrl: string | null;
  /** Embedded: the projector runs inside the API process. Production (MONGO_URL set): its own process, unless PROJECTOR_IN_PROCESS=1. */
  readonly projectorInProcess: boolean;
  readonly readYourWritesTimeoutMs: number;
  /** Streams whose folded state the command side keeps in memory. */
  readonly aggregateCacheSize: number;
  /** A stream gets a snapshot each time its length crosses a multiple of this (embedded event store). */
  readonly snapshotEvery: number;
  readonly rateLimitScale: number;
  /** The general per-address limit of the routes outside the surfaces (/health, /docs, …), per minute. */
  readonly rateLimitGeneralPerMinute: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly jwtSecret: string;
  readonly jwtAccessTtlSeconds: number;
  readonly jwtRefreshTtlSeconds: number;
  readonly publicUrl: string;
  /** Origins allowed by CORS besides PUBLIC_URL's own (CORS_ORIGINS, comma-separated). */
  readonly corsOrigins: readonly string[];
  /** Signed webhooks: delivery time limit, workers, retry backoff and window (WEBHOOK_*). */
  readonly webhooks: WebhookOptions;
  /** Identity (CONTRACTS.md "Identity"): API keys, the bootstrap superuser, mail, password reset, login lockout. */
  readonly apiKeysMaxActive: number;
  readonly adminEmail: string | null;
  readonly adminPassword: string | null;
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  readonly passwordResetTtlSeconds: number;
  readonly emailVerificationTtlSeconds: number;
  readonly loginMaxFailures: number;
  readonly loginFailureWindowSeconds: number;
  readonly loginLockoutSeconds: number;
  /** scrypt's N. Below 16384 only under NODE_ENV=test (fast test suites); otherwise the default stays. */
  readonly passwordHashCost: number;
  /** Code execution (SANDBOX_*): limits, workers and the queue's depth. */
  readonly sandbox: SandboxConfig;
  /** Text to speech and speech to text (TTS_*, STT_*, SPEECH_WORKERS). */
  readonly speech: SpeechConfig;
  /** The AI interviewer (LLM_*, AI_*): a remote OpenAI-compatible server when LLM_BASE_URL is set, else the built-in engine. */
  readonly ai: AiConfig;
  /** LiveKit (LIVEKIT_*): outside development its keys must be set and not the `--dev` pair. */
  readonly liveKit: LiveKitConfig;
}

export interface AiConfig {
  readonly llmBaseUrl: string | null;
  readonly llmApiKey: string | null;
  readonly llmModel: string;
  readonly llmTimeoutMs: number;
  readonly llmMaxRetries: number;
  /** How long S2's complete waits for the interview's score before answering provisional feedback. */
  readonly scoringWaitMs: number;
  readonly scoringWorkers: number;
}

/** Throws ConfigurationError (naming the variable) when a secret is unusable outside development. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mongoUrl = env.MONGO_URL || null;
  const dataDir = resolve(env.DATA_DIR || './data');
  checkLiveKitKeys(env);
  return {
    port: int(env.PORT, 8000),
    host: env.HOST || '0.0.0.0',
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    dataDir,
    eventStoreUrl: env.EVENTSTORE_URL || null,
    mongoUrl,
    readStore: env.READ_STORE === 'memory' ? 'memory' : 'sqlite',
    redisUrl: env.REDIS_URL || null,
    projectorInProcess: env.PROJECTOR_IN_PROCESS ? env.PROJECTOR_IN_PROCESS === '1' : mongoUrl === null,
    readYourWritesTimeoutMs: int(env.READ_YOUR_WRITES_TIMEOUT_MS, 5000),
    aggregateCacheSize: int(env.AGGREGATE_CACHE_SIZE, 10_000),
    snapshotEvery: Math.max(1, int(env.SNAPSHOT_EVERY, 500)),
    rateLimitScale: float(env.RATE_LIMIT_SCALE, 1),
    rateLimitGeneralPerMinute: Math.max(1, int(env.RATE_LIMIT_GENERAL_PER_MINUTE, 1000)),
    logLevel: (['debug', 'info', 'warn', 'error'].includes(env.LOG_LEVEL ?? '') ? env.LOG_LEVEL : 'info') as AppConfig['logLevel'],
    jwtSecret: resolveJwtSecret(env, dataDir),
    jwtAccessTtlSeconds: int(env.JWT_ACCESS_TTL, 3600),
    jwtRefreshTtlSeconds: int(env.JWT_REFRESH_TTL, 30 * 24 * 3600),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${int(env.PORT, 8000)}`).replace(/\/$/, ''),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean),
    apiKeysMaxActive: int(env.API_KEYS_MAX_ACTIVE, 5),
    adminEmail: env.ADMIN_EMAIL || null,
    adminPassword: env.ADMIN_PASSWORD || null,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'Candor <no-reply@candor.local>',
    passwordResetTtlSeconds: int(env.PASSWORD_RESET_TTL, 3600),
    emailVerificationTtlSeconds: int(env.EMAIL_VERIFICATION_TTL, 7 * 24 * 3600),
    loginMaxFailures: int(env.LOGIN_MAX_FAILURES, 5),
    loginFailureWindowSeconds: int(env.LOGIN_FAILURE_WINDOW_SECONDS, 15 * 60),
    loginLockoutSeconds: int(env.LOGIN_LOCKOUT_SECONDS, 15 * 60),
    passwordHashCost: passwordHashCost(env),
    sandbox: sandboxConfigFromEnv(env),
    speech: speechConfigFromEnv(env),
    webhooks: webhookOptionsFromEnv(env, (env.PUBLIC_URL || `http://localhost:${int(env.PORT, 8000)}`).replace(/\/$/, ''), isDevelopment(env)),
    ai: {
      llmBaseUrl: env.LLM_BASE_URL || null,
      llmApiKey: env.LLM_API_KEY || null,
      llmModel: env.LLM_MODEL || 'gpt-4o-mini',
      llmTimeoutMs: int(env.LLM_TIMEOUT_MS, 60_000),
      llmMaxRetries: int(env.LLM_MAX_RETRIES, 2),
      scoringWaitMs: int(env.AI_SCORING_WAIT_MS, 30_000),
      scoringWorkers: int(env.AI_SCORING_WORKERS, 2),
    },
    liveKit: liveKitConfigFromEnv(env),
  };
}

const DEFAULT_SCRYPT_N = 32768;
const MIN_PRODUCTION_SCRYPT_N = 16384;

function passwordHashCost(env: NodeJS.ProcessEnv): number {
  const requested = int(env.PASSWORD_HASH_COST, DEFAULT_SCRYPT_N);
  const testing = (env.NODE_ENV ?? process.env.NODE_ENV) === 'test';
  return requested >= MIN_PRODUCTION_SCRYPT_N || testing ? requested : DEFAULT_SCRYPT_N;
}

function int(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

function float(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? NaN : Number.parseFloat(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
