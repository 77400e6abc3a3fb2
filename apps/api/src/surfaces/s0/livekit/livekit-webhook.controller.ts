import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ReceiveRoomWebhookCommand } from '@candor/application';
import { Guarded } from '../../../http/guarded.decorator';

export class LiveKitWebhookResponseDto {
  @ApiProperty({ example: true }) received!: boolean;
  @ApiProperty({ description: 'Whether an interview event was recorded (false for other kinds, unknown rooms and redeliveries)' })
  recorded!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The interview that owns the room' })
  interview_id!: string | null;
}

/**
 * LiveKit's server calls this with signed room events. The signature (a JWT whose sha256 claim is the body's
 * hash, signed with the API secret) is checked by the SDK; joined/left/finished are recorded on the interview.
 */
@ApiTags('S0 livekit')
@Guarded()
@Controller('api/livekit')
export class LiveKitWebhookController {
  constructor(private readonly commands: CommandBus) {}

  @Post('webhook')
  @HttpCode(200)
  @ApiConsumes('application/webhook+json')
  @ApiBody({
    description: 'A LiveKit WebhookEvent as the LiveKit server sends it (the signature covers these exact bytes)',
    schema: {
      type: 'object',
      required: ['event'],
      properties: {
        event: { type: 'string', example: 'participant_joined' },
        id: { type: 'string' },
        createdAt: { type: 'integer', description: 'Unix seconds' },
        room: { type: 'object', properties: { name: { type: 'string', example: 'interview-0123456789ab' }, sid: { type: 'string' } } },
        participant: { type: 'object', properties: { identity: { type: 'string' }, name: { type: 'string' } } },
      },
    },
  })
  @ApiHeader({ name: 'Authorization', description: 'The JWT LiveKit signs each webhook with', required: true })
  @ApiOkResponse({ type: LiveKitWebhookResponseDto })
  @ApiOperation({ summary: 'Receive a signed LiveKit webhook', security: [] })
  @ApiUnauthorizedResponse({ description: 'Missing or invalid webhook signature' })
  async receive(@Req() request: FastifyRequest, @Headers('authorization') authorization?: string): Promise<LiveKitWebhookResponseDto> {
    const raw = typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? null);
    const { interviewId, recorded } = await this.commands.execute(new ReceiveRoomWebhookCommand(raw, authorization));
    return { received: true, recorded, interview_id: interviewId };
  }
}
