import { RecordedEvent } from './event-envelope';
import { UpcasterRegistry } from './upcaster.registry';

const stored = (schemaVersion: number, data: Record<string, unknown>): RecordedEvent => ({
  id: 'e1',
  type: 'InterviewCreated',
  data,
  streamId: 'interview-1',
  revision: 1,
  position: '00000000000000000001',
  recordedAt: '2024-01-01T00:00:00.000Z',
  metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: '2024-01-01T00:00:00.000Z', schemaVersion },
});

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry([
    { type: 'InterviewCreated', fromVersion: 1, upcast: ({ name, ...rest }) => ({ ...rest, title: name }) },
    { type: 'InterviewCreated', fromVersion: 2, upcast: (data) => ({ ...data, difficulty: data.difficulty ?? 'auto' }) },
  ]);

  it('given a v1 event, when read, then it is upcast through every version to the current one', () => {
    const current = registry.upcast(stored(1, { name: 'Backend' }));
    expect(current.data).toEqual({ title: 'Backend', difficulty: 'auto' });
    expect(current.metadata.schemaVersion).toBe(3);
  });

  it('leaves a current event untouched and knows the version to write', () => {
    const event = stored(3, { title: 'X', difficulty: 'hard' });
    expect(registry.upcast(event)).toBe(event);
    expect(registry.currentVersion('InterviewCreated')).toBe(3);
    expect(registry.currentVersion('SomethingElse')).toBe(1);
  });

  it('refuses two upcasters for one version', () => {
    expect(() => registry.register({ type: 'InterviewCreated', fromVersion: 1, upcast: (d) => d })).toThrow(/Two upcasters/);
  });
});
