import { Controller, Get, Header, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags, ApiUnauthorizedResponse, getSchemaPath, ApiExtraModels } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GetInterviewByInviteQuery } from '@candor/application';
import { DomainError, InterviewErrors } from '@candor/domain';
import { publicUrlOf } from '../../../http/public-url';
import { toInterviewInvitation } from './interview-invitation.mapper';
import { renderInvitationPage, renderInviteTokenForm } from './interview-invitation.page';
import { S3InterviewInvitationDto } from './interview-invitation.response.dto';
import { Guarded } from '../../../http/guarded.decorator';

const HTML = 'text/html; charset=utf-8';

/**
 * The `interview_link` an invitation carries (S3 and S4 invitations): the candidate follows it with the invite
 * token and learns how to join; a browser gets a page with a chat client on the interview socket. No login.
 * Tagged with the operations: the link sits outside every surface's prefix (its errors take the shared /api shape).
 */
@ApiTags('operations')
@ApiExtraModels(S3InterviewInvitationDto)
@Guarded()
@Controller('interview/:interview_id')
export class S3InterviewInvitationController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  // The token is in the URL: no cache keeps the answer, no Referer carries it to another site.
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @ApiOperation({
    summary: "Follow an interview's invitation link (no login: the invite token admits the candidate)",
    description:
      'With `?token=<invite_token>`: the interview and its chat socket URL; a browser (`Accept: text/html`) gets a page that runs the ' +
      'interview over that socket. Without a token a browser gets a form asking for it, anything else 401. Another token or id: 404.',
    security: [],
  })
  @ApiQuery({ name: 'token', required: false, description: "The interview's invite_token" })
  @ApiHeader({ name: 'Accept', required: false, description: '`text/html` for the page, otherwise JSON' })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({
    description: 'How to join (JSON), or the page',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(S3InterviewInvitationDto) } },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @ApiUnauthorizedResponse({ description: 'No invite token (JSON clients)' })
  @ApiNotFoundResponse({ description: 'No interview with this id and invite token' })
  async follow(
    @Param('interview_id') id: string,
    @Query('token') token: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<S3InterviewInvitationDto | string> {
    const wantsPage = /text\/html/i.test(accept ?? '') && !/application\/json/i.test(accept ?? '');
    if (!token) {
      if (!wantsPage) throw new DomainError('INTERVIEW.INVITE_TOKEN_REQUIRED', 'Open the interview link with its invite token (?token=<invite_token>)', 'unauthorized');
      void reply.type(HTML);
      return renderInviteTokenForm();
    }
    const interview = await this.queries.execute(new GetInterviewByInviteQuery(id, token));
    if (!interview) throw InterviewErrors.notFound();
    const invitation = toInterviewInvitation(interview, token, publicUrlOf(request));
    if (!wantsPage) return invitation;
    void reply.type(HTML);
    return renderInvitationPage(invitation);
  }
}
