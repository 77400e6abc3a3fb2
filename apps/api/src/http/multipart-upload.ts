import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { DomainError } from '@candor/domain';
import { RequestValidationError } from './request-validation.error';

/**
 * Reads a multipart body part by part: text fields are collected, and the first file under one of `fileFields` is
 * spooled to a private temporary file (streamed, never held in memory), so that fields sent after the file count
 * as much as those before it; once the body is read, `onFile` gets the file as a stream and every field.
 * Storage's (or the parser's) size refusal becomes the documented 413 (with `tooLargeMessage`); a missing file is
 * a 400/422 in the surface's validation shape. Used by every upload route that takes one file (S4 recordings,
 * documents, avatars, S3 CVs).
 */
export async function readSingleUpload<T>(
  request: FastifyRequest,
  fileFields: readonly string[],
  maxBytes: number,
  onFile: (file: MultipartFile, fields: Record<string, string>) => Promise<T>,
  tooLargeMessage = `The file is larger than ${maxBytes} bytes`,
): Promise<{ result: T; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw missingFile(fileFields[0], 'expected multipart/form-data with the file in ' + fileFields.join(' or '));
  const fields: Record<string, string> = {};
  const dir = await mkdtemp(join(tmpdir(), 'candor-upload-'));
  try {
    let spooled: { file: MultipartFile; path: string } | null = null;
    try {
      for await (const part of request.parts({ limits: { files: 1, fileSize: maxBytes + 1, fields: 10, fieldSize: 1024 } })) {
        if (part.type === 'field') {
          fields[part.fieldname] = String((part as MultipartValue).value);
          continue;
        }
        const file = part as MultipartFile;
        if (spooled || !fileFields.includes(file.fieldname)) {
          file.file.resume();
          continue;
        }
        const path = join(dir, 'upload');
        await pipeline(file.file, createWriteStream(path, { mode: 0o600 }));
        if (file.file.truncated) throw new PayloadTooLargeException(tooLargeMessage);
        spooled = { file, path };
      }
    } catch (error) {
      throw asTooLarge(error, tooLargeMessage);
    }
    if (!spooled) throw missingFile(fileFields[0], 'field required');
    const content = createReadStream(spooled.path);
    try {
      const result = await onFile({ ...spooled.file, file: content } as unknown as MultipartFile, fields);
      return { result, fields };
    } catch (error) {
      throw asTooLarge(error, tooLargeMessage);
    } finally {
      content.destroy();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function asTooLarge(error: unknown, message: string): unknown {
  const tooLarge = (error instanceof DomainError && error.code === 'STORAGE.TOO_LARGE') || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';
  return tooLarge ? new PayloadTooLargeException(message) : error;
}

export function missingFile(field: string, msg: string): RequestValidationError {
  return new RequestValidationError([{ loc: ['body', field], msg, type: 'value_error.missing' }]);
}
