import { ApiProperty } from '@nestjs/swagger';

export class CodingEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) session_id!: string;
  @ApiProperty({ enum: ['code_update', 'code_execution', 'code_submission'] }) event_type!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ example: 'python' }) language!: string;
  @ApiProperty({ nullable: true, type: String, description: 'What the run printed; null for an edit' }) output!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Exit code of a run; null for an edit' }) exit_code!: number | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class CodingEventsResponseDto {
  @ApiProperty({ type: [CodingEventDto], description: 'Oldest first' }) events!: CodingEventDto[];
}
