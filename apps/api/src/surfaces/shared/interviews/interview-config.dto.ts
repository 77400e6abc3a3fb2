import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DurationMinutes } from './duration-minutes.decorator';

/** S1's `interview_config`: `duration` is the interview's `duration_minutes`. */
export class InterviewConfigDto {
  @DurationMinutes({ description: 'Minutes' })
  duration?: number;

  @ApiPropertyOptional({ example: 'medium', description: 'auto, easy, medium, hard or free text' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  difficulty?: string;
}
