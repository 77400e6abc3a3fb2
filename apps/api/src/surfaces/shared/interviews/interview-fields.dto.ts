import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { INTERVIEW_TYPES } from '@candor/domain';
import { InterviewCommonFieldsDto } from './interview-common-fields.dto';
import { InterviewConfigDto } from './interview-config.dto';
import { IsIdLike } from './is-id-like.validator';

/** The optional interview fields S1 and S2 share between create (POST) and update (PUT), beyond the common ones. */
export class InterviewFieldsDto extends InterviewCommonFieldsDto {
  @ApiPropertyOptional({ example: 'Technical interview for a senior role', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ type: InterviewConfigDto })
  @IsOptional()
  // ValidateNested alone lets an array through (it validates each element): the config must be one object.
  @IsObject()
  @ValidateNested()
  @Type(() => InterviewConfigDto)
  interview_config?: InterviewConfigDto;

  @ApiPropertyOptional({ oneOf: [{ type: 'string' }, { type: 'integer' }], example: '5b0c6f1e-…', description: 'S2: the resume the interview is about' })
  @IsOptional()
  @IsIdLike()
  resume_id?: string | number;

  @ApiPropertyOptional({ enum: INTERVIEW_TYPES })
  @IsOptional()
  @IsIn(INTERVIEW_TYPES)
  interview_type?: string;

  @ApiPropertyOptional({ example: 'medium', description: 'auto, easy, medium, hard or free text (wins over interview_config.difficulty)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  difficulty?: string;

  @ApiPropertyOptional({ type: [String], example: ['python', 'postgresql'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  technologies?: string[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}
