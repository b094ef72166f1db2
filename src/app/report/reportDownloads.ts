/** The report as files: Markdown, HTML (prints as a clean document), XLSX (one sheet per table) and JSON. */
import { renderReportHtml } from '../../report/html';
import { reportJson } from '../../report/json';
import { renderReportMarkdown } from '../../report/markdown';
import { planStore } from '../stores';
import { download } from '../io/exporting';
import type { ReportFormat } from './exportReport';
import { reportFileName } from './reportFileName';
import { reports } from './reports';

export async function downloadReport(format: ReportFormat) {
  const report = reports.current();
  const name = reportFileName(planStore.getState().plan.name, format);
  if (format === 'json') {
    download(new Blob([reportJson(report)], { type: 'application/json' }), name);
  } else if (format === 'md') {
    download(new Blob([renderReportMarkdown(report)], { type: 'text/markdown;charset=utf-8' }), name);
  } else if (format === 'html') {
    download(new Blob([renderReportHtml(report)], { type: 'text/html;charset=utf-8' }), name);
  } else {
    // The workbook writer is a chunk of its own, fetched only now.
    const { reportWorkbook } = await import('../../report/workbook');
    const bytes = await reportWorkbook(report);
    download(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      name,
    );
  }
}
