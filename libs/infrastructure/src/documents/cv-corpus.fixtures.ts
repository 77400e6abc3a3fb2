import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

/** Test CVs built on the fly: PDFs with pdfkit (one or two columns), DOCX as a ZIP of WordprocessingML. */
export interface Column {
  readonly x: number;
  readonly width: number;
  readonly lines: readonly string[];
}

export function pdfColumns(columns: readonly Column[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 40 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(10);
    for (const column of columns) {
      doc.text('', column.x, 40);
      for (const line of column.lines) doc.text(line, column.x, undefined, { width: column.width });
    }
    doc.end();
  });
}

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (lines: readonly string[]) => lines.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('');

/** One column: paragraphs; two columns: a one-row table whose cells hold the columns (how Word lays them out). */
export function docx(dir: string, name: string, columns: readonly (readonly string[])[]): Buffer {
  const src = join(dir, `${name}-src`);
  mkdirSync(join(src, 'word'), { recursive: true });
  const body =
    columns.length === 1 ? paragraphs(columns[0]) : `<w:tbl><w:tr>${columns.map((c) => `<w:tc>${paragraphs(c)}</w:tc>`).join('')}</w:tr></w:tbl>`;
  writeFileSync(
    join(src, 'word', 'document.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  const out = join(dir, `${name}.docx`);
  execFileSync('zip', ['-q', '-r', out, 'word'], { cwd: src });
  return readFileSync(out);
}
