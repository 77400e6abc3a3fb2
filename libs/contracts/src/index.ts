export * from './events/event-envelope';
export * from './events/upcaster.registry';
export * from './events/all-upcasters';
export * from './events/event-hash';
