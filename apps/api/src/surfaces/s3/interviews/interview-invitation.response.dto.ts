import { ApiProperty } from '@nestjs/swagger';

/** What the bearer of an interview's invite token learns by following its `interview_link`: the interview and how to join. */
export class S3InterviewInvitationDto {
  @ApiProperty() interview_id!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Senior Java Developer — John Doe' }) title!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Senior Java Developer' }) position!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'John Doe' }) candidate_name!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'chat' }) interview_type!: string | null;
  @ApiProperty({ enum: ['pending', 'scheduled', 'in_progress', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) scheduled_at!: string | null;
  @ApiProperty({ nullable: true, type: Number }) duration_minutes!: number | null;
  @ApiProperty({ description: 'This link with its invite token (what the candidate opens in a browser)' }) join_url!: string;
  @ApiProperty({ description: 'The interview chat socket, opened with the invite token: `/ws/interview/{id}/?token=<invite_token>`' })
  websocket_url!: string;
  @ApiProperty({ description: 'How to take the interview over that socket' }) instructions!: string;
}
