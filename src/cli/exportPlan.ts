/** `export`: one plan written as SVG, draw.io, Mermaid, CSV and/or normalized JSON. */
import { exportCsv } from '../export/csv';
import { exportDrawio } from '../export/drawio';
import { exportMermaid } from '../export/mermaid';
import { exportSvg } from '../io/exportSvg';
import { planToJson } from '../io/planJson';
import { checkPlan } from '../rules';
import type { Plan } from '../domain/plan';
import type { ParsedArgs } from './args';
import { TOOL } from './commands';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './io';
import type { CliIo } from './io';
import { fileProblem, inputLabel, loadInput } from './loadInputs';
import { summaryLine } from './report';
import { safeLines, safeText } from './terminalText';
import { PLAN_SCHEMA_ID } from '../io/planJson';
import { UsageError } from './args';
import { EXPORT } from './commands';

const OUTPUTS = ['svg', 'drawio', 'mermaid', 'csv', 'json'] as const;

export async function runExport(args: ParsedArgs, io: CliIo): Promise<number> {
  const wanted = OUTPUTS.filter((o) => args.values.has(o));
  if (wanted.length === 0)
    throw new UsageError('export needs at least one output: --svg, --drawio, --mermaid, --csv or --json <file>', EXPORT);
  const [input] = args.positionals;
  const loaded = await loadInput(input, io);
  if (!loaded.ok) {
    io.stderr(safeLines(`${TOOL}: ${safeText(inputLabel(input))}: ${safeText(loaded.message)}\n`));
    return EXIT_UNREADABLE;
  }
  const { plan } = loaded;
  const judged = !args.values.has('no-findings');
  const findings = judged ? checkPlan(plan) : undefined;
  const write: Record<(typeof OUTPUTS)[number], (p: Plan) => string> = {
    svg: (p) =>
      exportSvg(p, {
        findings,
        findingsList: args.values.has('findings-list'),
        legend: !args.values.has('no-legend'),
        author: args.values.get('author') as string | undefined,
      }),
    drawio: exportDrawio,
    mermaid: exportMermaid,
    csv: exportCsv,
    json: (p) => planToJson(p, { schema: (args.values.get('schema-url') as string | undefined) ?? PLAN_SCHEMA_ID }),
  };
  for (const output of wanted) {
    const path = args.values.get(output) as string;
    try {
      await io.writeFile(path, write[output](plan));
    } catch (error) {
      io.stderr(safeLines(`${TOOL}: cannot write ${safeText(path)}: ${safeText(fileProblem(error))}\n`));
      return EXIT_UNREADABLE;
    }
    io.stdout(safeLines(`Wrote ${safeText(path)}${output === 'svg' && findings ? ` (${summaryLine(findings)})` : ''}\n`));
  }
  return findings?.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
