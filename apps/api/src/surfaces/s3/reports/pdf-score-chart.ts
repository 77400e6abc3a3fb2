import { INK, MARGIN, MUTED, RULE, TRACK, contentWidth, scoreColour } from './pdf-layout';

export interface ChartBar {
  readonly label: string;
  /** 0..10 */
  readonly value: number;
}

const ROW = 22;
const BAR = 14;
const LABEL_WIDTH = 110;
const VALUE_WIDTH = 44;

/**
 * A horizontal bar chart of the dimension scores, drawn with pdfkit's vector graphics: a labelled row per
 * dimension, a grey track for 0..10 with grid lines every 2 points, the bar in the score's colour and its value.
 * Starts at the current position and leaves the cursor below the axis.
 */
export function drawScoreChart(doc: PDFKit.PDFDocument, bars: readonly ChartBar[]): void {
  const left = MARGIN + LABEL_WIDTH;
  const width = contentWidth(doc) - LABEL_WIDTH - VALUE_WIDTH;
  const top = doc.y;
  const height = bars.length * ROW;

  for (let tick = 0; tick <= 10; tick += 2) {
    const x = left + (width * tick) / 10;
    doc.moveTo(x, top).lineTo(x, top + height).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('Helvetica').fontSize(7).fillColor(MUTED).text(String(tick), x - 10, top + height + 3, { width: 20, align: 'center', lineBreak: false });
  }
  bars.forEach((bar, i) => {
    const y = top + i * ROW + (ROW - BAR) / 2;
    const value = Math.max(0, Math.min(10, bar.value));
    doc.font('Helvetica').fontSize(9).fillColor(INK).text(bar.label, MARGIN, y + 3, { width: LABEL_WIDTH - 8, lineBreak: false, ellipsis: true });
    doc.rect(left, y, width, BAR).fillColor(TRACK).fill();
    // A zero still shows a sliver, so a bar is never mistaken for a missing one.
    doc.rect(left, y, Math.max(1.5, (width * value) / 10), BAR).fillColor(scoreColour(value)).fill();
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(`${value}/10`, left + width + 6, y + 3, { width: VALUE_WIDTH - 6, lineBreak: false });
  });
  doc.fillColor(INK).strokeColor(INK);
  doc.x = MARGIN;
  doc.y = top + height + 16;
}
