/** The report as Markdown (GitHub-flavoured tables), for documentation repositories. */
import { OCS_VERSION_LABELS } from '../domain/kinds';
import { reportTables } from './columns';
import type { DeploymentReport } from './types';

/** A table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Text outside tables: Markdown's active characters escaped. */
function text(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

export function renderReportMarkdown(report: DeploymentReport): string {
  const out: string[] = [];
  out.push(`# Deployment report: ${text(report.plan.name)}`, '');
  out.push(`${OCS_VERSION_LABELS[report.plan.ocsVersion]}. SIP domains: ${text(report.plan.sipDomains.join(', ') || 'none')}.`);
  if (report.plan.autoSignInPool) out.push(`Automatic sign-in pool: ${text(report.plan.autoSignInPool)}.`);
  out.push('');
  for (const t of reportTables(report)) {
    out.push(`## ${t.title}`, '');
    if (t.table === 'servers' && report.roleCounts.length > 0)
      out.push(report.roleCounts.map((c) => `${text(c.label)}: ${c.count}`).join(' · '), '');
    if (t.rows.length === 0) {
      out.push('None in this plan.', '');
      continue;
    }
    const withSources = t.table !== 'summary';
    const headings = withSources ? [...t.headings, 'Sources'] : t.headings;
    out.push(`| ${headings.map(cell).join(' | ')} |`);
    out.push(`|${headings.map(() => ' --- ').join('|')}|`);
    t.rows.forEach((r, i) => {
      const cells = r.map(cell);
      if (withSources) {
        const links = t.sources[i].map(
          (s) => `[${s.id}](${s.url.replace(/\)/g, '%29').replace(/\(/g, '%28')} "${cell(s.label).replace(/"/g, "'")}")`,
        );
        const note = t.notes[i] ? ` ${t.unconfirmed[i] ? '**Unconfirmed:** ' : 'Note: '}${cell(t.notes[i] ?? '')}` : '';
        cells.push(links.join(' ') + note);
      }
      out.push(`| ${cells.join(' | ')} |`);
    });
    out.push('');
  }
  return out.join('\n');
}
