import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, DomainErrorKind } from '@candor/domain';
import { ConcurrencyError, JobFailedError, JobTimeoutError, QueueFullError } from '@candor/application';
import { RequestValidationError } from './request-validation.error';
import { RateLimitExceededError } from './rate-limit/rate-limit-exceeded.error';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  not_found: 404,
  forbidden: 403,
  unauthorized: 401,
  conflict: 409,
  limit: 400,
  too_large: 413,
  unavailable: 503,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'VALIDATION_ERROR',
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'INTERNAL_ERROR',
  503: 'SERVICE_UNAVAILABLE',
  504: 'TIMEOUT',
};

export interface DescribedError {
  status: number;
  message: string;
  code: string;
  problems?: RequestValidationError['problems'];
  retryAfter?: number;
  /** Unexpected: log it with its stack and hand out an error id. */
  unexpected: boolean;
}

/** Maps anything thrown to a status, a message and a stable code; surfaces only differ in spelling. */
export function describeError(error: unknown, validationStatusCode: number): DescribedError {
  if (error instanceof RequestValidationError) {
    return { status: validationStatusCode, message: 'Validation failed', code: 'VALIDATION_ERROR', problems: error.problems, unexpected: false };
  }
  if (error instanceof DomainError) {
    return { status: STATUS_BY_KIND[error.kind], message: error.message, code: error.code, unexpected: false };
  }
  if (error instanceof ConcurrencyError) {
    return {
      status: 409,
      message: 'The resource was changed by another request; reload and try again',
      code: 'CONCURRENT_MODIFICATION',
      unexpected: false,
    };
  }
  if (error instanceof QueueFullError) {
    return { status: 503, message: error.message, code: 'QUEUE_FULL', retryAfter: 5, unexpected: false };
  }
  if (error instanceof JobTimeoutError) {
    return { status: 504, message: error.message, code: 'JOB_TIMEOUT', unexpected: false };
  }
  if (error instanceof JobFailedError) {
    return { status: 503, message: error.message, code: 'JOB_FAILED', unexpected: false };
  }
  if (error instanceof RateLimitExceededError) {
    return { status: 429, message: 'Rate limit exceeded', code: 'RATE_LIMIT_EXCEEDED', retryAfter: error.retryAfterSeconds, unexpected: false };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? ((response as { message: string[] }).message.join('; '))
          : String((response as { message?: unknown }).message ?? error.message);
    return { status, message: status === 404 && message.startsWith('Cannot ') ? 'Not Found' : message, code: CODE_BY_STATUS[status] ?? `HTTP_${status}`, unexpected: status >= 500 };
  }
  if (validationStatusCode === 422 && isInvalidJsonBody(error) && error.decodeError !== false) {
    // The FastAPI-style surfaces (S0, S1, S2) answer a body that is not JSON as FastAPI does: a validation error.
    // A well-formed body refused for its shape (too many keys, too deep) stays the 400 limit refusal below.
    const problem = { loc: ['body', error.position ?? 0], msg: 'JSON decode error', type: 'json_invalid' };
    return { status: 422, message: 'JSON decode error', code: 'VALIDATION_ERROR', problems: [problem], unexpected: false };
  }
  const fastifyStatus = (error as { statusCode?: unknown })?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    // Fastify's own errors (malformed JSON, body too large, unsupported media type) are the client's.
    const fastifyCode = (error as { code?: string }).code;
    return {
      status: fastifyStatus,
      message: fastifyMessage(fastifyCode, (error as Error).message),
      code: CODE_BY_STATUS[fastifyStatus] ?? `HTTP_${fastifyStatus}`,
      unexpected: false,
    };
  }
  if (isMalformedMultipart(error)) {
    // busboy's parse errors (no boundary, truncated form) carry no status: they are the client's.
    return { status: 400, message: `Malformed multipart body: ${(error as Error).message}`, code: 'BAD_REQUEST', unexpected: false };
  }
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error', code: 'INTERNAL_ERROR', unexpected: true };
}

function isInvalidJsonBody(error: unknown): error is Error & { position?: number; decodeError?: boolean } {
  return error instanceof Error && (error as { code?: string }).code === 'FST_ERR_CTP_INVALID_JSON_BODY';
}

const MULTIPART_PARSE_ERRORS = /^(Multipart: |Unexpected end of (form|multipart data)$|Malformed part header$|Malformed urlencoded form$)/;

function isMalformedMultipart(error: unknown): boolean {
  return error instanceof Error && MULTIPART_PARSE_ERRORS.test(error.message);
}

function fastifyMessage(code: string | undefined, fallback: string): string {
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return `Malformed JSON body: ${fallback}`;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'Request body is too large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return `Unsupported content type: ${fallback}`;
    default:
      return fallback;
  }
}
