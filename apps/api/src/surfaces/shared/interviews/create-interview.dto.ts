import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { InterviewFieldsDto } from './interview-fields.dto';

/** `POST /api/v1/interviews/`: the union of S1's and S2's bodies (and of `/api/create` for API keys). */
export class CreateInterviewDto extends InterviewFieldsDto {
  @ApiProperty({ example: 'Software Engineer Interview', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;
}
