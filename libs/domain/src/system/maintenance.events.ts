import { DomainEvent } from '../shared/event';

/** The platform's maintenance switch: one stream (`system-maintenance`) so every toggle is on record. */
export type MaintenanceModeEnabled = DomainEvent<
  'MaintenanceModeEnabled',
  { readonly message: string; readonly enabledBy: string; readonly enabledAt: string }
>;

export type MaintenanceModeDisabled = DomainEvent<'MaintenanceModeDisabled', { readonly disabledBy: string; readonly disabledAt: string }>;

export type MaintenanceEvent = MaintenanceModeEnabled | MaintenanceModeDisabled;

export const MAINTENANCE_STREAM_ID = 'system-maintenance';
