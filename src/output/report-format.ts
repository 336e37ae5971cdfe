import type { Report } from './report.js';
import { reportMarkdown } from './report-md.js';

export const REPORT_FORMATS = ['json', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatReport(report: Report, format: ReportFormat): string {
  return format === 'json' ? JSON.stringify(report, null, 2) + '\n' : reportMarkdown(report);
}
