import { PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { DomainError } from '@candor/domain';
import { RequestValidationError } from '../../../http/request-validation.error';

/**
 * Streams the first file part of an S4 multipart upload (in one of `fields`) to `consume` while the request is read,
 * so the file is never held whole in memory. Other fields are collected for the caller. Storage's size refusal
 * becomes the documented 413; a missing file is a 400 in S4's validation shape.
 */
export async function withUploadedFile<T>(
  request: FastifyRequest,
  fields: readonly string[],
  maxBytes: number,
  consume: (file: MultipartFile, form: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart()) throw missingFile(fields[0], 'expected multipart/form-data with the file');
  const form: Record<string, string> = {};
  let result: { value: T } | null = null;
  try {
    for await (const part of request.parts({ limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 4096 } })) {
      if (part.type === 'field') {
        form[part.fieldname] = String((part as { value: unknown }).value);
        continue;
      }
      const file = part as MultipartFile;
      if (result || !fields.includes(file.fieldname)) {
        file.file.resume();
        continue;
      }
      result = { value: await consume(file, form) };
    }
  } catch (error) {
    if (error instanceof DomainError && error.code === 'STORAGE.TOO_LARGE') throw new PayloadTooLargeException(`The file is larger than ${maxBytes} bytes`);
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new PayloadTooLargeException(`The file is larger than ${maxBytes} bytes`);
    throw error;
  }
  if (!result) throw missingFile(fields[0], 'field required');
  return result.value;
}

function missingFile(field: string, msg: string): RequestValidationError {
  return new RequestValidationError([{ loc: ['body', field], msg, type: 'value_error.missing' }]);
}
