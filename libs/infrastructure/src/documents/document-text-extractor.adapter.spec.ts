import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { DocumentTextError } from '@candor/application/ports/document-text.port';
import { LocalDiskStorage } from '../storage/local-disk-storage.adapter';
import { CommandLineDocumentTextExtractor, docxXmlToText } from './document-text-extractor.adapter';
import { requireSystemPackages } from '@candor/testing/system-packages';

const OPTIONS = { timeoutMs: 10_000, maxPages: 30, pdftotextPath: 'pdftotext', unzipPath: 'unzip' };

function pdf(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

/** A minimal DOCX: a ZIP holding word/document.xml (built with the `zip` tool). */
function docx(dir: string, paragraphs: string[]): Buffer {
  const src = join(dir, 'docx-src');
  mkdirSync(join(src, 'word'), { recursive: true });
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('');
  writeFileSync(join(src, 'word', 'document.xml'), `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`);
  execFileSync('zip', ['-q', '-r', join(dir, 'cv.docx'), 'word'], { cwd: src });
  return readFileSync(join(dir, 'cv.docx'));
}

requireSystemPackages('poppler-utils', 'unzip');

describe('CommandLineDocumentTextExtractor', () => {
  let root: string;
  let storage: LocalDiskStorage;
  const store = (key: string, content: Buffer) => storage.put(key, Readable.from([content]), { contentType: 'application/octet-stream', maxBytes: 1_000_000 });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'candor-doc-test-'));
    storage = new LocalDiskStorage(join(root, 'uploads'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads the text of a PDF with pdftotext', async () => {
    await store('cvs/a/cv.pdf', await pdf(['Ada Lovelace', 'Python and SQL']));
    const text = await new CommandLineDocumentTextExtractor(storage, OPTIONS).extract('cvs/a/cv.pdf', 'pdf');
    expect(text).toContain('Ada Lovelace');
    expect(text).toContain('Python and SQL');
  });

  it('reads the paragraphs of a DOCX and plain text (without a BOM)', async () => {
    await store('cvs/b/cv.docx', docx(root, ['Grace Hopper', 'COBOL & compilers']));
    await store('cvs/c/cv.txt', Buffer.from('\uFEFFLinus\nC and Git\n'));
    const extractor = new CommandLineDocumentTextExtractor(storage, OPTIONS);
    expect((await extractor.extract('cvs/b/cv.docx', 'docx')).split('\n').filter(Boolean)).toEqual(['Grace Hopper', 'COBOL & compilers']);
    expect(await extractor.extract('cvs/c/cv.txt', 'txt')).toBe('Linus\nC and Git\n');
  });

  it('says why when a file cannot be read, the tool is missing, or nothing is stored', async () => {
    await store('cvs/d/cv.pdf', Buffer.from('%PDF-1.4 not really'));
    const extractor = new CommandLineDocumentTextExtractor(storage, OPTIONS);
    await expect(extractor.extract('cvs/d/cv.pdf', 'pdf')).rejects.toThrow(DocumentTextError);
    const missingTool = new CommandLineDocumentTextExtractor(storage, { ...OPTIONS, pdftotextPath: '/nonexistent/pdftotext' });
    await expect(missingTool.extract('cvs/d/cv.pdf', 'pdf')).rejects.toThrow('pdftotext is not installed');
    await expect(extractor.extract('cvs/none/cv.pdf', 'pdf')).rejects.toThrow(DocumentTextError);
  });

  it('turns WordprocessingML into lines and decodes entities', () => {
    expect(docxXmlToText('<w:p><w:r><w:t>a &lt;b&gt; &amp;</w:t><w:tab/><w:t>c&#233;</w:t></w:r></w:p><w:p><w:t>d</w:t></w:p>')).toBe('a <b> &\tcé\nd\n');
  });
});
