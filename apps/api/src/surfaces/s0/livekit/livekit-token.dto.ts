import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class LiveKitTokenRequestDto {
  @ApiProperty({ example: 'interview-0123456789ab', description: "The room of an interview the caller may join" })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  room_name!: string;

  @ApiProperty({ example: 'John Doe' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  participant_name!: string;

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
