import type PDFKitDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import { outOfTen, recommendationLabel } from '@candor/application';
import { codeRunSummary, EvidenceItem } from '@candor/application/assessment';
import { INK, MARGIN, MUTED, ensureSpace, evidenceTime, scoreColour } from './pdf-layout';
import { drawScoreChart } from './pdf-score-chart';
import { drawTestTable } from './pdf-test-table';
import { ReportParts } from './report-parts';

/** Each finding, dimension and question shows this many of its cited facts, then says how many more there are. */
const EVIDENCE_SHOWN = 3;

/**
 * The report as a PDF a recruiter takes in at a glance: who and what for, the verdict, a bar chart of the
 * dimension scores, then every number with the quotes and code runs it rests on, each submission's per-test
 * results as a table, and the transcript. pdfkit's built-in Helvetica: no font files to ship; streamed as written.
 */
export function renderReportPdf({ view, report, people, evidence }: ReportParts): Readable {
  // Loaded on the first report, not at every start of the server (it and its fonts take a while to load).
  const PDFDocument = require('pdfkit') as typeof PDFKitDocument;
  // The report is composed with the names read from the candidate and job read models.
  const candidate = report.candidate;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Interview report: ${candidate}`, Author: 'Candor', Subject: `Interview ${report.interviewId}` },
  });
  const { interview, score, transcript } = view;

  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(`Interview report: ${candidate}`);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(MUTED);
  line(doc, 'Candidate', candidate);
  line(doc, 'Job', report.position ?? 'not named');
  line(doc, 'Interviewers', people.interviewers.length ? people.interviewers.join(', ') : 'not recorded');
  line(doc, 'Interview', `${interview.id}${interview.startedAt ? `, ${interview.startedAt}` : ''}${interview.endedAt ? ` to ${interview.endedAt}` : ''}`);
  line(doc, 'Scored', `${score.scoredAt} (model ${score.card.versions.model}, rubric ${score.card.versions.rubric})`);
  doc.moveDown(0.6);

  doc.font('Helvetica-Bold').fontSize(15).fillColor(scoreColour(report.overallScore)).text(`Overall ${report.overallScore}/10: ${recommendationLabel(report.recommendation)}`);
  doc.fillColor(INK).moveDown(0.4);
  heading(doc, 'Dimension scores');
  drawScoreChart(doc, evidence.dimensions.map((d) => ({ label: d.label, value: outOfTen(d.score) })));

  section(doc, 'Executive summary', report.executiveSummary);
  section(doc, 'Technical assessment', report.technicalAssessment);
  section(doc, 'Behavioural assessment', report.behavioralAssessment);
  section(doc, 'Communication', report.communicationAssessment);

  for (const [title, kind] of [['Strengths', 'strength'], ['Areas to improve', 'weakness']] as const) {
    const found = evidence.findings.filter((f) => f.kind === kind);
    if (!found.length) continue;
    heading(doc, title);
    for (const f of found) {
      ensureSpace(doc, 30);
      doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(`- ${f.text}`);
      cite(doc, f.evidence);
    }
    doc.moveDown(0.5);
  }

  heading(doc, 'Evidence by dimension');
  for (const d of evidence.dimensions) {
    ensureSpace(doc, 40);
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(`${d.label} ${outOfTen(d.score)}/10`, { continued: true }).font('Helvetica').text(`  ${d.reasoning}`);
    cite(doc, d.evidence);
  }
  doc.moveDown(0.5);

  if (evidence.codeRuns.length) {
    // The heading stays with the run's line, the table's header and its first rows.
    heading(doc, 'Code submissions: results per test', 110);
    for (const run of evidence.codeRuns) {
      ensureSpace(doc, 60);
      doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(`${codeRunSummary(run)} ${evidenceTime(run.at, run.offsetSeconds)}`);
      doc.moveDown(0.3);
      drawTestTable(doc, run.tests);
    }
  }

  if (evidence.questions.length) {
    heading(doc, 'Questions');
    for (const q of evidence.questions) {
      ensureSpace(doc, 40);
      doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(`${q.question} (${q.score}/${q.maxScore})`);
      const feedback = score.card.questionScores.find((s) => s.questionId === q.questionId)?.feedback;
      if (feedback) doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(feedback, { indent: 12 });
      cite(doc, q.evidence);
      doc.moveDown(0.3);
    }
    doc.moveDown(0.5);
  }

  if (evidence.unresolved.length) section(doc, 'Evidence no longer available', `${evidence.unresolved.length} cited record(s) could not be found (erased or not yet projected).`);

  if (transcript.length) {
    heading(doc, 'Transcript');
    for (const m of transcript) {
      doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(`${m.speaker === 'ai' ? 'Interviewer (AI)' : m.speaker === 'candidate' ? candidate : 'Interviewer'}  ${m.timestamp}`);
      doc.font('Helvetica').fontSize(10).text(m.text, { indent: 12 }).moveDown(0.3);
    }
  }
  doc.end();
  return doc;
}

/** The cited facts under a finding, dimension or question: quotes with their time, code runs with their tests. */
function cite(doc: PDFKit.PDFDocument, items: readonly EvidenceItem[]): void {
  doc.font('Helvetica').fontSize(8.5).fillColor(MUTED);
  if (!items.length) {
    doc.text('No recorded answer or code run supports this.', { indent: 12 });
  }
  for (const e of items.slice(0, EVIDENCE_SHOWN)) {
    const what = e.kind === 'message' ? `"${e.quote}"` : codeRunSummary(e);
    doc.text(`${what} ${evidenceTime(e.at, e.offsetSeconds)}`, { indent: 12 });
  }
  if (items.length > EVIDENCE_SHOWN) doc.text(`... and ${items.length - EVIDENCE_SHOWN} more`, { indent: 12 });
  doc.fillColor(INK).moveDown(0.2);
}

function line(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
}

/** A heading starts a new page unless `keepWith` points of what follows fit below it. */
function heading(doc: PDFKit.PDFDocument, title: string, keepWith = 40): void {
  ensureSpace(doc, keepWith);
  doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(title, MARGIN).moveDown(0.2);
}

function section(doc: PDFKit.PDFDocument, title: string, body: string): void {
  heading(doc, title);
  doc.font('Helvetica').fontSize(10).fillColor(INK).text(body).moveDown(0.8);
}
