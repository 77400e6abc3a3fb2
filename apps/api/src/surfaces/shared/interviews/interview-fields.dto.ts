import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { INTERVIEW_TYPES } from '@candor/domain';
import { InterviewCommonFieldsDto } from './interview-common-fields.dto';
import { InterviewConfigDto } from './interview-config.dto';
import { IsIdLike } from './is-id-like.validator';
import { OptionalStringList } from '../string-list.decorator';

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

  @OptionalStringList({ maxItems: 100, maxLength: 500, example: ['python', 'postgresql'] })
  technologies?: string[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}
