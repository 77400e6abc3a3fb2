import { DomainError } from '../shared/domain-error';
import { decideAuditAccess, RecordAuditAccess } from './audit-access.decider';
import { decideCheckpoint, RecordCheckpoint } from './audit-checkpoint.decider';

const NOW = '2026-03-01T10:00:00.000Z';
const read = (reason: string | null | undefined, reasonRequired = true): RecordAuditAccess => ({
  type: 'RecordAuditAccess',
  data: { readerId: 'auditor-1', readerRole: 'auditor', target: 'interview-1', action: 'export', reason, reasonRequired },
  metadata: { now: NOW },
});
const checkpoint = (position: string): RecordCheckpoint => ({
  type: 'RecordCheckpoint',
  data: { position, logHash: 'a'.repeat(64), eventCount: 3, signedAt: NOW, algorithm: 'Ed25519', publicKey: 'PEM', signature: 'c2ln' },
  metadata: { now: NOW },
});

describe('audit access decider', () => {
  it('records who read what, when and why (the reason trimmed)', () => {
    expect(decideAuditAccess(read('  Appeal #42 '))).toEqual([
      {
        type: 'AuditAccessRecorded',
        data: { readerId: 'auditor-1', readerRole: 'auditor', target: 'interview-1', action: 'export', reason: 'Appeal #42', readAt: NOW },
      },
    ]);
  });

  it('refuses a read of recorded content without a reason, or with an overlong one; listings may omit it', () => {
    for (const reason of [undefined, null, '', '   ', 'x'.repeat(501)]) {
      expect(() => decideAuditAccess(read(reason))).toThrow(expect.objectContaining({ code: 'AUDIT.REASON_REQUIRED', kind: 'invalid' }));
    }
    expect(decideAuditAccess(read(undefined, false))[0].data.reason).toBeNull();
    expect(() => decideAuditAccess(read('x'.repeat(501), false))).toThrow(DomainError);
  });
});

describe('audit checkpoint decider', () => {
  it('signs forward only: a first checkpoint, a later one; the same position again adds nothing', () => {
    expect(decideCheckpoint(checkpoint('00000000000000000005'), { lastPosition: '' })).toEqual([{ type: 'AuditCheckpointSigned', data: checkpoint('00000000000000000005').data }]);
    expect(decideCheckpoint(checkpoint('00000000000000000009'), { lastPosition: '00000000000000000005' })).toHaveLength(1);
    expect(decideCheckpoint(checkpoint('00000000000000000005'), { lastPosition: '00000000000000000005' })).toEqual([]);
  });

  it('refuses a checkpoint before the last one or of an empty log', () => {
    expect(() => decideCheckpoint(checkpoint('00000000000000000004'), { lastPosition: '00000000000000000005' })).toThrow(
      expect.objectContaining({ code: 'AUDIT.CHECKPOINT_NOT_AFTER', kind: 'conflict' }),
    );
    expect(() => decideCheckpoint(checkpoint(''), { lastPosition: '' })).toThrow(expect.objectContaining({ code: 'AUDIT.INVALID_RANGE' }));
  });
});
