import { ApiProperty } from '@nestjs/swagger';

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

export class SystemUserStatsDto {
  @ApiProperty() total!: number;
  @ApiProperty() superusers!: number;
  @ApiProperty({ ...COUNTS, example: { admin: 1, candidate: 12, recruiter: 4 } }) by_role!: Record<string, number>;
  @ApiProperty({ ...COUNTS, example: { active: 16, suspended: 1 } }) by_status!: Record<string, number>;
}

export class SystemInterviewStatsDto {
  @ApiProperty() total!: number;
  @ApiProperty({ ...COUNTS, example: { scheduled: 3, in_progress: 1, completed: 9 } }) by_status!: Record<string, number>;
}

export class SystemSubscriptionStatsDto {
  @ApiProperty() total!: number;
  @ApiProperty({ ...COUNTS, example: { starter: 2, professional: 1 } }) by_plan!: Record<string, number>;
  @ApiProperty({ ...COUNTS, example: { active: 3 } }) by_status!: Record<string, number>;
}

export class SystemEventStatsDto {
  @ApiProperty({ description: 'Events in the log' }) total!: number;
  @ApiProperty({ description: 'Position of the last event (opaque, ordered)' }) head_position!: string;
  @ApiProperty({ ...COUNTS, example: { UserRegistered: 17, InterviewCreated: 13 } }) by_type!: Record<string, number>;
}

export class SystemProjectionStatsDto {
  @ApiProperty({ example: 'users' }) name!: string;
  @ApiProperty({ description: 'Last log position applied' }) position!: string;
  @ApiProperty() caught_up!: boolean;
  @ApiProperty({ description: 'Events still to apply (counted up to 1000, then lag_capped)' }) lag_events!: number;
  @ApiProperty() lag_capped!: boolean;
  @ApiProperty({ description: 'How long the oldest unapplied event has waited, in ms' }) lag_ms!: number;
}

export class SystemStatsDto {
  @ApiProperty({ type: SystemUserStatsDto }) users!: SystemUserStatsDto;
  @ApiProperty({ type: SystemInterviewStatsDto }) interviews!: SystemInterviewStatsDto;
  @ApiProperty({ type: SystemSubscriptionStatsDto }) subscriptions!: SystemSubscriptionStatsDto;
  @ApiProperty({ type: SystemEventStatsDto }) events!: SystemEventStatsDto;
  @ApiProperty({ type: SystemProjectionStatsDto, isArray: true }) projections!: SystemProjectionStatsDto[];
  @ApiProperty() generated_at!: string;
}
