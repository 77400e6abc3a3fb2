import { givenWhenThen } from '@candor/testing';
import { DEFAULT_MAINTENANCE_MESSAGE, maintenanceDecider, SetMaintenanceMode } from './maintenance.decider';
import { MaintenanceEvent } from './maintenance.events';

const NOW = '2026-01-15T14:00:00.000Z';
const set = (enabled: boolean, message?: string): SetMaintenanceMode => ({
  type: 'SetMaintenanceMode',
  data: { enabled, message, actorId: 'admin-1' },
  metadata: { now: NOW },
});
const on = (message: string): MaintenanceEvent => ({ type: 'MaintenanceModeEnabled', data: { message, enabledBy: 'admin-1', enabledAt: NOW } });
const off: MaintenanceEvent = { type: 'MaintenanceModeDisabled', data: { disabledBy: 'admin-1', disabledAt: NOW } };

const given = givenWhenThen(maintenanceDecider);

describe('maintenance decider', () => {
  it.each<[string, MaintenanceEvent[], SetMaintenanceMode, MaintenanceEvent[]]>([
    ['turns on with the default message when none is given', [], set(true), [on(DEFAULT_MAINTENANCE_MESSAGE)]],
    ['records nothing when turned on again with the same message', [on('Upgrading')], set(true, 'Upgrading'), []],
    ['records the new message when turned on again with another', [on('Upgrading')], set(true, 'Back at 5pm'), [on('Back at 5pm')]],
    ['turns off when on', [on('Upgrading')], set(false), [off]],
    ['records nothing when turned off while off', [], set(false), []],
    ['records nothing when turned off after having been turned off', [on('Upgrading'), off], set(false), []],
  ])('%s', (_name, history, command, expected) => {
    given(history).when(command).then(expected);
  });

  it('refuses a message over 500 characters', () => {
    given([]).when(set(true, 'x'.repeat(501))).thenThrows('SYSTEM.INVALID_MESSAGE', 'invalid');
  });
});
