import { Module } from '@nestjs/common';
import { EVENT_STORE, EventStore, LOGGER, Logger } from '@candor/application';
import { LiveEventFeed } from './live-event-feed';
import { WS_GATEWAYS, WsGateway } from './ws-gateway';
import { GatewaysLifecycle } from './gateways.lifecycle';
import { SessionGateway } from './session/session.gateway';
import { InterviewStatusGateway } from './interview-status/interview-status.gateway';
import { UserNotificationsGateway } from './user-notifications/user-notifications.gateway';
import { InterviewChatGateway } from './interview-chat/interview-chat.gateway';
import { BatchProgressGateway } from './batch-progress/batch-progress.gateway';

/** Every WebSocket route; add a gateway to GATEWAYS to serve a new path. */
const GATEWAYS = [SessionGateway, InterviewStatusGateway, UserNotificationsGateway, InterviewChatGateway, BatchProgressGateway] as const;

@Module({
  providers: [
    {
      provide: LiveEventFeed,
      inject: [EVENT_STORE, LOGGER],
      useFactory: (events: EventStore, logger: Logger) => new LiveEventFeed(events, logger),
    },
    ...GATEWAYS,
    { provide: WS_GATEWAYS, inject: [...GATEWAYS], useFactory: (...gateways: WsGateway[]) => gateways },
    GatewaysLifecycle,
  ],
  exports: [LiveEventFeed],
})
export class GatewaysModule {}
