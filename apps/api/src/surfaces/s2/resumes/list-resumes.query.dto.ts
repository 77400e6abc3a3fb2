import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { LimitParam, SkipParam } from '../../shared/skip-limit-param.decorator';

/** S1/S2 pagination (`skip`, `limit`) and the candidate filters resumes share with S3. */
export class ListResumesQueryDto {
  @SkipParam()
  skip: number = 0;

  @LimitParam({ default: 100, min: 0 })
  limit: number = 100;

  @ApiPropertyOptional({ description: 'A technical skill, case-insensitive', example: 'Python' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  skill?: string;

  @ApiPropertyOptional({ description: 'Part of the name or email, case-insensitive' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
