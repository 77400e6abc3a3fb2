import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetMaintenanceModeQuery, MaintenanceMode } from '@candor/application';

/**
 * How long a read of the maintenance switch is reused. Every write request consults it, so it is read from the
 * read model at most this often; this process sees its own toggles at once (invalidate), other instances within this.
 */
export const MAINTENANCE_CACHE_MS = 2000;

@Injectable()
export class MaintenanceModeCache {
  private value: MaintenanceMode | null = null;
  private readAt = 0;
  private pending: Promise<MaintenanceMode> | null = null;

  constructor(private readonly queries: QueryBus) {}

  async get(): Promise<MaintenanceMode> {
    if (this.value && Date.now() - this.readAt < MAINTENANCE_CACHE_MS) return this.value;
    // One read in flight at a time, however many requests arrive together.
    this.pending ??= this.queries
      .execute(new GetMaintenanceModeQuery())
      .then((value) => {
        this.value = value;
        this.readAt = Date.now();
        return value;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  invalidate(): void {
    this.value = null;
  }
}
