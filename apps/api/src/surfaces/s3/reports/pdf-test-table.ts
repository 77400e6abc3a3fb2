import { CodeRunTest } from '@candor/application/assessment';
import { GOOD, INK, MARGIN, POOR, RULE, TRACK, contentWidth, ensureSpace } from './pdf-layout';

const ROW = 16;
/** Column shares of the content width: test, visibility, result, time, memory. */
const COLUMNS: readonly { readonly title: string; readonly share: number; readonly align: 'left' | 'right' }[] = [
  { title: 'Test', share: 0.4, align: 'left' },
  { title: 'Visibility', share: 0.15, align: 'left' },
  { title: 'Result', share: 0.15, align: 'left' },
  { title: 'Time (ms)', share: 0.15, align: 'right' },
  { title: 'Memory (KB)', share: 0.15, align: 'right' },
];

function cells(t: CodeRunTest): string[] {
  return [t.name, t.hidden ? 'hidden' : 'visible', t.passed ? 'passed' : 'failed', t.timeMs === null ? '-' : String(t.timeMs), t.memoryKb === null ? '-' : String(t.memoryKb)];
}

function row(doc: PDFKit.PDFDocument, values: readonly string[], y: number, bold: boolean, colours: readonly string[]): void {
  let x = MARGIN;
  const width = contentWidth(doc);
  values.forEach((value, i) => {
    const w = width * COLUMNS[i].share;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5).fillColor(colours[i]).text(value, x + 4, y + 4, { width: w - 8, align: COLUMNS[i].align, lineBreak: false, ellipsis: true });
    x += w;
  });
}

/** One code run's test cases as a table (a header row, then a row per case; repeated header after a page break). */
export function drawTestTable(doc: PDFKit.PDFDocument, tests: readonly CodeRunTest[]): void {
  const width = contentWidth(doc);
  const header = () => {
    const y = doc.y;
    doc.rect(MARGIN, y, width, ROW).fillColor(TRACK).fill();
    row(doc, COLUMNS.map((c) => c.title), y, true, COLUMNS.map(() => INK));
    doc.y = y + ROW;
  };
  ensureSpace(doc, 2 * ROW);
  header();
  for (const t of tests) {
    if (doc.y + ROW > doc.page.height - MARGIN) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    row(doc, cells(t), y, false, [INK, INK, t.passed ? GOOD : POOR, INK, INK]);
    doc.moveTo(MARGIN, y + ROW).lineTo(MARGIN + width, y + ROW).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.y = y + ROW;
  }
  doc.fillColor(INK).strokeColor(INK);
  doc.x = MARGIN;
  doc.moveDown(0.8);
}
