import { lookup as systemLookup } from 'node:dns/promises';
import { IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { WebhookDestinationRefused, WebhookRequest, WebhookResponse, WebhookSendError, WebhookSender } from '@candor/application/ports/webhook-sender.port';
import { classifyIpAddress } from '@candor/domain';

/** What the delivery log keeps of an answer. */
const MAX_BODY_CHARS = 1000;

export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

/** Every address of a host name (the system resolver by default; a spec passes its own). */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export interface HttpWebhookSenderOptions {
  /** Send to loopback, private, link-local… addresses too (WEBHOOK_ALLOW_PRIVATE); otherwise public ones only. */
  readonly allowPrivateAddresses: boolean;
  readonly resolve?: ResolveHost;
}

const resolveWithSystem: ResolveHost = (hostname) => systemLookup(hostname, { all: true, verbatim: true });

/**
 * POSTs a delivery with Node's http(s) client: a hard time limit (DNS, headers and body), no redirects
 * followed (a 3xx is an answer, recorded as such), and only the start of the response body read.
 * Against server-side request forgery it resolves the host itself, refuses the delivery when any address is
 * not public (unless allowed), and connects to the very address it checked: a DNS answer that changes between
 * the check and the connection (rebinding) is never asked for.
 */
export class HttpWebhookSender implements WebhookSender {
  private readonly resolve: ResolveHost;

  constructor(private readonly options: HttpWebhookSenderOptions) {
    this.resolve = options.resolve ?? resolveWithSystem;
  }

  async send(request: WebhookRequest): Promise<WebhookResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeoutMs);
    try {
      const url = new URL(request.url);
      const target = await untilAborted(this.destination(url), controller.signal);
      return await post(url, target, request, controller.signal);
    } catch (error) {
      if (error instanceof WebhookSendError) throw error;
      if (controller.signal.aborted) throw new WebhookSendError(`no answer within ${request.timeoutMs} ms`);
      const e = error as NodeJS.ErrnoException;
      throw new WebhookSendError(e.code ? `${e.code}: ${e.message}`.trim() : String(e.message ?? e));
    } finally {
      clearTimeout(timer);
    }
  }

  /** The address to connect to, once every address of the host has passed the check. */
  private async destination(url: URL): Promise<ResolvedAddress> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebhookDestinationRefused(`refused: ${url.protocol} is not http(s)`);
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const literal = isIP(host);
    const addresses = literal ? [{ address: host, family: literal }] : await this.resolve(host);
    if (addresses.length === 0) throw new WebhookSendError(`ENOTFOUND: ${host} has no address`);
    if (!this.options.allowPrivateAddresses) {
      for (const { address } of addresses) {
        const range = classifyIpAddress(address);
        if (range === 'public') continue;
        const which = literal ? `${address} is` : `${host} resolves to ${address},`;
        throw new WebhookDestinationRefused(`refused: ${which} a ${range} address; webhooks are only sent to public addresses (WEBHOOK_ALLOW_PRIVATE)`);
      }
    }
    return addresses[0];
  }
}

function post(url: URL, target: ResolvedAddress, request: WebhookRequest, signal: AbortSignal): Promise<WebhookResponse> {
  // Hands the connection the checked address instead of asking DNS again (a literal address is not looked up).
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<WebhookResponse>((resolve, reject) => {
    const req = send(
      url,
      { method: 'POST', headers: { ...request.headers, 'Content-Length': Buffer.byteLength(request.body) }, lookup, signal, agent: false },
      (response) => readStart(response).then((body) => resolve({ statusCode: response.statusCode ?? 0, body }), reject),
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

function readStart(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
      if (text.length >= MAX_BODY_CHARS) {
        resolve(text.slice(0, MAX_BODY_CHARS));
        response.destroy();
      }
    });
    response.on('end', () => resolve(text.slice(0, MAX_BODY_CHARS)));
    response.on('error', reject);
    response.on('close', () => (response.complete ? resolve(text.slice(0, MAX_BODY_CHARS)) : reject(new Error('the answer ended early'))));
  });
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
