import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SystemLogEntryDto {
  @ApiProperty({ description: 'Sequence number in this process (orders entries of the same millisecond)' })
  id!: number;

  @ApiProperty()
  timestamp!: string;

  @ApiProperty({ enum: ['debug', 'info', 'warn', 'error'] })
  level!: string;

  @ApiProperty({ example: 'request' })
  message!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  request_id!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Structured fields (method, url, status, ms, userId, error...)' })
  fields!: Record<string, unknown>;
}
