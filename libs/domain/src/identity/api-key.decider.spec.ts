import { givenWhenThen } from '@candor/testing';
import { DomainError } from '../shared/domain-error';
import { ApiKeyCommand, apiKeyDecider } from './api-key.decider';
import { ApiKeyEvent } from './api-key.events';

const USER = 'user-1';
const NOW = '2026-01-15T14:00:00.000Z';

const create = (keyId: string, maxActive = 2, name = 'Key') =>
  ({
    type: 'CreateApiKey',
    data: { keyId, userId: USER, name, publicKey: `pk_${keyId}`, secretHash: `h_${keyId}`, maxActive },
    metadata: { now: NOW },
  }) as ApiKeyCommand;
const LATER = '2026-01-15T15:00:00.000Z';
const created = (keyId: string, createdAt = NOW): ApiKeyEvent => ({
  type: 'ApiKeyCreated',
  data: { keyId, userId: USER, name: 'Key', publicKey: `pk_${keyId}`, secretHash: `h_${keyId}`, createdAt },
});
const deactivate = (keyId: string) => ({ type: 'DeactivateApiKey', data: { keyId }, metadata: { now: NOW } }) as ApiKeyCommand;
const deactivated = (keyId: string, deactivatedAt = NOW): ApiKeyEvent => ({ type: 'ApiKeyDeactivated', data: { keyId, userId: USER, deactivatedAt } });
const deactivateAll = (createdUpTo: string) => ({ type: 'DeactivateAllApiKeys', data: { createdUpTo }, metadata: { now: LATER } }) as ApiKeyCommand;

const given = givenWhenThen(apiKeyDecider);

describe('API key decider', () => {
  it.each<[string, ApiKeyEvent[], ApiKeyCommand, ApiKeyEvent[]]>([
    ['creates a first key', [], create('k1'), [created('k1')]],
    ['creates another key under the active limit', [created('k1')], create('k2'), [created('k2')]],
    ['a deactivated key frees a slot', [created('k1'), created('k2'), deactivated('k1')], create('k3'), [created('k3')]],
    ['deactivates an active key', [created('k1')], deactivate('k1'), [deactivated('k1')]],
    ['deactivating a deactivated key changes nothing', [created('k1'), deactivated('k1')], deactivate('k1'), []],
    ['deactivates every active key created up to the cut-off (an account claim)', [created('k1'), created('k2')], deactivateAll(NOW), [deactivated('k1', LATER), deactivated('k2', LATER)]],
    ['keeps the keys created after the cut-off (the owner\'s own, made since the claim)', [created('k1'), created('k2', LATER)], deactivateAll(NOW), [deactivated('k1', LATER)]],
    ['skips keys already deactivated', [created('k1'), created('k2'), deactivated('k1')], deactivateAll(NOW), [deactivated('k2', LATER)]],
    ['deactivating all again (a replayed reaction) changes nothing', [created('k1'), deactivated('k1', LATER)], deactivateAll(NOW), []],
    ['an account without keys has nothing to deactivate', [], deactivateAll(NOW), []],
  ])('%s', (_name, history, command, expected) => {
    given(history).when(command).then(expected);
  });

  it.each<[string, ApiKeyEvent[], ApiKeyCommand, string, DomainError['kind']]>([
    ['refuses a key past the active limit', [created('k1'), created('k2')], create('k3'), 'API_KEY.LIMIT_REACHED', 'limit'],
    ['refuses to deactivate an unknown key', [created('k1')], deactivate('other'), 'API_KEY.NOT_FOUND', 'not_found'],
    ['refuses a blank name', [], create('k1', 2, '   '), 'API_KEY.INVALID', 'invalid'],
  ])('%s', (_name, history, command, code, kind) => {
    given(history).when(command).thenThrows(code, kind);
  });
});
