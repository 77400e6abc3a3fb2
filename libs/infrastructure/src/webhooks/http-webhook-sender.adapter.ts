import { WebhookRequest, WebhookResponse, WebhookSendError, WebhookSender } from '@candor/application/ports/webhook-sender.port';

/** What the delivery log keeps of an answer. */
const MAX_BODY_CHARS = 1000;

/**
 * POSTs a delivery with Node's fetch: a hard time limit (headers and body), no redirects followed (a 3xx is
 * an answer, recorded as such), and only the start of the response body read.
 */
export class HttpWebhookSender implements WebhookSender {
  async send(request: WebhookRequest): Promise<WebhookResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeoutMs);
    try {
      const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, redirect: 'manual', signal: controller.signal });
      return { statusCode: response.status, body: await readStart(response) };
    } catch (error) {
      if (controller.signal.aborted) throw new WebhookSendError(`no answer within ${request.timeoutMs} ms`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new WebhookSendError(cause?.code ? `${cause.code}: ${cause.message ?? ''}`.trim() : String((error as Error).message ?? error));
    } finally {
      clearTimeout(timer);
    }
  }
}

async function readStart(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < MAX_BODY_CHARS) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text.slice(0, MAX_BODY_CHARS);
}
