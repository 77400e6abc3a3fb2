import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** S1's `interview_config`: `duration` is the interview's `duration_minutes`. */
export class InterviewConfigDto {
  @ApiPropertyOptional({ example: 60, minimum: 1, maximum: 1440, description: 'Minutes' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  duration?: number;

  @ApiPropertyOptional({ example: 'medium', description: 'auto, easy, medium, hard or free text' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  difficulty?: string;
}
