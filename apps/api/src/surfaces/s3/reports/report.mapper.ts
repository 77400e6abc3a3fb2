import { InterviewReport } from '@candor/application';
import { S3ReportDto } from './report.response.dto';

export function toS3Report(report: InterviewReport, pdfUrl: string, shareToken: string | null = null): S3ReportDto {
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
  };
}
