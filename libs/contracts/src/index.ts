export * from './events/event-envelope';
export * from './events/upcaster.registry';
export * from './events/all-upcasters';
export * from './events/event-hash';
export * from './audit/audit-export.format';
export * from './audit/audit-export.verifier';
