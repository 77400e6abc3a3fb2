import { Query } from '@nestjs/cqrs';

export interface MaintenanceMode {
  readonly enabled: boolean;
  readonly message: string | null;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

export class GetMaintenanceModeQuery extends Query<MaintenanceMode> {}
