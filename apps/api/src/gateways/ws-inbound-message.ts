import type { WsMessage } from '@candor/contracts/ws/ws-messages';

export type ParsedInbound = { readonly message: WsMessage } | { readonly error: string };

/** A client's text frame: a JSON object with a string `type`, or the reason it is not one. */
export function parseInbound(text: string): ParsedInbound {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'Malformed JSON: every message must be a JSON object with a "type"' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'Every message must be a JSON object with a "type"' };
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || type === '') return { error: 'The message has no "type"' };
  return { message: value as WsMessage };
}
