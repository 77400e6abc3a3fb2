import type { JsonValidator, Llm, LlmCompletion, LlmJsonCompletion, LlmRequest, LlmStreamChunk } from '@candor/application/ports/llm.port';
import { answerTask, BUILTIN_MODEL } from '@candor/application/ai/engine/builtin-engine';
import { completeJsonWithRetry, estimateTokens } from '@candor/application/ai/json-completion';
import { LlmTask } from '@candor/application/ports/llm-task';

/**
 * The default LLM: the built-in deterministic engine (question bank, rubric, taxonomy, code checks).
 * It answers a request's structured task; a request without one is treated as a free prompt (the last
 * user message). No network, same answer for the same input.
 */
export class BuiltinLlm implements Llm {
  readonly model = BUILTIN_MODEL;

  async complete(request: LlmRequest): Promise<LlmCompletion> {
    return this.answer(request).completion;
  }

  async *stream(request: LlmRequest): AsyncIterable<LlmStreamChunk> {
    const { completion } = this.answer(request);
    const pieces = completion.content.match(/\S+\s*/g) ?? [];
    for (const piece of pieces) yield { delta: piece, done: false };
    yield { delta: '', done: true, model: this.model, usage: completion.usage };
  }

  completeJson<T>(request: LlmRequest, validate: JsonValidator<T>): Promise<LlmJsonCompletion<T>> {
    return completeJsonWithRetry((r) => this.complete(r), request, validate);
  }

  private answer(request: LlmRequest): { completion: LlmCompletion; confidence: number } {
    const task: LlmTask = request.task ?? { kind: 'free', prompt: lastUserMessage(request), language: null };
    const { content, confidence } = answerTask(task);
    const limited = request.maxTokens ? truncateToTokens(content, request.maxTokens, task.kind !== 'free' && task.kind !== 'code_review' && task.kind !== 'interviewer_reply') : { text: content, cut: false };
    const promptTokens = estimateTokens(request.messages.map((m) => m.content).join('\n'));
    const completionTokens = estimateTokens(limited.text);
    return {
      completion: {
        content: limited.text,
        model: this.model,
        usage: { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens },
        finishReason: limited.cut ? 'length' : 'stop',
        // A cut answer is incomplete: it is worth less than the whole one.
        confidence: limited.cut ? Math.round(confidence * 0.6 * 100) / 100 : confidence,
      },
      confidence,
    };
  }
}

function lastUserMessage(request: LlmRequest): string {
  return [...request.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}

/** Honours max_tokens like a model would (cut at a word), except for JSON, which a cut would break. */
function truncateToTokens(text: string, maxTokens: number, structured: boolean): { text: string; cut: boolean } {
  const maxChars = maxTokens * 4;
  if (structured || text.length <= maxChars) return { text, cut: false };
  const cut = text.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return { text: (lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).trimEnd(), cut: true };
}
