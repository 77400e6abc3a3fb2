import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { INTERVIEW_STATUSES, InterviewStatus } from '@candor/domain';
import { InterviewFieldsDto } from './interview-fields.dto';

/**
 * `PUT /api/v1/interviews/{id}`: any field; `status` moves the interview through its lifecycle
 * (pending|scheduled → in_progress → completed, or cancelled) and answers 409 on an illegal move.
 * `completed` on a pending or scheduled interview records the outcome of one held outside the live session
 * (seed 001's example: status completed with the recruiter's scores).
 */
export class UpdateInterviewDto extends InterviewFieldsDto {
  @ApiPropertyOptional({ example: 'Updated Interview Title', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ enum: INTERVIEW_STATUSES })
  @IsOptional()
  @IsIn(INTERVIEW_STATUSES)
  status?: InterviewStatus;

  @ApiPropertyOptional({ example: 85, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  technical_score?: number;

  @ApiPropertyOptional({ example: 90, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  behavioral_score?: number;

  @ApiPropertyOptional({ example: 'Excellent candidate.', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  overall_feedback?: string;
}
