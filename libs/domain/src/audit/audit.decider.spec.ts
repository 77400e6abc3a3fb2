import { givenWhenThen } from '@candor/testing';
import { auditAccessDecider, RecordAuditAccess } from './audit-access.decider';
import { auditCheckpointDecider, RecordCheckpoint } from './audit-checkpoint.decider';
import { AuditCheckpointSigned } from './audit.events';

const NOW = '2026-03-01T10:00:00.000Z';
const read = (reason: string | null | undefined, reasonRequired = true): RecordAuditAccess => ({
  type: 'RecordAuditAccess',
  data: { readerId: 'auditor-1', readerRole: 'auditor', target: 'interview-1', action: 'export', reason, reasonRequired },
  metadata: { now: NOW },
});
const accessRecorded = (reason: string | null) => ({
  type: 'AuditAccessRecorded' as const,
  data: { readerId: 'auditor-1', readerRole: 'auditor', target: 'interview-1', action: 'export', reason, readAt: NOW },
});
const checkpoint = (position: string): RecordCheckpoint => ({
  type: 'RecordCheckpoint',
  data: { position, logHash: 'a'.repeat(64), eventCount: 3, signedAt: NOW, algorithm: 'Ed25519', publicKey: 'PEM', signature: 'c2ln' },
  metadata: { now: NOW },
});
const signed = (position: string): AuditCheckpointSigned => ({ type: 'AuditCheckpointSigned', data: checkpoint(position).data });

const P4 = '00000000000000000004';
const P5 = '00000000000000000005';
const P9 = '00000000000000000009';

describe('audit access decider', () => {
  const given = givenWhenThen(auditAccessDecider);

  it.each<[string, string | null | undefined, boolean, string | null]>([
    ['records who read what, when and why, the reason trimmed', '  Appeal #42 ', true, 'Appeal #42'],
    ['records a listing without a reason (none required)', undefined, false, null],
    ['records a blank reason of a listing as none', '   ', false, null],
  ])('%s', (_name, reason, required, recorded) => given([]).when(read(reason, required)).then([accessRecorded(recorded)]));

  it.each<[string, string | null | undefined, boolean]>([
    ['refuses a read of recorded content without a reason', undefined, true],
    ['refuses a read of recorded content with a null reason', null, true],
    ['refuses a read of recorded content with an empty reason', '', true],
    ['refuses a read of recorded content with a blank reason', '   ', true],
    ['refuses a read of recorded content with an overlong reason', 'x'.repeat(501), true],
    ['refuses a listing with an overlong reason', 'x'.repeat(501), false],
  ])('%s', (_name, reason, required) => given([]).when(read(reason, required)).thenThrows('AUDIT.REASON_REQUIRED', 'invalid'));
});

describe('audit checkpoint decider', () => {
  const given = givenWhenThen(auditCheckpointDecider);

  it.each<[string, AuditCheckpointSigned[], string, AuditCheckpointSigned[]]>([
    ['signs a first checkpoint', [], P5, [signed(P5)]],
    ['signs a checkpoint after the last one', [signed(P5)], P9, [signed(P9)]],
    ['adds nothing for the last position again (a racing timer is harmless)', [signed(P5)], P5, []],
  ])('%s', (_name, history, position, expected) => given(history).when(checkpoint(position)).then(expected));

  it.each<[string, AuditCheckpointSigned[], string, string, 'conflict' | 'invalid']>([
    ['refuses a checkpoint before the last one', [signed(P5)], P4, 'AUDIT.CHECKPOINT_NOT_AFTER', 'conflict'],
    ['refuses a checkpoint of an empty log', [], '', 'AUDIT.INVALID_RANGE', 'invalid'],
  ])('%s', (_name, history, position, code, kind) => given(history).when(checkpoint(position)).thenThrows(code, kind));
});
