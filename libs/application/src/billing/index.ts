/** The billing context: subscriptions per user, invoices as records, usage against plan limits. */
export * from './billing.handlers';
export * from './projections/subscriptions.projection';
export * from './projections/invoices.projection';
export * from './commands/subscribe.command';
export * from './commands/change-plan.command';
export * from './commands/cancel-subscription.command';
export * from './queries/effective-subscription';
export * from './queries/get-subscription.query';
export * from './queries/list-invoices.query';
export * from './queries/get-usage.query';
