import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { BILLING_CYCLES, BILLING_PLAN_IDS, BillingCycle } from '@candor/domain';
import { SubscriptionPlanDto } from './billing-plan.dto';

/** SubscriptionCreate */
export class SubscriptionCreateDto {
  @ApiProperty({ enum: BILLING_PLAN_IDS, example: 'starter' })
  @IsString()
  @IsIn(BILLING_PLAN_IDS)
  plan_id!: string;

  @ApiPropertyOptional({ enum: BILLING_CYCLES, default: 'monthly', description: 'A yearly cycle costs ten months' })
  @IsOptional()
  @IsIn(BILLING_CYCLES)
  billing_cycle: BillingCycle = 'monthly';
}

/** SubscriptionUpdate: a plan and/or cycle change, prorated to the day. */
export class SubscriptionUpdateDto {
  @ApiProperty({ enum: BILLING_PLAN_IDS, example: 'professional' })
  @IsString()
  @IsIn(BILLING_PLAN_IDS)
  plan_id!: string;

  @ApiPropertyOptional({ enum: BILLING_CYCLES, description: 'Omitted: the current cycle' })
  @IsOptional()
  @IsIn(BILLING_CYCLES)
  billing_cycle?: BillingCycle;
}

export class CancelSubscriptionDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** SubscriptionResponse */
export class SubscriptionResponseDto {
  @ApiProperty({ type: String, nullable: true, description: 'null when never subscribed' }) id!: string | null;

  @ApiProperty({
    enum: ['none', 'active', 'cancelled', 'expired'],
    description: '`cancelled`: no renewal, the plan holds until `access_until`; `none`/`expired`: the free plan applies',
  })
  status!: 'none' | 'active' | 'cancelled' | 'expired';

  @ApiProperty({ example: 'starter', description: 'The plan whose limits apply now' }) plan_id!: string;
  @ApiProperty({ type: SubscriptionPlanDto }) plan!: SubscriptionPlanDto;
  @ApiProperty({ enum: BILLING_CYCLES }) billing_cycle!: BillingCycle;
  @ApiProperty({ description: 'Start of the period usage is counted in' }) current_period_start!: string;
  @ApiProperty() current_period_end!: string;
  @ApiProperty({ description: 'Whether it renews at the period end (no renewal invoice is issued: there is no payment processor)' })
  auto_renew!: boolean;
  @ApiProperty({ type: String, nullable: true }) started_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelled_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellation_reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) access_until!: string | null;
}
