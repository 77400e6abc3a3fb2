import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class VoiceTokenRequestDto {
  @ApiProperty({ example: 'interview-abcdef123456', description: 'The room of an interview the caller may join' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  room_name!: string;

  @ApiProperty({ example: 'John Doe' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  participant_name!: string;

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
