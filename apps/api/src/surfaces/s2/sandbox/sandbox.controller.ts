import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExecuteCodeService } from '@candor/application/code-execution/execute-code.service';
import { toS2ExecuteResponse } from '@candor/application/code-execution/execution-response.mappers';
import { AuthenticatedUser } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { SandboxExecuteDto, SandboxExecuteResponseDto, SandboxLanguageDto } from './sandbox-execute.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S2's stand-alone sandbox: runs code outside any interview (nothing is recorded). */
@ApiTags('S2 sandbox')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/sandbox')
export class SandboxController {
  constructor(private readonly executor: ExecuteCodeService) {}

  @Post('execute')
  @HttpCode(200)
  @ApiOkResponse({ type: SandboxExecuteResponseDto })
  @ApiOperation({ summary: 'Execute code in the sandbox' })
  async execute(@CurrentUser() user: AuthenticatedUser, @Body() body: SandboxExecuteDto): Promise<SandboxExecuteResponseDto> {
    const result = await this.executor.execute({
      language: body.language,
      code: body.code,
      stdin: body.stdin ?? '',
      timeoutMs: body.timeout_seconds === undefined ? undefined : Math.round(body.timeout_seconds * 1000),
      userId: user.id,
    });
    return toS2ExecuteResponse(result);
  }

  @Get('languages')
  @ApiOkResponse({ type: [SandboxLanguageDto], description: 'The languages this server runs, with their versions' })
  @ApiOperation({ summary: 'List the sandbox languages' })
  async languages(): Promise<SandboxLanguageDto[]> {
    return (await this.executor.languages()).map((l) => ({ ...l, aliases: [...l.aliases] }));
  }
}
