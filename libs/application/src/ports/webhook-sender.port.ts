/**
 * Sends one webhook request. The adapter posts over HTTP(S) with a time limit, never follows redirects, and
 * (unless private addresses are allowed) resolves the host itself, refuses any address that is not public and
 * connects to the address it checked.
 */
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
  /**
   * Resolves with any HTTP answer; rejects with WebhookSendError when none came (refused, timed out, DNS…),
   * WebhookDestinationRefused when it was not sent because the destination is not allowed.
   */
  send(request: WebhookRequest): Promise<WebhookResponse>;
}

export class WebhookSendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookSendError';
  }
}

/** Not sent: the URL's host is (or resolves to) an address deliveries may not reach. Retrying will not help. */
export class WebhookDestinationRefused extends WebhookSendError {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookDestinationRefused';
  }
}

export const WEBHOOK_SENDER = Symbol('WEBHOOK_SENDER');
