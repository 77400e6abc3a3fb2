import { PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { DomainError } from '@candor/domain';
import { RequestValidationError } from './request-validation.error';

/**
 * Reads a multipart body part by part: text fields are collected, and the first file under one of `fileFields` is
 * handed to `onFile` as a stream (never buffered here). Fields sent before the file are visible to `onFile`.
 * Storage's (or the parser's) size refusal becomes the documented 413; a missing file is a 400/422 in the
 * surface's validation shape. Used by every upload route that takes one file (S4 recordings, documents, avatars).
 */
export async function readSingleUpload<T>(
  request: FastifyRequest,
  fileFields: readonly string[],
  maxBytes: number,
  onFile: (file: MultipartFile, fields: Record<string, string>) => Promise<T>,
): Promise<{ result: T; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw missingFile(fileFields[0], 'expected multipart/form-data with the file in ' + fileFields.join(' or '));
  const fields: Record<string, string> = {};
  let done = false;
  let result: T | undefined;
  try {
    for await (const part of request.parts({ limits: { files: 1, fileSize: maxBytes + 1, fields: 10, fieldSize: 1024 } })) {
      if (part.type === 'field') {
        fields[part.fieldname] = String((part as MultipartValue).value);
        continue;
      }
      const file = part as MultipartFile;
      if (done || !fileFields.includes(file.fieldname)) {
        file.file.resume();
        continue;
      }
      result = await onFile(file, fields);
      done = true;
    }
  } catch (error) {
    const tooLarge =
      (error instanceof DomainError && error.code === 'STORAGE.TOO_LARGE') || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';
    if (tooLarge) throw new PayloadTooLargeException(`The file is larger than ${maxBytes} bytes`);
    throw error;
  }
  if (!done) throw missingFile(fileFields[0], 'field required');
  return { result: result as T, fields };
}

export function missingFile(field: string, msg: string): RequestValidationError {
  return new RequestValidationError([{ loc: ['body', field], msg, type: 'value_error.missing' }]);
}
