import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, IssueRoomTokenCommand } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { VoiceTokenRequestDto, VoiceTokenResponseDto } from './voice-token.dto';
import { Guarded } from '../../../http/guarded.decorator';

@ApiTags('S2 voice')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/voice')
export class VoiceTokenController {
  constructor(private readonly commands: CommandBus) {}

  @Post('token')
  @HttpCode(200)
  @ApiOkResponse({ type: VoiceTokenResponseDto })
  @ApiOperation({ summary: 'Get a voice room token' })
  @ApiNotFoundResponse({ description: 'No interview has this room' })
  async token(@CurrentUser() user: AuthenticatedUser, @Body() body: VoiceTokenRequestDto): Promise<VoiceTokenResponseDto> {
    const issued = await this.commands.execute(
      new IssueRoomTokenCommand(user, { roomName: body.room_name }, {
        participant: 'caller',
        participantName: body.participant_name,
        role: 'auto',
        canPublish: body.can_publish ?? true,
        canSubscribe: body.can_subscribe ?? true,
      }),
    );
    return { token: issued.token, room_name: issued.roomName, url: issued.url, expires_at: issued.expiresAt };
  }
}
