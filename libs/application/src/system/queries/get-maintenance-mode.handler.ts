import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { MAINTENANCE_DOCUMENT_ID, MaintenanceDocument, SYSTEM_SETTINGS_COLLECTION } from '../projections/system-settings.projection';
import { GetMaintenanceModeQuery, MaintenanceMode } from './get-maintenance-mode.query';

@QueryHandler(GetMaintenanceModeQuery)
export class GetMaintenanceModeHandler implements IQueryHandler<GetMaintenanceModeQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute(): Promise<MaintenanceMode> {
    const doc = await this.store.collection<MaintenanceDocument>(SYSTEM_SETTINGS_COLLECTION).findOne({ _id: MAINTENANCE_DOCUMENT_ID });
    return { enabled: doc?.enabled ?? false, message: doc?.message ?? null, updatedAt: doc?.updatedAt ?? null, updatedBy: doc?.updatedBy ?? null };
  }
}
