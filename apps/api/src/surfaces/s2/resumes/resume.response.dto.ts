import { ApiProperty } from '@nestjs/swagger';

export class ResumeExperienceDto {
  @ApiProperty({ nullable: true, type: String, example: 'Senior Developer' }) title!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Tech Corp' }) company!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2020-01' }) start_date!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2023-12', description: 'Null: the current position' }) end_date!: string | null;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
}

export class ResumeEducationDto {
  @ApiProperty({ nullable: true, type: String, example: 'Bachelor of Science' }) degree!: string | null;
  @ApiProperty({ nullable: true, type: String }) institution!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Computer Science' }) field!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2019' }) end_date!: string | null;
}

/** A resume as S2 shows it: the same parsed CV S3 shows as a candidate (`id` is that candidate's `_id`). */
export class ResumeResponseDto {
  @ApiProperty({ format: 'uuid', description: 'Pass it as `resume_id` when creating an interview' }) id!: string;
  @ApiProperty({ example: 'jane-doe.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf' }) content_type!: string;
  @ApiProperty({ example: 48213 }) size_bytes!: number;
  @ApiProperty({ enum: ['completed', 'failed'] }) parsing_status!: string;
  @ApiProperty({ nullable: true, type: String }) parsing_error!: string | null;
  @ApiProperty({ nullable: true, type: String }) full_name!: string | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+442079460958', description: 'E.164 when recognised' }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ nullable: true, type: String }) linkedin_url!: string | null;
  @ApiProperty({ type: [String] }) links!: string[];
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ type: [String], example: ['Python', 'Django', 'PostgreSQL'] }) skills!: string[];
  @ApiProperty({ type: [String] }) soft_skills!: string[];
  @ApiProperty({ type: [ResumeExperienceDto] }) experience!: ResumeExperienceDto[];
  @ApiProperty({ type: [ResumeEducationDto] }) education!: ResumeEducationDto[];
  @ApiProperty({ nullable: true, type: Number, example: 5.5 }) total_experience_years!: number | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class ResumeCurrentPositionDto {
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) company!: string | null;
}

export class ResumeAnalysisResponseDto {
  @ApiProperty({ format: 'uuid' }) resume_id!: string;
  @ApiProperty({ enum: ['completed', 'failed'] }) parsing_status!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { language: ['Python'], backend: ['Django'], database: ['PostgreSQL'] },
    description: 'Technologies by category: language, frontend, backend, mobile, database, cloud, devops, testing, data, messaging, tool, platform, other',
  })
  skills_by_category!: Record<string, string[]>;
  @ApiProperty({ nullable: true, type: Number }) total_experience_years!: number | null;
  @ApiProperty({ enum: ['junior', 'mid', 'senior', 'unknown'] }) seniority!: string;
  @ApiProperty({ enum: ['easy', 'medium', 'hard'] }) recommended_difficulty!: string;
  @ApiProperty() difficulty_reason!: string;
  @ApiProperty() positions!: number;
  @ApiProperty({ nullable: true, type: ResumeCurrentPositionDto }) current_position!: ResumeCurrentPositionDto | null;
  @ApiProperty({ nullable: true, type: String }) highest_degree!: string | null;
  @ApiProperty({ type: [String], description: 'Topics the AI interviewer can ask about, strongest evidence first' }) interview_topics!: string[];
  @ApiProperty({ type: [String] }) strengths!: string[];
  @ApiProperty({ type: [String], description: 'What the resume does not say' }) gaps!: string[];
}
