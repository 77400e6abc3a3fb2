import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** S1/S2 pagination (`skip`, `limit`) and the candidate filters resumes share with S3. */
export class ListResumesQueryDto {
  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  skip: number = 0;

  @ApiPropertyOptional({ default: 100, minimum: 0, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
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
