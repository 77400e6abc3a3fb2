import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AUDIT_ACCESS_RECORDER, AuditAccessRecorder } from '../audit-access.recorder';
import { RecordAuditReadCommand } from './record-audit-read.command';

@CommandHandler(RecordAuditReadCommand)
export class RecordAuditReadHandler implements ICommandHandler<RecordAuditReadCommand> {
  constructor(@Inject(AUDIT_ACCESS_RECORDER) private readonly access: AuditAccessRecorder) {}

  async execute({ reader, target, action, reason }: RecordAuditReadCommand): Promise<void> {
    await this.access.record(reader, { target, action, reason, reasonRequired: false });
  }
}
