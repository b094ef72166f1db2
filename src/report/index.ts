/** The deployment report: pure TypeScript, no React (the app and the CLI share it). */
export * from './types';
export { buildReport } from './buildReport';
export type { ReportInputs } from './inputs';
export { resolveReportInputs, domainOf } from './inputs';
export { REPORT_SOURCES, cite } from './sources';
