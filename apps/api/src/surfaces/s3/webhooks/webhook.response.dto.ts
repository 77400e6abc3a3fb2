import { ApiProperty } from '@nestjs/swagger';
import { CreatedWebhookResponseDto, WebhookDeliveryDto, WebhookResponseDto } from '../../shared/webhooks/webhook.response.dto';

export class S3WebhookDto extends WebhookResponseDto {
  @ApiProperty({ format: 'uuid' }) _id!: string;
}

export class S3CreatedWebhookDto extends CreatedWebhookResponseDto {
  @ApiProperty({ format: 'uuid' }) _id!: string;
}

export class S3WebhookDeliveryDto extends WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) _id!: string;
}

export class S3WebhookListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ nullable: true, type: String }) next!: string | null;
  @ApiProperty({ nullable: true, type: String }) previous!: string | null;
  @ApiProperty({ type: [S3WebhookDto] }) results!: S3WebhookDto[];
}

export class S3WebhookDeliveryListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ nullable: true, type: String }) next!: string | null;
  @ApiProperty({ nullable: true, type: String }) previous!: string | null;
  @ApiProperty({ type: [S3WebhookDeliveryDto] }) results!: S3WebhookDeliveryDto[];
}

export class S3WebhookReplayDto {
  @ApiProperty({ format: 'uuid', description: 'The new delivery' }) _id!: string;
  @ApiProperty({ format: 'uuid', description: 'The delivery it replays' }) replay_of!: string;
}
