/** Erasure (GDPR art. 17): personal fields sealed with per-person keys; destroying the keys erases the data. */
export * from './personal-data-event-store';
export * from './personal-fields';
export * from './field-cipher';
export * from './erase-person.command';
export * from './erase-person.handler';
