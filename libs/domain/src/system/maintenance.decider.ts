import { CommandMetadata } from '../shared/event';
import { DomainError } from '../shared/domain-error';
import { assertNever, Decider } from '../shared/decider';
import { MaintenanceEvent } from './maintenance.events';

export type SetMaintenanceMode = {
  readonly type: 'SetMaintenanceMode';
  readonly data: { readonly enabled: boolean; readonly message?: string; readonly actorId: string };
  readonly metadata: CommandMetadata;
};

export interface MaintenanceState {
  readonly enabled: boolean;
  readonly message: string | null;
}

export const DEFAULT_MAINTENANCE_MESSAGE = 'The platform is under maintenance; changes are paused. Please try again later.';
const MAX_MESSAGE = 500;

export const MaintenanceErrors = {
  messageTooLong: () =>
    new DomainError('SYSTEM.INVALID_MESSAGE', `message: at most ${MAX_MESSAGE} characters`, 'invalid', { field: 'message' }),
  /** What a refused write answers while maintenance is on (503 on every surface). */
  refused: (message: string) => new DomainError('SYSTEM.MAINTENANCE', message, 'unavailable'),
};

/** Turning on changes the message when it differs; setting the state it already has records nothing. */
export function decideMaintenance(command: SetMaintenanceMode, state: MaintenanceState): MaintenanceEvent[] {
  switch (command.type) {
    case 'SetMaintenanceMode': {
      const { enabled, actorId } = command.data;
      const now = command.metadata.now;
      if (!enabled) return state.enabled ? [{ type: 'MaintenanceModeDisabled', data: { disabledBy: actorId, disabledAt: now } }] : [];
      const message = command.data.message?.trim() || DEFAULT_MAINTENANCE_MESSAGE;
      if (message.length > MAX_MESSAGE) throw MaintenanceErrors.messageTooLong();
      if (state.enabled && state.message === message) return [];
      return [{ type: 'MaintenanceModeEnabled', data: { message, enabledBy: actorId, enabledAt: now } }];
    }
    default:
      return assertNever(command.type);
  }
}

export function evolveMaintenance(state: MaintenanceState, event: MaintenanceEvent): MaintenanceState {
  switch (event.type) {
    case 'MaintenanceModeEnabled':
      return { enabled: true, message: event.data.message };
    case 'MaintenanceModeDisabled':
      return { enabled: false, message: null };
    default:
      return assertNever(event);
  }
}

export const maintenanceDecider: Decider<MaintenanceState, SetMaintenanceMode, MaintenanceEvent> = {
  initialState: () => ({ enabled: false, message: null }),
  decide: decideMaintenance,
  evolve: evolveMaintenance,
};
