import type { Llm } from '@candor/application/ports/llm.port';
import { BuiltinLlm } from './builtin-llm.adapter';
import { OpenAiCompatibleLlm } from './openai-compatible-llm.adapter';

export interface LlmConfig {
  readonly baseUrl: string | null;
  readonly apiKey: string | null;
  readonly model: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
}

/** The composition root's choice: a remote OpenAI-compatible server when LLM_BASE_URL is set, else the built-in engine. */
export function createLlm(config: LlmConfig): Llm {
  if (!config.baseUrl) return new BuiltinLlm();
  return new OpenAiCompatibleLlm({
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    model: config.model,
    timeoutMs: config.timeoutMs,
    maxRetries: config.maxRetries,
  });
}
