import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, GetCodingEventsQuery } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { CodingEventsResponseDto } from './coding-events.response.dto';
import { Guarded } from '../../../http/guarded.decorator';

@ApiTags('S0 coding')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/coding/events')
export class CodingEventsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':session_id')
  @ApiOkResponse({ type: CodingEventsResponseDto })
  @ApiOperation({ summary: 'Code change history of a session' })
  async history(@CurrentUser() user: AuthenticatedUser, @Param('session_id') id: string): Promise<CodingEventsResponseDto> {
    const events = await this.queries.execute(new GetCodingEventsQuery(id, user));
    return {
      events: events.map((e) => ({
        id: e.id,
        session_id: e.interviewId,
        event_type: e.eventType,
        code: e.code,
        language: e.language,
        output: e.output,
        exit_code: e.result?.exitCode ?? null,
        created_at: e.createdAt,
      })),
    };
  }
}
