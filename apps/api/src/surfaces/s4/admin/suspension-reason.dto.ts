import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** S4 `SuspensionReason`. */
export class SuspensionReasonDto {
  @ApiProperty({ example: 'Repeated abuse of the interview scheduler', minLength: 1, maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}
