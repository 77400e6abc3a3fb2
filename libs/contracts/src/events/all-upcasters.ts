import { Upcaster } from './upcaster.registry';

/** Every upcaster of every event type; a schema change adds one here and never rewrites stored events. */
export const ALL_UPCASTERS: readonly Upcaster[] = [];
