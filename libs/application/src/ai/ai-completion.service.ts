import type { CodeAnalyzer } from '../ports/code-analyzer.port';
import { SANDBOX_LANGUAGES, SandboxLanguage } from '../ports/sandbox.port';
import type { Llm } from '../ports/llm.port';
import { LlmTask } from '../ports/llm-task';
import { renderTask } from './prompts';

export interface AiCompletionRequest {
  readonly prompt: string;
  readonly code: string | null;
  readonly language: string | null;
  readonly maxTokens: number;
  readonly temperature: number;
}

export interface AiCompletionResult {
  readonly completion: string;
  readonly modelUsed: string;
  readonly tokensUsed: number;
  readonly confidence: number;
}

const LANGUAGE_ALIASES: Record<string, SandboxLanguage> = { py: 'python', python3: 'python', js: 'javascript', node: 'javascript', ts: 'typescript', 'c++': 'cpp' };

/**
 * S0 `/api/ai/complete`: with code, a review grounded in static analysis (when a CodeAnalyzer is bound
 * and knows the language); without, the prompt as is. The model answers; its usage is reported.
 */
export class AiCompletionService {
  constructor(
    private readonly llm: Llm,
    private readonly analyzer: CodeAnalyzer | null,
  ) {}

  async complete(request: AiCompletionRequest): Promise<AiCompletionResult> {
    const task = request.code ? await this.reviewTask(request, request.code) : ({ kind: 'free', prompt: request.prompt, language: request.language } as LlmTask);
    const answer = await this.llm.complete(renderTask(task, { maxTokens: request.maxTokens, temperature: request.temperature }));
    return {
      completion: answer.content,
      modelUsed: answer.model,
      tokensUsed: answer.usage.totalTokens,
      // Remote servers do not say how sure they are: a complete answer rates higher than a cut one.
      confidence: answer.confidence ?? (answer.finishReason === 'length' ? 0.5 : 0.8),
    };
  }

  private async reviewTask(request: AiCompletionRequest, code: string): Promise<LlmTask> {
    const language = sandboxLanguage(request.language);
    let findings = null;
    let analysisScore = null;
    if (this.analyzer && language) {
      try {
        const analysis = await this.analyzer.analyze({ code, language, analysisType: 'quality' });
        findings = analysis.findings;
        analysisScore = analysis.score;
      } catch {
        // The review still runs on the engine's own checks when analysis is unavailable.
      }
    }
    return { kind: 'code_review', prompt: request.prompt, code, language: request.language, findings, analysisScore };
  }
}

function sandboxLanguage(language: string | null): SandboxLanguage | null {
  if (!language) return null;
  const l = language.trim().toLowerCase();
  if ((SANDBOX_LANGUAGES as readonly string[]).includes(l)) return l as SandboxLanguage;
  return LANGUAGE_ALIASES[l] ?? null;
}
