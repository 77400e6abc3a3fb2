import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Who asks to join which interview room: the part S0's LiveKit token and S2's voice token requests share. */
export class RoomParticipantDto {
  @ApiProperty({ example: 'interview-0123456789ab', description: 'The room of an interview the caller may join' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  room_name!: string;

  @ApiProperty({ example: 'John Doe' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  participant_name!: string;
}
