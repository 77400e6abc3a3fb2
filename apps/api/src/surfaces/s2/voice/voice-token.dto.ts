import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RoomParticipantDto } from '../../shared/room-participant.dto';
import { IsBoolean, IsOptional } from 'class-validator';

export class VoiceTokenRequestDto extends RoomParticipantDto {
  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  can_publish?: boolean;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  can_subscribe?: boolean;
}

export class VoiceTokenResponseDto {
  @ApiProperty({ description: 'LiveKit access token (JWT) with the requested publish/subscribe grants' }) token!: string;
  @ApiProperty({ example: 'interview-abcdef123456' }) room_name!: string;
  @ApiProperty({ example: 'wss://livekit.example.com' }) url!: string;
  @ApiProperty({ format: 'date-time' }) expires_at!: string;
}
