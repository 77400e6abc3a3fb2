import { toReportEvidence } from '../../shared/reports/report-evidence.mapper';
import { ReportParts } from './report-parts';
import { S3ReportDto } from './report.response.dto';

export function toS3Report({ report, people, evidence }: ReportParts, pdfUrl: string, shareToken: string | null = null): S3ReportDto {
  return {
    _id: report.scoreId,
    interview: report.interviewId,
    executive_summary: report.executiveSummary,
    technical_assessment: report.technicalAssessment,
    behavioral_assessment: report.behavioralAssessment,
    communication_assessment: report.communicationAssessment,
    non_verbal_summary: report.nonVerbalSummary,
    overall_score: report.overallScore,
    recommendation: report.recommendation,
    strengths: [...report.strengths],
    weaknesses: [...report.weaknesses],
    share_token: shareToken,
    pdf_url: pdfUrl,
    generated_at: report.generatedAt,
    candidate_name: people.candidate,
    job_title: people.job,
    interviewers: [...people.interviewers],
    evidence: toReportEvidence(evidence),
  };
}
