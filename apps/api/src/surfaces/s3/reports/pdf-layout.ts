/** Shared page geometry and colours of the report PDF (A4 in points, pdfkit's built-in Helvetica). */
export const MARGIN = 50;
export const INK = '#1f2933';
export const MUTED = '#5f6b7a';
export const RULE = '#c9d1db';
export const TRACK = '#eef1f5';
export const GOOD = '#2e8b57';
export const FAIR = '#e0a100';
export const POOR = '#c0392b';

/** A score's colour on 0..10: green from 7, amber from 4.5, red below. */
export function scoreColour(outOfTen: number): string {
  if (outOfTen >= 7) return GOOD;
  if (outOfTen >= 4.5) return FAIR;
  return POOR;
}

/** The width text may use between the margins. */
export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - 2 * MARGIN;
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

/** "at 12:04" (or "at 1:02:09") into the interview, with the clock time; the clock time alone without a start. */
export function evidenceTime(at: string, offsetSeconds: number | null): string {
  const clock = at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  if (offsetSeconds === null) return clock;
  const h = Math.floor(offsetSeconds / 3600);
  const m = Math.floor((offsetSeconds % 3600) / 60);
  const s = offsetSeconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `at ${h ? `${h}:${pad(m)}` : m}:${pad(s)} (${clock})`;
}
