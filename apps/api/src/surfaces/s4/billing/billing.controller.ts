import { Body, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BILLING_PLANS } from '@candor/domain';
import {
  AuthenticatedUser,
  CancelSubscriptionCommand,
  ChangePlanCommand,
  GetSubscriptionQuery,
  GetUsageQuery,
  ListInvoicesQuery,
  SubscribeCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { paginationMeta, S4Response } from '../../../http/s4-response';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { SubscriptionPlanDto } from './billing-plan.dto';
import {
  S4BillingMessageEnvelopeDto,
  S4InvoicePageEnvelopeDto,
  S4PlanListEnvelopeDto,
  S4SubscriptionEnvelopeDto,
  S4UsageEnvelopeDto,
} from './billing-envelopes.dto';
import { dateWindow, toInvoiceDto, toPlanDto, toSubscriptionDto, toUsageDto } from './billing.mapper';
import { InvoiceDto } from './invoice.dto';
import { InvoicesQueryDto } from './invoices.query.dto';
import { CancelSubscriptionDto, SubscriptionCreateDto, SubscriptionResponseDto, SubscriptionUpdateDto } from './subscription.dto';
import { UsageQueryDto, UsageStatsDto } from './usage.dto';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

const NO_PROCESSOR =
  'No payment processor is connected: invoices are billing records computed from the subscription events, nothing is charged.';

/** S4 `/billing/*`: the caller's own subscription, invoices and usage. */
@ApiTags('S4 billing')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@S4Controller('billing')
export class BillingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('plans')
  @ApiOperation({ summary: 'Available plans with their prices and limits' })
  @ApiOkResponse({ type: S4PlanListEnvelopeDto })
  plans(): SubscriptionPlanDto[] {
    return BILLING_PLANS.map(toPlanDto);
  }

  @Get('subscription')
  @ApiOperation({ summary: 'Current subscription', description: 'Without one (or after it expired) the free plan applies: `status` says which.' })
  @ApiOkResponse({ type: S4SubscriptionEnvelopeDto })
  async subscription(@CurrentUser() user: AuthenticatedUser): Promise<SubscriptionResponseDto> {
    return this.current(user);
  }

  @Post('subscribe')
  @ApiOperation({ summary: 'Subscribe to a plan', description: `Issues an invoice for the first period. 409 when already subscribed (change plans with PUT /billing/subscription). ${NO_PROCESSOR}` })
  @ApiCreatedResponse({ type: S4SubscriptionEnvelopeDto })
  async subscribe(@CurrentUser() user: AuthenticatedUser, @Body() body: SubscriptionCreateDto): Promise<S4Response<SubscriptionResponseDto>> {
    await this.commands.execute(new SubscribeCommand(user, body.plan_id, body.billing_cycle));
    const subscription = await this.current(user);
    return new S4Response(subscription, `Subscribed to the ${subscription.plan.name} plan`);
  }

  @Put('subscription')
  @ApiOperation({
    summary: 'Change plan or billing cycle',
    description:
      'Issues a prorated invoice: a credit for the unused part of the current plan, a charge for the new one (same cycle: the rest of the ' +
      `period; new cycle: a full new period from now). 404 without a subscription, 409 when cancelled. ${NO_PROCESSOR}`,
  })
  @ApiOkResponse({ type: S4SubscriptionEnvelopeDto })
  @ApiNotFoundResponse({ description: 'No subscription to change' })
  async change(@CurrentUser() user: AuthenticatedUser, @Body() body: SubscriptionUpdateDto): Promise<S4Response<SubscriptionResponseDto>> {
    await this.commands.execute(new ChangePlanCommand(user, body.plan_id, body.billing_cycle));
    const subscription = await this.current(user);
    return new S4Response(subscription, `Subscription changed to the ${subscription.plan.name} plan`);
  }

  @Delete('subscription')
  @ApiOperation({ summary: 'Cancel the subscription', description: 'No renewal; the plan holds until the end of the paid period. 404 without one, 409 when already cancelled.' })
  @ApiOkResponse({ type: S4BillingMessageEnvelopeDto })
  @ApiNotFoundResponse({ description: 'No subscription to cancel' })
  async cancel(@CurrentUser() user: AuthenticatedUser, @Body() body: CancelSubscriptionDto = {}): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new CancelSubscriptionCommand(user, body?.reason));
    const text = 'Subscription cancelled';
    return new S4Response({ message: text }, text);
  }

  @Get('invoices')
  @ApiOperation({ summary: 'Billing history', description: NO_PROCESSOR })
  @ApiOkResponse({ type: S4InvoicePageEnvelopeDto })
  async invoices(@CurrentUser() user: AuthenticatedUser, @Query() query: InvoicesQueryDto): Promise<S4Response<InvoiceDto[]>> {
    const { from, to } = dateWindow(query.date_from, query.date_to);
    const { items, total } = await this.queries.execute(
      new ListInvoicesQuery(user.id, query.sort_order, (query.page - 1) * query.size, query.size, from, to),
    );
    return new S4Response(items.map(toInvoiceDto), undefined, paginationMeta(query.page, query.size, total));
  }

  @Get('usage')
  @ApiOperation({ summary: 'Usage in the current billing period against the plan’s limits', description: 'Computed from the interviews and code runs recorded in the event log.' })
  @ApiOkResponse({ type: S4UsageEnvelopeDto })
  async usage(@CurrentUser() user: AuthenticatedUser, @Query() query: UsageQueryDto): Promise<UsageStatsDto> {
    const { from, to } = dateWindow(query.date_from, query.date_to);
    return toUsageDto(await this.queries.execute(new GetUsageQuery(user.id, new Date().toISOString(), from, to)));
  }

  private async current(user: AuthenticatedUser): Promise<SubscriptionResponseDto> {
    return toSubscriptionDto(await this.queries.execute(new GetSubscriptionQuery(user.id, new Date().toISOString())));
  }
}
