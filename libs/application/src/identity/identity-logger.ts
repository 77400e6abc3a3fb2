/** Where identity work that happens after the answer (mail delivery, the bootstrap) reports problems. */
export interface IdentityLogger {
  info(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export const IDENTITY_LOGGER = Symbol('IDENTITY_LOGGER');
