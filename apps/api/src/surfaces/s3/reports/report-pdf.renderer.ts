import type PDFKitDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import { InterviewReport, InterviewScoreView, recommendationLabel } from '@candor/application';

const MARGIN = 50;

/**
 * The report as a PDF (pdfkit's built-in Helvetica: no font files to ship). The document is streamed as
 * it is written; it holds the report, the per-question scores and the transcript.
 */
export function renderReportPdf(report: InterviewReport, view: InterviewScoreView): Readable {
  // Loaded on the first report, not at every start of the server (it and its fonts take a while to load).
  const PDFDocument = require('pdfkit') as typeof PDFKitDocument;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `Interview report: ${report.candidate}`, Author: 'Candor', Subject: `Interview ${report.interviewId}` },
  });
  const { interview, score, transcript } = view;

  doc.font('Helvetica-Bold').fontSize(20).text('Interview report');
  doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor('#555555');
  line(doc, 'Candidate', report.candidate);
  if (report.position) line(doc, 'Position', report.position);
  line(doc, 'Interview', interview.id);
  if (interview.startedAt) line(doc, 'Started', interview.startedAt);
  if (interview.endedAt) line(doc, 'Ended', interview.endedAt);
  line(doc, 'Scored', `${score.scoredAt} (model ${score.card.versions.model}, rubric ${score.card.versions.rubric})`);
  doc.fillColor('#000000').moveDown();

  doc.font('Helvetica-Bold').fontSize(14).text(`Overall ${report.overallScore}/10: ${recommendationLabel(report.recommendation)}`);
  doc.moveDown(0.5);
  section(doc, 'Executive summary', report.executiveSummary);
  section(doc, 'Technical assessment', report.technicalAssessment);
  section(doc, 'Behavioural assessment', report.behavioralAssessment);
  section(doc, 'Communication', report.communicationAssessment);
  list(doc, 'Strengths', report.strengths);
  list(doc, 'Areas to improve', report.weaknesses);

  if (score.card.questionScores.length) {
    heading(doc, 'Questions');
    for (const q of score.card.questionScores) {
      doc.font('Helvetica-Bold').fontSize(10).text(`${q.question} (${q.score}/${q.maxScore})`);
      doc.font('Helvetica').fontSize(10).text(q.feedback, { indent: 12 }).moveDown(0.4);
    }
    doc.moveDown(0.5);
  }

  if (transcript.length) {
    heading(doc, 'Transcript');
    for (const m of transcript) {
      doc.font('Helvetica-Bold').fontSize(9).text(`${m.speaker === 'ai' ? 'Interviewer (AI)' : m.speaker === 'candidate' ? 'Candidate' : 'Interviewer'}  ${m.timestamp}`);
      doc.font('Helvetica').fontSize(10).text(m.text, { indent: 12 }).moveDown(0.3);
    }
  }
  doc.end();
  return doc;
}

function line(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
}

function heading(doc: PDFKit.PDFDocument, title: string): void {
  doc.font('Helvetica-Bold').fontSize(12).text(title).moveDown(0.2);
}

function section(doc: PDFKit.PDFDocument, title: string, body: string): void {
  heading(doc, title);
  doc.font('Helvetica').fontSize(10).text(body).moveDown(0.8);
}

function list(doc: PDFKit.PDFDocument, title: string, items: readonly string[]): void {
  if (!items.length) return;
  heading(doc, title);
  doc.font('Helvetica').fontSize(10).list([...items], { bulletRadius: 2 }).moveDown(0.8);
}
