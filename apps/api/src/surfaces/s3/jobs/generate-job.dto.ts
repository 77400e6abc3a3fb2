import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** S3 `POST /api/jobs/generate_from_title/`. */
export class GenerateJobDto {
  @ApiProperty({ example: 'Java Developer', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ example: 'Tech Corp', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  company?: string;
}
