import { CancelSubscriptionHandler } from './commands/cancel-subscription.handler';
import { ChangePlanHandler } from './commands/change-plan.handler';
import { SubscribeHandler } from './commands/subscribe.handler';
import { GetSubscriptionHandler } from './queries/get-subscription.handler';
import { GetUsageHandler } from './queries/get-usage.handler';
import { ListInvoicesHandler } from './queries/list-invoices.handler';

export const BILLING_COMMAND_HANDLERS = [SubscribeHandler, ChangePlanHandler, CancelSubscriptionHandler];

export const BILLING_QUERY_HANDLERS = [GetSubscriptionHandler, ListInvoicesHandler, GetUsageHandler];
