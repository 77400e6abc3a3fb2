import { DomainError } from '../shared/domain-error';
import { fold } from '../shared/decider';
import { DEFAULT_MAINTENANCE_MESSAGE, maintenanceDecider, SetMaintenanceMode } from './maintenance.decider';
import { MaintenanceEvent } from './maintenance.events';

const NOW = '2026-01-15T14:00:00.000Z';
const set = (enabled: boolean, message?: string): SetMaintenanceMode => ({
  type: 'SetMaintenanceMode',
  data: { enabled, message, actorId: 'admin-1' },
  metadata: { now: NOW },
});
const decide = (events: MaintenanceEvent[], command: SetMaintenanceMode) => maintenanceDecider.decide(command, fold(maintenanceDecider, events));
const on = (message: string): MaintenanceEvent => ({ type: 'MaintenanceModeEnabled', data: { message, enabledBy: 'admin-1', enabledAt: NOW } });

describe('maintenance decider', () => {
  it('turns on with a default message, off again, and records nothing when the state does not change', () => {
    expect(decide([], set(true))).toEqual([on(DEFAULT_MAINTENANCE_MESSAGE)]);
    expect(decide([on('Upgrading')], set(true, 'Upgrading'))).toEqual([]);
    expect(decide([on('Upgrading')], set(true, 'Back at 5pm'))).toEqual([on('Back at 5pm')]);
    expect(decide([on('Upgrading')], set(false))).toEqual([{ type: 'MaintenanceModeDisabled', data: { disabledBy: 'admin-1', disabledAt: NOW } }]);
    expect(decide([], set(false))).toEqual([]);
  });

  it('refuses an overlong message', () => {
    expect(() => decide([], set(true, 'x'.repeat(501)))).toThrow(DomainError);
  });
});
