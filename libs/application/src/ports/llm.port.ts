import type { LlmTask } from './llm-task';

/**
 * The language model behind every AI feature. Adapters: an OpenAI-compatible HTTP client (OpenAI, vLLM,
 * Ollama, llama.cpp servers) and the built-in deterministic engine (no network, the default).
 */
export type LlmRole = 'system' | 'user' | 'assistant';

export interface LlmMessage {
  readonly role: LlmRole;
  readonly content: string;
}

export interface LlmRequest {
  /** The rendered prompt (what an HTTP model reads). */
  readonly messages: readonly LlmMessage[];
  readonly maxTokens?: number;
  readonly temperature?: number;
  /**
   * The same request as structured data (see llm-task.ts). A remote model reads `messages`; the built-in
   * engine computes its answer from `task`, so both adapters answer the same question.
   */
  readonly task?: LlmTask;
}

export interface LlmUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly totalTokens: number;
}

export interface LlmCompletion {
  readonly content: string;
  /** The model that answered, as the server names it (`builtin` for the built-in engine). */
  readonly model: string;
  readonly usage: LlmUsage;
  /** `stop`, `length`, ... as the server reports it. */
  readonly finishReason: string | null;
  /** 0..1 when the engine knows how sure it is (the built-in engine does; remote servers do not say). */
  readonly confidence?: number;
}

export interface LlmJsonCompletion<T> extends Omit<LlmCompletion, 'content'> {
  readonly value: T;
  /** The raw text the accepted answer came from. */
  readonly raw: string;
  /** 1, or 2 when the first answer was malformed and the model was asked again. */
  readonly attempts: number;
}

/** One piece of a streamed answer; the last chunk carries `done`, the model and the usage. */
export interface LlmStreamChunk {
  readonly delta: string;
  readonly done: boolean;
  readonly model?: string;
  readonly usage?: LlmUsage;
}

/** Throws on anything that does not fit the expected shape; returns the typed value otherwise. */
export type JsonValidator<T> = (value: unknown) => T;

export interface Llm {
  complete(request: LlmRequest): Promise<LlmCompletion>;
  stream(request: LlmRequest): AsyncIterable<LlmStreamChunk>;
  /**
   * A JSON object answer checked by `validate`. A malformed answer (not JSON, or refused by the validator)
   * is asked for once more; a second failure throws DomainError `AI.MALFORMED_OUTPUT` (kind `unavailable`).
   */
  completeJson<T>(request: LlmRequest, validate: JsonValidator<T>): Promise<LlmJsonCompletion<T>>;
  /** The configured model name (`builtin` for the built-in engine). */
  readonly model: string;
}

export const LLM = Symbol('LLM');
