import { ApiProperty } from '@nestjs/swagger';

export class PlanLimitsDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Interviews created per billing period; null = unlimited' })
  interviews_per_period!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Code executions and submissions in your interviews per period; null = unlimited' })
  code_executions_per_period!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Minutes your interviews spend in progress per period; null = unlimited' })
  ai_minutes_per_period!: number | null;
}

/** SubscriptionPlan */
export class SubscriptionPlanDto {
  @ApiProperty({ example: 'starter' }) id!: string;
  @ApiProperty({ example: 'Starter' }) name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 4900, description: 'Monthly price in cents' }) monthly_price_cents!: number;
  @ApiProperty({ example: 49000, description: 'Yearly price in cents (ten months)' }) yearly_price_cents!: number;
  @ApiProperty({ example: 49, description: 'The price in currency units per `interval` (the monthly price)' }) price!: number;
  @ApiProperty({ example: 'month', enum: ['month'], description: 'What `price` is paid for' }) interval!: string;
  @ApiProperty({ example: 49, description: 'Monthly price in currency units' }) price_monthly!: number;
  @ApiProperty({ example: 490 }) price_yearly!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: PlanLimitsDto }) limits!: PlanLimitsDto;
  @ApiProperty({ type: String, isArray: true }) features!: string[];
}
