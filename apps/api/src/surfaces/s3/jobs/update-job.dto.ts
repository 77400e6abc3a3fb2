import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { JobFieldsDto } from './job-fields.dto';

/** S3 `PUT`/`PATCH /api/jobs/{id}/`: the fields given change (the seed's PUT example is partial too). */
export class UpdateJobDto extends JobFieldsDto {
  @ApiPropertyOptional({ example: 'Lead Java Developer', maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @IsBoolean()
  is_active?: boolean;
}
