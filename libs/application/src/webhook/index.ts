/** Signed webhooks: subscriptions, the delivery log, deliveries through the job queue with retries. */
export * from './webhook.handlers';
export * from './webhook-signature';
export * from './webhook-secret-sealer';
export * from './projections/webhook.projections';
export * from './projections/webhooks.projection';
export * from './projections/webhook-deliveries.projection';
export * from './commands/create-webhook.command';
export * from './commands/delete-webhook.command';
export * from './commands/replay-webhook-delivery.command';
export * from './queries/get-webhook.query';
export * from './queries/list-webhooks.query';
export * from './queries/list-webhook-deliveries.query';
export * from './delivery/webhook-delivery.job';
export * from './delivery/webhook-delivery.worker';
export * from './delivery/webhook.reactor';
