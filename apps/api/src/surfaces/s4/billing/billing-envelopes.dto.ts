import { MessageResponseDto } from '../../identity/message.response.dto';
import { S4Envelope } from '../s4-envelope.dto';
import { SubscriptionPlanDto } from './billing-plan.dto';
import { InvoiceDto } from './invoice.dto';
import { SubscriptionResponseDto } from './subscription.dto';
import { UsageStatsDto } from './usage.dto';

/** OpenAPI schemas of S4's wrapped `/billing/*` answers. */
export const S4PlanListEnvelopeDto = S4Envelope(SubscriptionPlanDto, { isArray: true });
export const S4SubscriptionEnvelopeDto = S4Envelope(SubscriptionResponseDto);
export const S4InvoicePageEnvelopeDto = S4Envelope(InvoiceDto, { isArray: true, paginated: true });
export const S4UsageEnvelopeDto = S4Envelope(UsageStatsDto);
export const S4BillingMessageEnvelopeDto = S4Envelope(MessageResponseDto);
