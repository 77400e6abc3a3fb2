import { MaintenanceEvent } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';

/** Platform-wide settings; one document per setting (`maintenance` for now). */
export interface MaintenanceDocument extends ProjectedDocument {
  enabled: boolean;
  message: string | null;
  updatedAt: string;
  updatedBy: string;
}

export const SYSTEM_SETTINGS_COLLECTION = 'system_settings';
export const MAINTENANCE_DOCUMENT_ID = 'maintenance';

export const systemSettingsProjection: Projection<MaintenanceDocument> = {
  name: 'system-settings',
  collection: SYSTEM_SETTINGS_COLLECTION,
  eventTypes: ['MaintenanceModeEnabled', 'MaintenanceModeDisabled'],
  documentIds: () => [MAINTENANCE_DOCUMENT_ID],
  evolve(doc, recorded) {
    const event = recorded as unknown as MaintenanceEvent;
    switch (event.type) {
      case 'MaintenanceModeEnabled':
        return { _id: MAINTENANCE_DOCUMENT_ID, enabled: true, message: event.data.message, updatedAt: event.data.enabledAt, updatedBy: event.data.enabledBy };
      case 'MaintenanceModeDisabled':
        return { _id: MAINTENANCE_DOCUMENT_ID, enabled: false, message: null, updatedAt: event.data.disabledAt, updatedBy: event.data.disabledBy };
      default:
        return doc;
    }
  },
};

export const SYSTEM_PROJECTIONS: readonly Projection[] = [systemSettingsProjection];
