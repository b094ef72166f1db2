/** `report`: a plan's deployment report as Markdown, HTML, JSON or an XLSX workbook. */
import { buildReport } from '../report/buildReport';
import { renderReportHtml } from '../report/html';
import { reportJson } from '../report/json';
import { renderReportMarkdown } from '../report/markdown';
import { reportWorkbook } from '../report/workbook';
import { checkPlan } from '../rules';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { REPORT, TOOL } from './commands';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './io';
import type { CliIo } from './io';
import { fileProblem, inputLabel, loadInput } from './loadInputs';
import { summaryLine } from './report';
import { safeLines, safeText } from './terminalText';

export const REPORT_FORMATS = ['md', 'html', 'json', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export async function runReport(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = ((args.values.get('format') as string | undefined) ?? 'md') as ReportFormat;
  const output = args.values.get('output') as string | undefined;
  if (format === 'xlsx' && output === undefined) {
    if (!io.stdoutBytes) throw new UsageError('--format xlsx needs -o <file> here', REPORT);
    if (io.stdoutIsTTY)
      throw new UsageError('--format xlsx writes a binary workbook: give -o <file>, or redirect standard output to a file', REPORT);
  }
  const [input] = args.positionals;
  const loaded = await loadInput(input, io);
  if (!loaded.ok) {
    io.stderr(safeLines(`${TOOL}: ${safeText(inputLabel(input))}: ${safeText(loaded.message)}\n`));
    return EXIT_UNREADABLE;
  }
  const findings = checkPlan(loaded.plan);
  const report = buildReport(loaded.plan, findings);
  const code = findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  try {
    if (format === 'xlsx') {
      const bytes = await reportWorkbook(report);
      if (output === undefined) io.stdoutBytes!(bytes);
      else if (io.writeBytes) await io.writeBytes(output, bytes);
      else throw new Error('binary files cannot be written here');
    } else {
      const text =
        format === 'json' ? reportJson(report) : format === 'html' ? renderReportHtml(report) : renderReportMarkdown(report) + '\n';
      if (output === undefined) io.stdout(text);
      else await io.writeFile(output, text);
    }
  } catch (error) {
    io.stderr(safeLines(`${TOOL}: cannot write ${safeText(output ?? '<stdout>')}: ${safeText(fileProblem(error))}\n`));
    return EXIT_UNREADABLE;
  }
  // Where the report went to a file, standard output says so (standard error would be noise in a pipe).
  if (output !== undefined) io.stdout(safeLines(`Wrote ${safeText(output)} (${summaryLine(findings)})\n`));
  return code;
}
