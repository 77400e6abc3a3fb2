import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { AuthenticatedUser } from '@candor/application';
import { SendCandidateMessageCommand } from '@candor/application/ai/commands/send-candidate-message.command';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { Guarded } from '../../../http/guarded.decorator';

export class CandidateMessageDto {
  @ApiProperty({ example: 'I have 5 years of experience with Python...' })
  @IsString()
  @MinLength(1)
  @MaxLength(20_000)
  content!: string;
}

export class InterviewerReplyDto {
  @ApiProperty() message_id!: string;
  @ApiProperty({ example: 'Thank you. How does a Python dictionary work internally?' }) content!: string;
  @ApiProperty({ enum: ['open', 'ask', 'follow_up', 'move_on', 'wrap_up', 'close', 'clarify'] }) move!: string;
  @ApiProperty({ example: 'technical' }) phase!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) question_id!: string | null;
  @ApiProperty({ example: 'builtin' }) model!: string;
}

export class CandidateMessageResponseDto {
  @ApiProperty() message_id!: string;
  @ApiProperty({ nullable: true, type: InterviewerReplyDto, description: "The AI interviewer's answer (null once it has closed the interview)" })
  reply!: InterviewerReplyDto | null;
}

/**
 * S2's conversation with the AI interviewer over HTTP (`conversation_history` of the state route):
 * the candidate's message is recorded and the interviewer answers with its next turn.
 */
@ApiTags('S1/S2 interviews')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/interviews/:interview_id')
export class InterviewMessagesController {
  constructor(private readonly commands: CommandBus) {}

  @Post('messages')
  @HttpCode(200)
  @ApiOkResponse({ type: CandidateMessageResponseDto })
  @ApiOperation({ summary: 'Send a message to the AI interviewer' })
  async send(
    @CurrentUser() user: AuthenticatedUser,
    @Param('interview_id') id: string,
    @Body() body: CandidateMessageDto,
  ): Promise<CandidateMessageResponseDto> {
    const { messageId, reply } = await this.commands.execute(new SendCandidateMessageCommand(id, user, body.content));
    return {
      message_id: messageId,
      reply: reply && {
        message_id: reply.messageId,
        content: reply.text,
        move: reply.move,
        phase: reply.phase,
        question_id: reply.question?.questionId ?? null,
        model: reply.model,
      },
    };
  }
}
