import { setTimeout as sleep } from 'node:timers/promises';
import { DomainError } from '@candor/domain';
import type {
  JsonValidator,
  Llm,
  LlmCompletion,
  LlmJsonCompletion,
  LlmRequest,
  LlmStreamChunk,
  LlmUsage,
} from '@candor/application/ports/llm.port';
import { completeJsonWithRetry, estimateTokens } from '@candor/application/ai/json-completion';

export interface OpenAiCompatibleConfig {
  /** e.g. `https://api.openai.com/v1`, `http://localhost:11434` (Ollama), `http://localhost:8000/v1` (vLLM). */
  readonly baseUrl: string;
  readonly apiKey: string | null;
  readonly model: string;
  /** The longest a call may take, retries included; for a stream, the longest silence between two chunks. */
  readonly timeoutMs: number;
  /** Retries after the first attempt on 429, 5xx and connection errors. */
  readonly maxRetries: number;
  /** First backoff delay; doubles on each retry (a Retry-After header wins). */
  readonly backoffBaseMs?: number;
}

const MAX_BACKOFF_MS = 8_000;
const MAX_RETRY_AFTER_MS = 30_000;

interface ChatResponse {
  model?: string;
  choices?: { message?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number; total_tokens?: number };
}

interface ChatChunk {
  model?: string;
  choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: ChatResponse['usage'] | null;
}

/**
 * Chat completions over the OpenAI HTTP protocol (`POST {base}/v1/chat/completions`), as OpenAI, vLLM,
 * Ollama and llama.cpp servers speak it: JSON mode, SSE streaming, timeouts, retries with exponential
 * backoff on 429/5xx honouring Retry-After, and the token usage of every call.
 */
export class OpenAiCompatibleLlm implements Llm {
  readonly model: string;
  private readonly url: string;
  private used: LlmUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };

  constructor(private readonly config: OpenAiCompatibleConfig) {
    this.model = config.model;
    const base = config.baseUrl.replace(/\/+$/, '');
    this.url = /\/v1$/.test(base) ? `${base}/chat/completions` : `${base}/v1/chat/completions`;
  }

  /** Tokens used by this process so far (every call, retries included). */
  get usageTotals(): LlmUsage {
    return this.used;
  }

  async complete(request: LlmRequest): Promise<LlmCompletion> {
    return this.chat(request, false);
  }

  completeJson<T>(request: LlmRequest, validate: JsonValidator<T>): Promise<LlmJsonCompletion<T>> {
    return completeJsonWithRetry((r) => this.chat(r, true), request, validate);
  }

  async *stream(request: LlmRequest): AsyncIterable<LlmStreamChunk> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | null = null;
    let timedOut = false;
    const arm = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, this.config.timeoutMs);
    };
    arm();
    try {
      const response = await this.send(this.body(request, false, true), controller, arm);
      if (!response.body) throw unavailable('AI.UPSTREAM_ERROR', 'The LLM server sent an empty stream');
      let text = '';
      let model = this.model;
      let usage: LlmUsage | null = null;
      const decoder = new TextDecoder();
      let buffer = '';
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        arm();
        buffer += decoder.decode(value, { stream: true });
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline).replace(/\r$/, '');
          buffer = buffer.slice(newline + 1);
          if (!line.startsWith('data:')) continue;
          const data = line.slice(5).trim();
          if (data === '[DONE]') {
            yield this.lastChunk(request, text, model, usage);
            return;
          }
          const chunk = parseChunk(data);
          if (chunk.model) model = chunk.model;
          if (chunk.usage) usage = toUsage(chunk.usage);
          const delta = chunk.choices?.[0]?.delta?.content ?? '';
          if (delta) {
            text += delta;
            yield { delta, done: false };
          }
        }
      }
      yield this.lastChunk(request, text, model, usage);
    } catch (error) {
      if (timedOut) throw timeout(this.config.timeoutMs);
      throw error;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  private lastChunk(request: LlmRequest, text: string, model: string, usage: LlmUsage | null): LlmStreamChunk {
    const final = usage ?? estimateUsage(request, text);
    this.record(final);
    return { delta: '', done: true, model, usage: final };
  }

  private async chat(request: LlmRequest, json: boolean): Promise<LlmCompletion> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.config.timeoutMs);
    try {
      const response = await this.send(this.body(request, json, false), controller);
      const body = (await response.json()) as ChatResponse;
      const choice = body.choices?.[0];
      if (!choice || typeof choice.message?.content !== 'string') {
        throw unavailable('AI.UPSTREAM_ERROR', 'The LLM server answered without a message');
      }
      const usage = body.usage ? toUsage(body.usage) : estimateUsage(request, choice.message.content);
      this.record(usage);
      return { content: choice.message.content, model: body.model ?? this.model, usage, finishReason: choice.finish_reason ?? null };
    } catch (error) {
      if (timedOut) throw timeout(this.config.timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private body(request: LlmRequest, json: boolean, stream: boolean): Record<string, unknown> {
    return {
      model: this.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      ...(request.maxTokens !== undefined ? { max_tokens: request.maxTokens } : {}),
      ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
      ...(json ? { response_format: { type: 'json_object' } } : {}),
      ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    };
  }

  /** POSTs with retries on 429 / 5xx / connection errors; any other non-2xx is a clear error at once. */
  private async send(body: Record<string, unknown>, controller: AbortController, onAttempt?: () => void): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: body.stream ? 'text/event-stream' : 'application/json' };
    if (this.config.apiKey) headers.authorization = `Bearer ${this.config.apiKey}`;
    let lastProblem = '';
    for (let attempt = 0; ; attempt += 1) {
      onAttempt?.();
      let response: Response | null = null;
      try {
        response = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify(body), signal: controller.signal });
      } catch (error) {
        if (controller.signal.aborted) throw error;
        lastProblem = `connection failed (${(error as Error).message})`;
      }
      if (response?.ok) return response;
      let wait = this.backoff(attempt);
      if (response) {
        const detail = await errorDetail(response);
        lastProblem = `HTTP ${response.status}${detail ? `: ${detail}` : ''}`;
        if (response.status !== 429 && response.status < 500) {
          throw unavailable('AI.UPSTREAM_REJECTED', `The LLM server refused the request (${lastProblem})`);
        }
        wait = retryAfterMs(response.headers.get('retry-after')) ?? wait;
      }
      if (attempt >= this.config.maxRetries) {
        throw unavailable('AI.UNAVAILABLE', `The LLM server failed after ${attempt + 1} attempt(s): ${lastProblem}`);
      }
      await sleep(wait, undefined, { signal: controller.signal });
    }
  }

  private backoff(attempt: number): number {
    return Math.min(MAX_BACKOFF_MS, (this.config.backoffBaseMs ?? 250) * 2 ** attempt);
  }

  private record(usage: LlmUsage): void {
    this.used = {
      promptTokens: this.used.promptTokens + usage.promptTokens,
      completionTokens: this.used.completionTokens + usage.completionTokens,
      totalTokens: this.used.totalTokens + usage.totalTokens,
    };
  }
}

function parseChunk(data: string): ChatChunk {
  try {
    return JSON.parse(data) as ChatChunk;
  } catch {
    throw unavailable('AI.UPSTREAM_ERROR', 'The LLM server sent a malformed stream chunk');
  }
}

function toUsage(u: NonNullable<ChatResponse['usage']>): LlmUsage {
  const promptTokens = u.prompt_tokens ?? 0;
  const completionTokens = u.completion_tokens ?? 0;
  return { promptTokens, completionTokens, totalTokens: u.total_tokens ?? promptTokens + completionTokens };
}

/** Some servers (older llama.cpp, streams without include_usage) report no usage: estimate it. */
function estimateUsage(request: LlmRequest, answer: string): LlmUsage {
  const promptTokens = estimateTokens(request.messages.map((m) => m.content).join('\n'));
  const completionTokens = estimateTokens(answer);
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens };
}

/** Retry-After in seconds or as an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms)) : null;
}

async function errorDetail(response: Response): Promise<string> {
  try {
    const text = (await response.text()).slice(0, 500);
    try {
      const parsed = JSON.parse(text) as { error?: { message?: string } | string };
      return typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? text);
    } catch {
      return text;
    }
  } catch {
    return '';
  }
}

function unavailable(code: string, message: string): DomainError {
  return new DomainError(code, message, 'unavailable');
}

function timeout(ms: number): DomainError {
  return new DomainError('AI.TIMEOUT', `The LLM server did not answer within ${ms} ms`, 'unavailable');
}
