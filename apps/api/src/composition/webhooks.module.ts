import { BeforeApplicationShutdown, Global, Inject, Injectable, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import {
  EVENT_STORE,
  EventStore,
  READ_STORE,
  ReadStore,
  WEBHOOK_OPTIONS,
  WEBHOOK_REACTOR,
  WEBHOOK_SENDER,
  WebhookDeliveryWorker,
  WebhookReactor,
  WebhookSecretSealer,
} from '@candor/application';
import { LogReactor } from '@candor/application/reactors/log-reactor';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { HttpWebhookSender } from '@candor/infrastructure/webhooks/http-webhook-sender.adapter';

/** Makes this process a delivery worker and runs the reactor that turns log events into deliveries. */
@Injectable()
class WebhooksLifecycle implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly reactor: LogReactor;

  constructor(
    private readonly worker: WebhookDeliveryWorker,
    webhooks: WebhookReactor,
    @Inject(EVENT_STORE) events: EventStore,
    @Inject(READ_STORE) readStore: ReadStore,
    logger: JsonLogger,
  ) {
    this.reactor = new LogReactor(WEBHOOK_REACTOR, events, readStore, (event) => webhooks.react(event), logger);
  }

  onModuleInit(): void {
    this.worker.register();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reactor.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.reactor.stop();
  }
}

/**
 * Signed webhooks: the HTTP sender (refusing non-public addresses unless WEBHOOK_ALLOW_PRIVATE), delivery
 * options from WEBHOOK_*, the secret sealer (keys in the key store), the delivery worker and the reactor.
 */
@Global()
@Module({
  providers: [
    { provide: WEBHOOK_SENDER, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new HttpWebhookSender({ allowPrivateAddresses: c.webhooks.destinations.allowPrivateAddresses }) },
    { provide: WEBHOOK_OPTIONS, inject: [APP_CONFIG], useFactory: (c: AppConfig) => c.webhooks },
    WebhookDeliveryWorker,
    WebhookReactor,
    WebhookSecretSealer,
    WebhooksLifecycle,
  ],
  exports: [WEBHOOK_OPTIONS, WebhookSecretSealer],
})
export class WebhooksModule {}
