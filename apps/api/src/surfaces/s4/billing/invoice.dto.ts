import { ApiProperty } from '@nestjs/swagger';

export class InvoiceLineDto {
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'Cents; negative for a credit of unused time' }) amount_cents!: number;
  @ApiProperty() amount!: number;
  @ApiProperty() plan_id!: string;
  @ApiProperty() period_start!: string;
  @ApiProperty() period_end!: string;
}

/** Invoice: a billing record. No payment processor is connected, so nothing is charged and `status` is always `issued`. */
export class InvoiceDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'INV-0A1B2C3D-0001' }) number!: string;
  @ApiProperty() subscription_id!: string;
  @ApiProperty({ enum: ['subscription_created', 'plan_changed'] }) reason!: string;
  @ApiProperty({ enum: ['issued'], description: 'Records only: no payment is taken' }) status!: 'issued';
  @ApiProperty({ type: InvoiceLineDto, isArray: true }) lines!: InvoiceLineDto[];
  @ApiProperty({ description: 'Sum of the lines in cents; negative when the credit exceeds the charge' }) total_cents!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ description: 'What would be due: the total, never below 0' }) amount_due_cents!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty() issued_at!: string;
}
