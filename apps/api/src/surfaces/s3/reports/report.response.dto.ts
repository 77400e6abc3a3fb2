import { ApiProperty } from '@nestjs/swagger';
import { ReportEvidenceDto } from '../../shared/reports/report-evidence.dto';

/** S3 `GET /api/reports/{interview_id}/` (seed 003, "Scoring & Reports"), composed from the score card. */
export class S3ReportDto {
  @ApiProperty({ description: 'The id of the score the report is written from' }) _id!: string;
  @ApiProperty() interview!: string;
  @ApiProperty() executive_summary!: string;
  @ApiProperty() technical_assessment!: string;
  @ApiProperty() behavioral_assessment!: string;
  @ApiProperty() communication_assessment!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null: no body-language analysis is recorded' }) non_verbal_summary!: string | null;
  @ApiProperty({ example: 8.2 }) overall_score!: number;
  @ApiProperty({ enum: ['strong_hire', 'hire', 'maybe', 'no_hire'] }) recommendation!: string;
  @ApiProperty({ type: [String] }) strengths!: string[];
  @ApiProperty({ type: [String] }) weaknesses!: string[];
  @ApiProperty({ nullable: true, type: String, description: 'The active public link token (`GET /api/shared-reports/{token}/`, no login); null until `POST …/share/`, and after a revocation' })
  share_token!: string | null;
  @ApiProperty({ description: 'Where the PDF is downloaded (`GET /api/reports/{interview_id}/export/`, same authentication; on a shared report, the shared export)' }) pdf_url!: string;
  @ApiProperty() generated_at!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The candidate by name: the linked candidate record\'s name, else the name the interview was created with' })
  candidate_name!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The linked job\'s title, else the interview\'s position or title' }) job_title!: string | null;
  @ApiProperty({ type: [String], description: 'Who interviewed: the owner, registered interviewers who joined the room, and the AI interviewer when it spoke' })
  interviewers!: string[];
  @ApiProperty({ type: ReportEvidenceDto, description: 'Each dimension, question, strength and weakness with the quotes and code runs (with their tests) it rests on' })
  evidence!: ReportEvidenceDto;
}

export class S3ReportShareDto {
  @ApiProperty({ description: 'A random secret: whoever has it reads the report, until it is revoked' }) share_token!: string;
  @ApiProperty({ example: 'https://api.example.com/api/shared-reports/<token>/' }) share_url!: string;
}

export class S3ReportShareRevokedDto {
  @ApiProperty({ example: 'Share link revoked' }) message!: string;
}
