import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { buildAsyncApiDocument } from '@candor/contracts/ws/asyncapi-document';

/**
 * Checks WebSocket traffic against the AsyncAPI document (/asyncapi.json): each message must be one the
 * channel documents for its direction, with a payload its schema allows; a close code must be documented.
 */
type Json = Record<string, any>;
export type Direction = 'toClient' | 'fromClient';

/** Codes the client side reports without the server choosing them (RFC 6455: no status, abnormal closure). */
const LOCAL_CLOSE_CODES = [1005, 1006];

export class WsMessageChecker {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json = buildAsyncApiDocument('http://localhost')) {
    addFormats(this.ajv);
    this.ajv.addSchema({ ...document, $id: 'asyncapi' });
  }

  /** The channel id whose address matches a request path (`/ws/session/abc?token=…`), or null. */
  channelOf(url: string): string | null {
    const path = new URL(url, 'ws://x').pathname.replace(/\/$/, '');
    for (const [id, channel] of Object.entries<Json>(this.document.channels)) {
      const pattern = new RegExp(`^${String(channel.address).replace(/\/$/, '').replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (pattern.test(path)) return id;
    }
    return null;
  }

  check(channel: string, direction: Direction, message: unknown): string[] {
    const type = (message as Json | null)?.type;
    const operation = Object.values<Json>(this.document.operations).find(
      (op) => op.channel.$ref === `#/channels/${channel}` && op.action === (direction === 'toClient' ? 'send' : 'receive'),
    );
    const candidates = (operation?.messages ?? []).map((m: Json) => String(m.$ref).split('/').pop() as string)
      .filter((name: string) => this.document.components.messages[name].payload.properties.type.const === type);
    const label = `${channel} ${direction === 'toClient' ? 'server → client' : 'client → server'} "${String(type)}"`;
    if (candidates.length === 0) return [`${label}: not a message this channel documents`];
    const errors: string[] = [];
    for (const name of candidates) {
      const validate = this.validator(name);
      if (validate(message)) return [];
      errors.push(...(validate.errors ?? []).map((e) => `${label}: ${name}${e.instancePath} ${e.message}`));
    }
    return errors;
  }

  checkClose(channel: string, code: number): string[] {
    const documented = Object.keys(this.document['x-close-codes']).map(Number);
    return [...documented, ...LOCAL_CLOSE_CODES].includes(code) ? [] : [`${channel}: close code ${code} is not documented`];
  }

  private validator(name: string): ValidateFunction {
    let validate = this.validators.get(name);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `asyncapi#/components/messages/${name}/payload` });
      this.validators.set(name, validate);
    }
    return validate;
  }
}
