import { NotFoundException, UnauthorizedException } from '@nestjs/common';
import { DomainError } from '@candor/domain';
import { ConcurrencyError, QueueFullError } from '@candor/application';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { sendError } from './send-error';
import { asBodyError } from './json-body-guard';
import { RequestValidationError } from './request-validation.error';

function fakeReply() {
  const reply = {
    sent: false,
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    status(code: number) {
      reply.statusCode = code;
      return reply;
    },
    header(name: string, value: string) {
      reply.headers[name.toLowerCase()] = value;
      return reply;
    },
    send(body: unknown) {
      reply.body = body;
      return reply;
    },
  };
  return reply;
}

function answer(url: string, error: unknown) {
  const reply = fakeReply();
  const logger = new JsonLogger('error');
  const entries: unknown[] = [];
  jest.spyOn(logger, 'entry').mockImplementation((...args) => void entries.push(args));
  sendError({ url, id: 'req-42', method: 'GET' } as never, reply as never, error, logger);
  return { reply, entries };
}

const missingEmail = new RequestValidationError([{ loc: ['email'], msg: 'field required', type: 'value_error.missing' }]);

describe('sendError: one error, five spellings', () => {
  it('S0 validation: 422 with detail [{loc,msg,type}] plus the S3 keys', () => {
    const { reply } = answer('/api/auth/register', missingEmail);
    expect(reply.statusCode).toBe(422);
    expect(reply.body).toEqual({
      detail: [{ loc: ['email'], msg: 'field required', type: 'value_error.missing' }],
      error: 'Validation failed',
      details: { email: ['field required'] },
      code: 'VALIDATION_ERROR',
    });
  });

  it('S3 validation: 400 with {error, details, code} (and detail, since /api is shared)', () => {
    const { reply } = answer('/api/jobs/', missingEmail);
    expect(reply.statusCode).toBe(400);
    expect(reply.body).toMatchObject({ error: 'Validation failed', details: { email: ['field required'] }, code: 'VALIDATION_ERROR' });
  });

  it('S1/S2 validation: 422 with {detail, status_code}', () => {
    const { reply } = answer('/api/v1/auth/register', missingEmail);
    expect(reply.statusCode).toBe(422);
    expect(reply.body).toEqual({ detail: missingEmail.problems, status_code: 422 });
  });

  it('S4 validation: 400 with {success:false, message, errors, error_code, timestamp}', () => {
    const { reply } = answer('/auth/register', missingEmail);
    expect(reply.statusCode).toBe(400);
    expect(reply.body).toMatchObject({
      success: false,
      message: 'Validation failed',
      errors: ['email: field required'],
      error_code: 'VALIDATION_ERROR',
    });
    expect(Date.parse((reply.body as { timestamp: string }).timestamp)).not.toBeNaN();
  });

  it.each([
    [new DomainError('INTERVIEW.ALREADY_COMPLETED', 'Interview is already completed', 'conflict'), 409, 'INTERVIEW.ALREADY_COMPLETED'],
    [new DomainError('USER.NOT_FOUND', 'User not found', 'not_found'), 404, 'USER.NOT_FOUND'],
    [new ConcurrencyError('interview-1', 3, 4), 409, 'CONCURRENT_MODIFICATION'],
    [new QueueFullError('sandbox', 100), 503, 'QUEUE_FULL'],
    [new UnauthorizedException('Invalid email or password'), 401, 'UNAUTHORIZED'],
    [new NotFoundException(), 404, 'NOT_FOUND'],
  ])('maps %p to %i with code %s', (error, status, code) => {
    const { reply } = answer('/api/v1/interviews/x', error);
    expect(reply.statusCode).toBe(status);
    const v1 = reply.body as { detail: string; status_code: number };
    expect(v1.status_code).toBe(status);
    expect(typeof v1.detail).toBe('string');
    expect(answer('/interviewer/x', error).reply.body).toMatchObject({ error_code: code });
  });

  it('an unexpected error is a 500 with the request id as error_id, logged with its stack, never leaked', () => {
    const { reply, entries } = answer('/api/sessions', new Error('db password is hunter2'));
    expect(reply.statusCode).toBe(500);
    expect(reply.body).toMatchObject({ detail: 'Internal server error', error_id: 'req-42' });
    expect(JSON.stringify(reply.body)).not.toContain('hunter2');
    expect(entries).toHaveLength(1);
  });

  it('malformed JSON (a Fastify error) is the client\'s: 400', () => {
    const error = Object.assign(new Error('Unexpected token } in JSON'), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
    const { reply } = answer('/auth/login', error);
    expect(reply.statusCode).toBe(400);
    expect((reply.body as { message: string }).message).toMatch(/Malformed JSON/);
  });

  it('malformed JSON on S0/S1/S2 is a FastAPI validation error: 422 json_invalid at the offset', () => {
    const error = asBodyError(Object.assign(new Error('Body is not valid JSON'), { statusCode: 400 }), '{bad');
    for (const path of ['/api/v1/interviews', '/api/auth/login']) {
      const { reply } = answer(path, error);
      expect(reply.statusCode).toBe(422);
      expect((reply.body as { detail: unknown }).detail).toEqual([{ loc: ['body', 1], msg: 'JSON decode error', type: 'json_invalid' }]);
    }
    expect(answer('/api/jobs', error).reply.statusCode).toBe(400);
  });
});
