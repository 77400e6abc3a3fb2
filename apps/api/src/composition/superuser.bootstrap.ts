import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EnsureSuperuserCommand, EnsureSuperuserHandler } from '@candor/application';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';

/**
 * ADMIN_EMAIL + ADMIN_PASSWORD: a superuser exists with that email once the app has started (created on
 * the first start, left alone afterwards). A password that breaks the policy stops the start, loudly.
 */
@Injectable()
export class SuperuserBootstrap implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ensureSuperuser: EnsureSuperuserHandler,
    private readonly logger: JsonLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    const { userId, created } = await this.ensureSuperuser.execute(new EnsureSuperuserCommand(adminEmail, adminPassword));
    this.logger.entry('info', created ? 'bootstrap superuser created' : 'bootstrap superuser already exists', { userId });
  }
}
