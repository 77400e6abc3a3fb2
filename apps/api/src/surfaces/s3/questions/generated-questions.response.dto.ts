import { ApiProperty } from '@nestjs/swagger';

export class S3GeneratedQuestionDto {
  @ApiProperty({ format: 'uuid', description: 'Stable: the same job, candidate and difficulty give the same ids' }) _id!: string;
  @ApiProperty({ example: 'Can you describe your experience with Java?' }) question_text!: string;
  @ApiProperty({ enum: ['technical', 'coding', 'behavioral'] }) question_type!: string;
  @ApiProperty({ enum: ['easy', 'medium', 'hard'] }) difficulty!: string;
  @ApiProperty({ type: [String], example: ['Java'] }) skills_tested!: string[];
  @ApiProperty({ type: [String] }) expected_answer_points!: string[];
  @ApiProperty({ example: 10 }) max_score!: number;
  @ApiProperty({ description: 'The question-bank entry it comes from' }) bank_id!: string;
  @ApiProperty({ description: 'Why it was chosen' }) reason!: string;
}

export class S3DetectedSkillDto {
  @ApiProperty({ example: 'java' }) id!: string;
  @ApiProperty({ example: 'Java' }) label!: string;
  @ApiProperty({ example: 'listed in the technologies; named in the title' }) reason!: string;
}

export class S3GeneratedQuestionsDto {
  @ApiProperty({ type: [S3GeneratedQuestionDto] }) questions!: S3GeneratedQuestionDto[];
  @ApiProperty({ example: 12 }) total_count!: number;
  @ApiProperty({ enum: ['easy', 'medium', 'hard'], description: 'The difficulty used (resolved from `auto`)' }) difficulty!: string;
  @ApiProperty() difficulty_reason!: string;
  @ApiProperty({ type: [S3DetectedSkillDto], description: 'The skills the job (and CV) name, ranked' }) skills!: S3DetectedSkillDto[];
}
