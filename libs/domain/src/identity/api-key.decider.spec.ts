import { DomainError } from '../shared/domain-error';
import { fold } from '../shared/decider';
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
const created = (keyId: string): ApiKeyEvent => ({
  type: 'ApiKeyCreated',
  data: { keyId, userId: USER, name: 'Key', publicKey: `pk_${keyId}`, secretHash: `h_${keyId}`, createdAt: NOW },
});
const deactivate = (keyId: string) => ({ type: 'DeactivateApiKey', data: { keyId }, metadata: { now: NOW } }) as ApiKeyCommand;
const deactivated = (keyId: string): ApiKeyEvent => ({ type: 'ApiKeyDeactivated', data: { keyId, userId: USER, deactivatedAt: NOW } });

const decide = (events: ApiKeyEvent[], command: ApiKeyCommand) => apiKeyDecider.decide(command, fold(apiKeyDecider, events));

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
  return undefined;
}

describe('API key decider', () => {
  it('creates keys up to the active limit, then refuses (kind limit)', () => {
    expect(decide([], create('k1'))).toEqual([created('k1')]);
    expect(decide([created('k1')], create('k2'))).toEqual([created('k2')]);
    expect(codeOf(() => decide([created('k1'), created('k2')], create('k3')))).toBe('API_KEY.LIMIT_REACHED');
  });

  it('a deactivated key frees a slot', () => {
    expect(decide([created('k1'), created('k2'), deactivated('k1')], create('k3'))).toEqual([created('k3')]);
  });

  it('deactivates a key once; an unknown key is not found', () => {
    expect(decide([created('k1')], deactivate('k1'))).toEqual([deactivated('k1')]);
    expect(decide([created('k1'), deactivated('k1')], deactivate('k1'))).toEqual([]);
    expect(codeOf(() => decide([created('k1')], deactivate('other')))).toBe('API_KEY.NOT_FOUND');
  });

  it('needs a name', () => {
    expect(codeOf(() => decide([], create('k1', 2, '   ')))).toBe('API_KEY.INVALID');
  });
});
