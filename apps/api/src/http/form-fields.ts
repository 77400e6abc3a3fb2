import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { RequestValidationError } from './request-validation.error';
import { toProblems } from './validation.pipe';

const MAX_FIELDS = 20;

/**
 * The fields of a body that may be JSON, form-urlencoded or multipart (OAuth2-style login forms).
 * Multipart is read as a stream (it is never buffered by the framework); files in it are skipped.
 */
export async function readFormFields(request: FastifyRequest): Promise<Record<string, unknown>> {
  if (!request.isMultipart()) {
    const body = request.body;
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  }
  const fields: Record<string, unknown> = {};
  let count = 0;
  for await (const part of request.parts({ limits: { fields: MAX_FIELDS, fileSize: 1024 * 1024 } })) {
    if (part.type === 'field') {
      const value = (part as MultipartValue).value;
      if (count++ < MAX_FIELDS) fields[part.fieldname] = value;
    } else {
      (part as MultipartFile).file.resume();
    }
  }
  return fields;
}

/** What the global validation pipe does for `@Body()`, for bodies read by hand. */
export async function validated<T extends object>(type: new () => T, plain: Record<string, unknown>): Promise<T> {
  const instance = plainToInstance(type, plain, { enableImplicitConversion: false });
  const errors = await validate(instance, { whitelist: true, validationError: { target: false, value: true } });
  if (errors.length > 0) throw new RequestValidationError(toProblems(errors, []));
  return instance;
}
