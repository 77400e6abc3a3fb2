import { DomainError } from '@candor/domain';

/** Close codes: RFC 6455's own, and the 4xxx application range mirroring HTTP statuses (CONTRACTS.md: 4401, 4403). */
export const WS_CLOSE = {
  /** The server is shutting down. */
  GOING_AWAY: 1001,
  /** The client does not read fast enough. */
  POLICY_VIOLATION: 1008,
  /** A client message past the size limit (the ws server closes with it before the message reaches a gateway). */
  MESSAGE_TOO_BIG: 1009,
  INTERNAL_ERROR: 1011,
  /** A service the route needs is down. */
  TRY_AGAIN_LATER: 1013,
  /** No token, or one that is not valid. */
  UNAUTHORIZED: 4401,
  /** Authenticated, but not allowed on this route. */
  FORBIDDEN: 4403,
  /** The route's resource (an interview) does not exist. */
  NOT_FOUND: 4404,
  /** The user already holds the maximum number of connections. */
  TOO_MANY_CONNECTIONS: 4429,
} as const;

/** How a refusal from a gateway closes the connection. */
export function closeCodeFor(error: unknown): number {
  if (!(error instanceof DomainError)) return WS_CLOSE.INTERNAL_ERROR;
  switch (error.kind) {
    case 'unauthorized':
      return WS_CLOSE.UNAUTHORIZED;
    case 'forbidden':
      return WS_CLOSE.FORBIDDEN;
    case 'not_found':
      return WS_CLOSE.NOT_FOUND;
    case 'limit':
      return WS_CLOSE.TOO_MANY_CONNECTIONS;
    case 'unavailable':
      return WS_CLOSE.TRY_AGAIN_LATER;
    default:
      return WS_CLOSE.POLICY_VIOLATION;
  }
}

/** A close reason is at most 123 bytes (RFC 6455, 5.5). */
export function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason) > 123) reason = reason.slice(0, -1);
  return reason;
}
