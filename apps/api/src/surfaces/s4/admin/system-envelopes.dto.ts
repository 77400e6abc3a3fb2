import { SystemHealthDto } from '../../../ops/system-health.dto';
import { S4Envelope } from '../s4-envelope.dto';
import { SystemLogEntryDto } from './system-log-entry.dto';
import { MaintenanceStatusDto } from './system-maintenance.dto';
import { SystemStatsDto } from './system-stats.dto';

/** OpenAPI schemas of S4's wrapped `/admin/system/*` answers. */
export const S4SystemStatsEnvelopeDto = S4Envelope(SystemStatsDto);
export const S4SystemHealthEnvelopeDto = S4Envelope(SystemHealthDto);
export const S4SystemLogPageEnvelopeDto = S4Envelope(SystemLogEntryDto, { isArray: true, paginated: true });
export const S4MaintenanceStatusEnvelopeDto = S4Envelope(MaintenanceStatusDto);
