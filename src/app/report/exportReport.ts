/**
 * Downloads of the deployment report. The report module (and, for XLSX, the workbook writer) loads on
 * first use, so the first screen carries none of it.
 */
import { sessionStore } from '../stores';

export const REPORT_FORMATS = ['md', 'html', 'xlsx', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export async function exportReport(format: ReportFormat) {
  try {
    const { downloadReport } = await import('./reportModule');
    await downloadReport(format);
  } catch (error) {
    sessionStore.getState().notify('error', `Report export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
