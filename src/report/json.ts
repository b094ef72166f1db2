/** The report as JSON: the stable shape of docs/report.md, two-space indented, with a final line break. */
import type { DeploymentReport } from './types';

export function reportJson(report: DeploymentReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
