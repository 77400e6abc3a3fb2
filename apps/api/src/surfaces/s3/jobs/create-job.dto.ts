import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { JobFieldsDto } from './job-fields.dto';

/** S3 `POST /api/jobs/`. */
export class CreateJobDto extends JobFieldsDto {
  @ApiProperty({ example: 'Senior Java Developer', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;
}
