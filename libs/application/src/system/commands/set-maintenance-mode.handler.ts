import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MAINTENANCE_STREAM_ID, maintenanceDecider } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { SetMaintenanceModeCommand } from './set-maintenance-mode.command';

@CommandHandler(SetMaintenanceModeCommand)
export class SetMaintenanceModeHandler implements ICommandHandler<SetMaintenanceModeCommand> {
  constructor(@Inject(AGGREGATE_STORE) private readonly store: AggregateStore) {}

  async execute(c: SetMaintenanceModeCommand): Promise<void> {
    await this.store.execute(
      MAINTENANCE_STREAM_ID,
      maintenanceDecider,
      { type: 'SetMaintenanceMode', data: { enabled: c.enabled, message: c.message, actorId: c.admin.id }, metadata: this.store.commandMetadata() },
      { retries: 5 },
    );
  }
}
