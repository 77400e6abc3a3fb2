/**
 * Typed domain errors with stable codes. The domain never knows HTTP: each surface's
 * exception filter maps `kind` to a status and `code` to its error body.
 */
export type DomainErrorKind =
  | 'invalid' // the input breaks a rule (400/422)
  | 'not_found' // 404
  | 'forbidden' // 403
  | 'unauthorized' // 401
  | 'conflict' // the state forbids it (409)
  | 'limit' // a quota or limit is reached (400 on most surfaces)
  | 'too_large' // a value past its size cap (413)
  | 'unavailable'; // a needed service is missing (503)

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'invalid',
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
