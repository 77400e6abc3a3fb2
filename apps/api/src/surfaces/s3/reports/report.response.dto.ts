import { ApiProperty } from '@nestjs/swagger';

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
  @ApiProperty({ nullable: true, type: String, description: 'Null: public share links are not offered; the report is for the owner and superusers' })
  share_token!: string | null;
  @ApiProperty({ description: 'Where the PDF is downloaded (`GET /api/reports/{interview_id}/export/`, same authentication)' }) pdf_url!: string;
  @ApiProperty() generated_at!: string;
}
