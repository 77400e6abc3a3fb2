import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** S3 `POST /api/candidates/{id}/add_note/`. */
export class AddNoteDto {
  @ApiProperty({ example: 'Strong technical background, good communication skills.', maxLength: 10000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  content!: string;
}
