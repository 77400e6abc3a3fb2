import type { RecordedEvent } from '@candor/contracts';

/**
 * Derives a value once per event however many listeners ask (the feed hands every listener the same
 * event object), so a message fanned out to many clients is built, and serialized, once.
 */
export function perEvent<T>(derive: (event: RecordedEvent) => T): (event: RecordedEvent) => T {
  const cache = new WeakMap<RecordedEvent, { value: T }>();
  return (event) => {
    let entry = cache.get(event);
    if (!entry) cache.set(event, (entry = { value: derive(event) }));
    return entry.value;
  };
}
