import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES } from '@candor/domain';

export class WebhookResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) events!: string[];
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty() is_active!: boolean;
  @ApiProperty() delivery_count!: number;
  @ApiProperty({ nullable: true, type: String }) last_delivery_at!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class CreatedWebhookResponseDto extends WebhookResponseDto {
  @ApiProperty({
    example: 'whsec_…',
    description: 'The signing secret, shown only now. Each delivery carries `X-Candor-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`',
  })
  secret!: string;
}

export class WebhookAttemptDto {
  @ApiProperty({ example: 1 }) attempt!: number;
  @ApiProperty({ format: 'date-time' }) attempted_at!: string;
  @ApiProperty({ nullable: true, type: Number, example: 500, description: 'Null when no answer came' }) status_code!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The start of the response body (1000 characters)' }) response_body!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'ECONNREFUSED' }) error!: string | null;
  @ApiProperty() duration_ms!: number;
  @ApiProperty({ enum: ['succeeded', 'retrying', 'failed'] }) outcome!: string;
  @ApiProperty({ nullable: true, type: String, description: 'When the next attempt is due (exponential backoff, for 24 h)' }) next_attempt_at!: string | null;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) webhook_id!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) event!: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'retrying', 'failed'] }) status!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The `data` of the delivered body' }) payload!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, description: 'The delivery this one replays' }) replay_of!: string | null;
  @ApiProperty({ type: [WebhookAttemptDto] }) attempts!: WebhookAttemptDto[];
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}
