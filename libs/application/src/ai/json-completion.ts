import { DomainError } from '@candor/domain';
import type { JsonValidator, LlmCompletion, LlmJsonCompletion, LlmRequest } from '../ports/llm.port';

/**
 * The structured-answer protocol both adapters share: ask, parse the first JSON object of the answer,
 * validate it; a malformed answer is asked for once more with the reason, then it is a clear error.
 */
export async function completeJsonWithRetry<T>(
  complete: (request: LlmRequest) => Promise<LlmCompletion>,
  request: LlmRequest,
  validate: JsonValidator<T>,
): Promise<LlmJsonCompletion<T>> {
  let current = request;
  let problem = '';
  let tokens = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const answer = await complete(current);
    tokens = {
      promptTokens: tokens.promptTokens + answer.usage.promptTokens,
      completionTokens: tokens.completionTokens + answer.usage.completionTokens,
      totalTokens: tokens.totalTokens + answer.usage.totalTokens,
    };
    try {
      const value = validate(parseJsonObject(answer.content));
      return { value, raw: answer.content, model: answer.model, usage: tokens, finishReason: answer.finishReason, attempts: attempt };
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
      current = {
        ...request,
        messages: [
          ...request.messages,
          { role: 'assistant', content: answer.content },
          { role: 'user', content: `That answer was not valid (${problem}). Reply again with only the JSON object, nothing else.` },
        ],
      };
    }
  }
  throw new DomainError('AI.MALFORMED_OUTPUT', `The language model returned malformed JSON twice: ${problem}`, 'unavailable');
}

/** The answer's JSON object, also when a model wraps it in a code fence or a sentence. */
export function parseJsonObject(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    const start = trimmed.indexOf('{');
    const end = trimmed.lastIndexOf('}');
    if (start >= 0 && end > start) return JSON.parse(trimmed.slice(start, end + 1));
    throw new Error('the answer is not JSON');
  }
}

/** A rough token count (about four characters a token) for engines that do not count. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}
