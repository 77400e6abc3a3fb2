/** Sends one webhook request. The adapter posts over HTTP(S) with a time limit and never follows redirects. */
export interface WebhookRequest {
  readonly url: string;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

export interface WebhookResponse {
  readonly statusCode: number;
  /** The start of the response body (what the delivery log keeps). */
  readonly body: string;
}

export interface WebhookSender {
  /** Resolves with any HTTP answer; rejects with WebhookSendError when none came (refused, timed out, DNS…). */
  send(request: WebhookRequest): Promise<WebhookResponse>;
}

export class WebhookSendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookSendError';
  }
}

export const WEBHOOK_SENDER = Symbol('WEBHOOK_SENDER');
