import { RecordedEvent } from './event-envelope';

/**
 * Stored events are never rewritten. When a payload's shape changes, its schema version goes up and an
 * upcaster turns the old shape into the next one on read; chains run until the current version.
 */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: (data: Record<string, unknown>) => Record<string, unknown>;
}

export class UpcasterRegistry {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    upcasters.forEach((u) => this.register(u));
  }

  register(upcaster: Upcaster): void {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (this.byKey.has(key)) throw new Error(`Two upcasters for ${key}`);
    this.byKey.set(key, upcaster);
  }

  /** The version events of this type are written with today. */
  currentVersion(type: string): number {
    let version = 1;
    while (this.byKey.has(`${type}@${version}`)) version += 1;
    return version;
  }

  upcast<T extends RecordedEvent>(event: T): T {
    let version = event.metadata.schemaVersion ?? 1;
    let data = event.data as Record<string, unknown>;
    let step = this.byKey.get(`${event.type}@${version}`);
    if (!step) return event;
    while (step) {
      data = step.upcast(data);
      version += 1;
      step = this.byKey.get(`${event.type}@${version}`);
    }
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: version } };
  }
}
