import type { Report } from '$lib/domain/report/types';

/** What the report page receives: the report without the action plan, which has its own page. */
export type ReportView = Omit<Report, 'actionPlan'>;
