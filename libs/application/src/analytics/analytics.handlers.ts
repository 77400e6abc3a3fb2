import { ExportAnalyticsHandler } from './queries/export-analytics.handler';
import { GetCandidateAnalyticsHandler } from './queries/get-candidate-analytics.handler';
import { GetDashboardHandler } from './queries/get-dashboard.handler';
import { GetInterviewReportDataHandler } from './queries/get-interview-report-data.handler';
import { GetTrendsHandler } from './queries/get-trends.handler';

/** The analytics queries' handlers, spread into the application module. */
export const ANALYTICS_QUERY_HANDLERS = [GetDashboardHandler, GetInterviewReportDataHandler, GetCandidateAnalyticsHandler, GetTrendsHandler, ExportAnalyticsHandler];
