import { LOG_LEVEL_ORDER, RecentLogEntry } from '@candor/application';
import { SystemLogEntryDto } from './system-log-entry.dto';
import { SystemLogsQueryDto } from './system-logs.query.dto';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 3600 * 1000;

/** Filters, sorts and pages the logger's recent entries (they live in memory: filtering here is the query). */
export function filterLogs(entries: readonly RecentLogEntry[], q: SystemLogsQueryDto): { items: SystemLogEntryDto[]; total: number } {
  const minLevel = q.level ? LOG_LEVEL_ORDER[q.level] : 0;
  const from = q.date_from ? Date.parse(q.date_from) : -Infinity;
  const to = q.date_to ? Date.parse(q.date_to) + (DATE_ONLY.test(q.date_to) ? DAY_MS - 1 : 0) : Infinity;
  const needle = q.search?.trim().toLowerCase();
  const matching = entries.filter((e) => {
    if (LOG_LEVEL_ORDER[e.level] < minLevel) return false;
    const at = Date.parse(e.time);
    if (at < from || at > to) return false;
    return !needle || `${e.msg} ${e.requestId ?? ''} ${JSON.stringify(e.fields)}`.toLowerCase().includes(needle);
  });
  const ordered = q.sort_order === 'asc' ? matching : [...matching].reverse();
  const page = ordered.slice((q.page - 1) * q.size, q.page * q.size);
  return {
    total: matching.length,
    items: page.map((e) => ({ id: e.seq, timestamp: e.time, level: e.level, message: e.msg, request_id: e.requestId ?? null, fields: e.fields })),
  };
}
