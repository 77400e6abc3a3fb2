/** Audit reads on record: who may read for an audit, and the `audit-access` stream every such read is written to. */
export * from '../audit-access/audit-access.recorder';
export * from '../audit-access/audit-reader';
export * from '../audit-access/commands/record-audit-read.command';
