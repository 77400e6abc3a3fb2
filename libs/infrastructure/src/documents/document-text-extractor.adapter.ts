import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CvFormat } from '@candor/domain';
import { DocumentTextError, DocumentTextExtractor } from '@candor/application/ports/document-text.port';
import { Storage } from '@candor/application/ports/storage.port';

export interface DocumentTextOptions {
  /** Longest a converter may run. */
  readonly timeoutMs: number;
  /** PDF pages read at most (a CV longer than this is unusual; the cap bounds the work). */
  readonly maxPages: number;
  readonly pdftotextPath: string;
  readonly unzipPath: string;
}

const MAX_OUTPUT = 8 * 1024 * 1024;

/**
 * Text of a stored document: PDF with poppler's `pdftotext`, DOCX by reading `word/document.xml` out of
 * the ZIP with `unzip`, plain text as UTF-8. Tools run with argument arrays (no shell) and a time limit,
 * on a temporary local copy (storage may not be a local disk), removed afterwards.
 */
export class CommandLineDocumentTextExtractor implements DocumentTextExtractor {
  constructor(
    private readonly storage: Storage,
    private readonly options: DocumentTextOptions,
  ) {}

  async extract(storageKey: string, format: CvFormat): Promise<string> {
    const stored = await this.storage.get(storageKey);
    if (!stored) throw new DocumentTextError(`No stored file under ${storageKey}`);
    if (format === 'txt') return (await readAll(stored.stream)).toString('utf8').replace(/^\uFEFF/, '');
    const dir = await mkdtemp(join(tmpdir(), 'candor-doc-'));
    try {
      const path = join(dir, `document.${format}`);
      await pipeline(stored.stream, createWriteStream(path));
      if (format === 'pdf') {
        return await this.run(this.options.pdftotextPath, ['-q', '-enc', 'UTF-8', '-l', String(this.options.maxPages), path, '-'], 'pdftotext', dir);
      }
      return docxXmlToText(await this.run(this.options.unzipPath, ['-p', '-qq', path, 'word/document.xml'], 'unzip', dir));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** `workDir` never reaches a message: a tool's complaint names the file as the uploader knows it, not where it sat. */
  private run(command: string, args: string[], tool: string, workDir: string): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile(command, args, { timeout: this.options.timeoutMs, maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return reject(new DocumentTextError(`${tool} is not installed on the server`));
        if (error.killed) return reject(new DocumentTextError(`${tool} took longer than ${this.options.timeoutMs} ms`));
        const said = (stderr || error.message).split(`${workDir}/`).join('').split(workDir).join('').split(command).join(tool);
        reject(new DocumentTextError(`${tool} could not read the file: ${said.trim().slice(0, 300)}`));
      });
    });
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Paragraphs and line breaks become new lines, tabs stay, every other tag goes; XML entities are decoded. */
export function docxXmlToText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>|<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
