import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, RunInterviewCodeCommand } from '@candor/application';
import { toS0ExecuteResponse } from '@candor/application/code-execution/execution-response.mappers';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { ExecuteCodeDto, ExecuteCodeResponseDto } from './execute-code.dto';
import { Guarded } from '../../../http/guarded.decorator';

@ApiTags('S0 coding')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/coding')
export class CodingExecuteController {
  constructor(private readonly commands: CommandBus) {}

  @Post('execute')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecuteCodeResponseDto, description: 'The run is recorded in the session\'s coding history' })
  @ApiOperation({ summary: 'Execute code in the sandbox' })
  @ApiNotFoundResponse({ description: 'No such session' })
  async execute(@CurrentUser() user: AuthenticatedUser, @Body() body: ExecuteCodeDto): Promise<ExecuteCodeResponseDto> {
    const result = await this.commands.execute(
      new RunInterviewCodeCommand(body.session_id, user, 'execute', body.code, body.language, body.input ?? ''),
    );
    return toS0ExecuteResponse(result);
  }
}
