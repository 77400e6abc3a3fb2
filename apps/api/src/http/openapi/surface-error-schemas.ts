import { Surface } from '../surface';

/** The error bodies of error-body.ts as OpenAPI 3.1 schemas, one per spelling (CONTRACTS.md, "Surfaces"). */
const VALIDATION_PROBLEM = {
  type: 'object',
  required: ['loc', 'msg', 'type'],
  properties: {
    loc: { type: 'array', items: { type: ['string', 'integer'] }, example: ['email'] },
    msg: { type: 'string', example: 'field required' },
    type: { type: 'string', example: 'value_error.missing' },
  },
};

const DETAIL = {
  description: 'A message, or the list of field problems of a validation error',
  oneOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/components/schemas/ValidationProblem' } }],
};

const ERROR_ID = { type: 'string', description: 'On a 500: the id under which the error was logged' };
const RETRY_AFTER = { type: 'integer', description: 'On a 429: seconds until the limit resets' };

export const ERROR_SCHEMAS: Record<string, Record<string, unknown>> = {
  ValidationProblem: VALIDATION_PROBLEM,
  ApiError: {
    type: 'object',
    description: 'The error body on `/api` (S0 and S3 share the prefix, so it carries both shapes) and on operational routes',
    required: ['detail', 'error', 'details', 'code'],
    properties: {
      detail: DETAIL,
      error: { type: 'string', example: 'Interview not found' },
      details: {
        description: 'The message, or each field with its problems',
        oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } }],
      },
      code: { type: 'string', example: 'INTERVIEW.NOT_FOUND' },
      error_id: ERROR_ID,
      retry_after: RETRY_AFTER,
    },
    // The seeds' error examples (000 "Error Responses", 003 "Error Responses"), completed with the other shape's fields.
    examples: [
      { detail: 'Error message', error: 'Error message', details: 'Detailed error information (if available)', code: 'ERROR_CODE' },
      { detail: 'Interview not found', error: 'Interview not found', details: 'Interview not found', code: 'INTERVIEW.NOT_FOUND' },
      { detail: 'Invalid email or password', error: 'Invalid email or password', details: 'Invalid email or password', code: 'AUTH.INVALID_CREDENTIALS' },
      {
        detail: [{ loc: ['email'], msg: 'field required', type: 'value_error.missing' }],
        error: 'Validation failed',
        details: { email: ['field required'] },
        code: 'VALIDATION_ERROR',
      },
      { detail: 'Internal server error', error: 'Internal server error', details: 'Internal server error', code: 'INTERNAL_ERROR', error_id: '0b7e4a52-3f1c-4d7e-9a55-2f7c1e9b8d10' },
      { detail: 'Rate limit exceeded', error: 'Rate limit exceeded', details: 'Rate limit exceeded', code: 'RATE_LIMIT_EXCEEDED', retry_after: 60 },
    ],
  },
  V1Error: {
    type: 'object',
    description: 'The error body of `/api/v1` (S1 and S2)',
    required: ['detail', 'status_code'],
    properties: { detail: DETAIL, status_code: { type: 'integer', example: 404 }, error_id: ERROR_ID, retry_after: RETRY_AFTER },
    // Seed 002's "Error Responses" example first.
    examples: [
      { detail: 'Error message', status_code: 400 },
      { detail: 'Interview not found', status_code: 404 },
    ],
  },
  S4Error: {
    type: 'object',
    description: 'The error body of S4 (`/auth`, `/candidates`, `/interviewer`, `/admin`, `/billing`)',
    required: ['success', 'message', 'errors', 'error_code', 'timestamp'],
    properties: {
      success: { type: 'boolean', const: false },
      message: { type: 'string', example: 'Validation failed' },
      errors: { type: 'array', items: { type: 'string' }, example: ['email: field required'] },
      error_code: { type: 'string', example: 'VALIDATION_ERROR' },
      timestamp: { type: 'string', format: 'date-time' },
      error_id: ERROR_ID,
      retry_after: RETRY_AFTER,
    },
    example: { success: false, message: 'Validation failed', errors: ['email: field required'], error_code: 'VALIDATION_ERROR', timestamp: '2025-05-27T10:00:00Z' },
  },
};

export function errorSchemaName(surface: Surface): string {
  switch (surface) {
    case 'V1':
      return 'V1Error';
    case 'S4':
      return 'S4Error';
    case 'S0':
    case 'S3':
    case 'OPS':
      return 'ApiError';
  }
}
