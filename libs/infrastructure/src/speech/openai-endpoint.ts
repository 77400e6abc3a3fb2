import { DomainError } from '@candor/domain';

/** Calling an OpenAI-compatible audio endpoint: URL convention, auth, timeout, one retry, and errors as DomainErrors. */
export interface OpenAiEndpoint {
  readonly baseUrl: string;
  readonly apiKey: string | null;
  readonly timeoutMs: number;
}

const RETRY_DELAY_MS = 500;
const RETRYABLE = new Set([429, 502, 503, 504]);

/** `https://api.openai.com/v1` + `audio/speech`; a base without a version segment gets `/v1` (e.g. `http://localhost:8080`). */
export function endpointUrl(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return /\/v\d+$/.test(base) ? `${base}/${path}` : `${base}/v1/${path}`;
}

/** POSTs once, and once more after a pause when the server was busy or unreachable. */
export async function postToEndpoint(endpoint: OpenAiEndpoint, path: string, body: string | FormData, headers: Record<string, string>, engine: string): Promise<Response> {
  const url = endpointUrl(endpoint.baseUrl, path);
  const allHeaders = endpoint.apiKey ? { ...headers, authorization: `Bearer ${endpoint.apiKey}` } : headers;
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', body, headers: allHeaders, signal: AbortSignal.timeout(endpoint.timeoutMs) });
    } catch (error) {
      if (attempt < 2) {
        await delay(RETRY_DELAY_MS);
        continue;
      }
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${endpoint.timeoutMs} ms` : (error as Error).message;
      throw new DomainError('SPEECH.ENGINE_UNREACHABLE', `${engine} server at ${new URL(url).origin} failed: ${reason}`, 'unavailable');
    }
    if (response.ok) return response;
    if (RETRYABLE.has(response.status) && attempt < 2) {
      await response.body?.cancel();
      await delay(RETRY_DELAY_MS);
      continue;
    }
    throw await failureOf(response, engine);
  }
}

/**
 * The caller's fault (bad input) stays 'invalid' / 'limit'; anything else (auth, unknown model, overload, crash) is
 * our server's configuration or health, so 'unavailable'.
 */
async function failureOf(response: Response, engine: string): Promise<DomainError> {
  const message = await serverMessage(response);
  const said = `${engine} server answered ${response.status}: ${message}`;
  if (response.status === 413) return new DomainError('SPEECH.REMOTE_LIMIT', said, 'limit');
  if (response.status === 400 || response.status === 415 || response.status === 422) return new DomainError('SPEECH.REMOTE_REJECTED', said, 'invalid');
  return new DomainError('SPEECH.REMOTE_FAILED', said, 'unavailable');
}

async function serverMessage(response: Response): Promise<string> {
  const text = (await response.text().catch(() => '')).slice(0, 2000);
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } | string; detail?: unknown; message?: unknown };
    const candidate = typeof body.error === 'object' ? body.error?.message : body.error ?? body.detail ?? body.message;
    if (typeof candidate === 'string') return candidate.slice(0, 300);
  } catch {
    // Not JSON: the text itself is the message.
  }
  return text.trim().slice(0, 300) || response.statusText || 'no message';
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
