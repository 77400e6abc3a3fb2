import { ApiProperty } from '@nestjs/swagger';

export class S3WorkExperienceDto {
  @ApiProperty({ nullable: true, type: String, example: 'Tech Corp' }) company!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Senior Developer' }) title!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2020-01' }) start_date!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2023-12', description: 'Null: the current position' }) end_date!: string | null;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
}

export class S3EducationDto {
  @ApiProperty({ nullable: true, type: String, example: 'Bachelor of Science' }) degree!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'University' }) institution!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Computer Science' }) field!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2019' }) end_date!: string | null;
}

export class S3CandidateNoteDto {
  @ApiProperty({ format: 'uuid' }) _id!: string;
  @ApiProperty({ format: 'uuid' }) candidate!: string;
  @ApiProperty({ format: 'uuid', description: 'The recruiter who wrote it' }) author!: string;
  @ApiProperty({ nullable: true, type: String }) author_name!: string | null;
  @ApiProperty() content!: string;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class S3CvFileDto {
  @ApiProperty({ example: 'john-doe.pdf' }) file_name!: string;
  @ApiProperty({ example: 'application/pdf' }) content_type!: string;
  @ApiProperty({ example: 48213 }) size_bytes!: number;
  @ApiProperty({ description: 'SHA-256 of the file, hex' }) sha256!: string;
}

/** A candidate in a list. */
export class S3CandidateSummaryDto {
  @ApiProperty({ format: 'uuid' }) _id!: string;
  @ApiProperty({ nullable: true, type: String, example: 'John Doe' }) full_name!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'john@example.com' }) email!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+1234567890' }) phone!: string | null;
  @ApiProperty({ type: [String], example: ['Python', 'Django', 'React'] }) technical_skills!: string[];
  @ApiProperty({ nullable: true, type: Number, example: 5.5 }) total_experience_years!: number | null;
  @ApiProperty({ enum: ['completed', 'failed'] }) parsing_status!: string;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

/** A candidate in full: the profile parsed from the CV, the file, the notes. */
export class S3CandidateDto extends S3CandidateSummaryDto {
  @ApiProperty({ nullable: true, type: String, example: 'New York, NY' }) location!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'https://linkedin.com/in/johndoe' }) linkedin_url!: string | null;
  @ApiProperty({ type: [String], description: 'Web links found in the CV (profiles, repositories, portfolio)', example: ['https://github.com/johndoe'] }) links!: string[];
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ type: [String], example: ['Leadership', 'Communication'] }) soft_skills!: string[];
  @ApiProperty({ type: [S3WorkExperienceDto] }) work_experience!: S3WorkExperienceDto[];
  @ApiProperty({ type: [S3EducationDto] }) education!: S3EducationDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Why no text could be read, when parsing_status is failed' }) parsing_error!: string | null;
  @ApiProperty({ type: S3CvFileDto }) cv_file!: S3CvFileDto;
  @ApiProperty({ type: [S3CandidateNoteDto] }) notes!: S3CandidateNoteDto[];
  @ApiProperty({ format: 'uuid', description: 'The recruiter who added the candidate' }) created_by!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class S3CandidateListDto {
  @ApiProperty({ example: 25 }) count!: number;
  @ApiProperty({ nullable: true, type: String }) next!: string | null;
  @ApiProperty({ nullable: true, type: String }) previous!: string | null;
  @ApiProperty({ type: [S3CandidateSummaryDto] }) results!: S3CandidateSummaryDto[];
}
