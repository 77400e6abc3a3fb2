import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RoomParticipantDto } from '../../shared/room-participant.dto';
import { IsIn, IsOptional } from 'class-validator';

export class LiveKitTokenRequestDto extends RoomParticipantDto {
  @ApiPropertyOptional({ enum: ['host', 'guest'], default: 'guest', description: "Only the interview's owner or a superuser may be host" })
  @IsOptional()
  @IsIn(['host', 'guest'])
  participant_role?: 'host' | 'guest';
}

export class LiveKitTokenResponseDto {
  @ApiProperty({ description: 'LiveKit access token (JWT)' }) token!: string;
  @ApiProperty({ example: 'wss://your-project.livekit.cloud' }) room_url!: string;
  @ApiProperty({ format: 'date-time' }) expires_at!: string;
  @ApiProperty({ example: 'interview-0123456789ab' }) room_name!: string;
  @ApiProperty({ enum: ['host', 'guest'] }) participant_role!: string;
}
