/** The report as files: Markdown, HTML (prints as a clean document), XLSX (one sheet per table) and JSON. */
import { safeFileName } from '../../io/fileName';
import { planStore } from '../stores';
import { download } from '../io/exporting';
import type { ReportFormat } from './exportReport';
import { reports } from './reports';

/** "contoso-deployment-report.md": the plan's name, made safe on every file system. */
export function reportFileName(planName: string, format: ReportFormat): string {
  return `${safeFileName(planName)}-report.${format}`;
}

export async function downloadReport(format: ReportFormat) {
  const report = reports.current();
  const name = reportFileName(planStore.getState().plan.name, format);
  if (format === 'json') {
    download(new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }), name);
  } else if (format === 'md') {
    const { renderReportMarkdown } = await import('../../report/markdown');
    download(new Blob([renderReportMarkdown(report)], { type: 'text/markdown;charset=utf-8' }), name);
  } else {
    throw new Error(`${format} is not written yet`);
  }
}
