import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server as HttpServer } from 'node:http';
import { LOGGER, Logger, TOKEN_VERIFIER, TokenVerifier } from '@candor/application';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { LiveEventFeed } from './live-event-feed';
import { WS_GATEWAYS, WsGateway } from './ws-gateway';
import { WsServer } from './ws-server';
import { wsConnectionLimit } from './ws-connection-limiter';

/**
 * Starts the live event feed and puts the WebSocket server on the HTTP server before it listens; on
 * shutdown closes every socket (1001) and the feed before the HTTP server and the stores close.
 */
/** Inbound WebSocket messages one connection may send per second (bursts of twice as many). */
const WS_MESSAGES_PER_SECOND = 20;

@Injectable()
export class GatewaysLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly server: WsServer;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly feed: LiveEventFeed,
    @Inject(WS_GATEWAYS) gateways: WsGateway[],
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: Logger,
    @Optional() @Inject(TOKEN_VERIFIER) verifier: TokenVerifier | null,
  ) {
    this.server = new WsServer(gateways, verifier ?? null, logger, {
      maxConnectionsPerUser: wsConnectionLimit(config.rateLimitScale),
      // Like every rate limit, scaled by RATE_LIMIT_SCALE (0: off).
      maxMessagesPerSecond: config.rateLimitScale > 0 ? WS_MESSAGES_PER_SECOND * config.rateLimitScale : Number.POSITIVE_INFINITY,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.feed.start();
    this.server.attach(this.adapterHost.httpAdapter.getHttpServer() as HttpServer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.server.close();
    await this.feed.stop();
  }
}
