/** Everything of the report the app loads on first use, as one chunk: the view and the downloads (both need the engine). */
export { default as ReportPanel } from './ReportPanel';
export { downloadReport } from './reportDownloads';
