import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

const DIFFICULTIES = ['auto', 'easy', 'medium', 'hard'] as const;

/** S3 `POST /api/questions/generate/`. */
export class GenerateQuestionsDto {
  @ApiProperty({ format: 'uuid', description: "One of the caller's jobs" })
  @IsString()
  @IsUUID()
  job_id!: string;

  @ApiPropertyOptional({ format: 'uuid', description: "One of the caller's candidates: their CV steers skills and, with `auto`, difficulty" })
  @IsOptional()
  @IsString()
  @IsUUID()
  candidate_id?: string;

  @ApiPropertyOptional({ enum: DIFFICULTIES, default: 'auto' })
  @IsOptional()
  @IsIn(DIFFICULTIES)
  difficulty: (typeof DIFFICULTIES)[number] = 'auto';

  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  count: number = 10;
}
