/** The deployment report: pure TypeScript, no React (the app and the CLI share it). */
export * from './types';
export { buildReport } from './buildReport';
export type { ReportInputs } from './inputs';
export { resolveReportInputs, domainOf, EDGE_NAME_PREFIX } from './inputs';
export { REPORT_SOURCES, cite } from './sources';
export type { TableView } from './columns';
export { reportTables } from './columns';
export { renderReportMarkdown } from './markdown';
export { renderReportHtml, escapeHtml } from './html';
export { reportJson } from './json';
/** The spreadsheet: `reportWorkbook` loads its library on first use (import it from './workbook' to keep that lazy). */
export { reportWorkbook } from './workbook';
