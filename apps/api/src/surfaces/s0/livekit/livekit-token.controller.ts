import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, IssueRoomTokenCommand } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { LiveKitTokenRequestDto, LiveKitTokenResponseDto } from './livekit-token.dto';
import { Guarded } from '../../../http/guarded.decorator';

@ApiTags('S0 livekit')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/livekit')
export class LiveKitTokenController {
  constructor(private readonly commands: CommandBus) {}

  @Post('token')
  @HttpCode(200)
  @ApiOkResponse({ type: LiveKitTokenResponseDto })
  @ApiOperation({ summary: 'Get a LiveKit room token for a session' })
  @ApiNotFoundResponse({ description: 'No interview has this room' })
  async token(@CurrentUser() user: AuthenticatedUser, @Body() body: LiveKitTokenRequestDto): Promise<LiveKitTokenResponseDto> {
    const issued = await this.commands.execute(
      new IssueRoomTokenCommand(user, { roomName: body.room_name }, {
        participant: 'caller',
        participantName: body.participant_name,
        role: body.participant_role ?? 'guest',
      }),
    );
    return {
      token: issued.token,
      room_url: issued.url,
      expires_at: issued.expiresAt,
      room_name: issued.roomName,
      participant_role: issued.role,
    };
  }
}
