/** `check`: the findings of one or more plans, as text, JSON or SARIF; the exit code is the worst. */
import { checkPlan } from '../rules';
import type { Finding } from '../rules';
import type { ParsedArgs } from './args';
import { TOOL } from './commands';
import { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './io';
import type { CliIo } from './io';
import { expandInputs, inputLabel, loadInput } from './loadInputs';
import type { Loaded } from './loadInputs';
import { checkReport, fileLine } from './report';
import { sarifLog } from './sarif';
import type { SarifInput } from './sarif';
import { safeJson, safeLines, safeText } from './terminalText';
import { VERSION } from './version';

type Checked = (Loaded & { ok: false }) | (Loaded & { ok: true; findings: Finding[] });

const exitOf = (c: Checked) => (!c.ok ? EXIT_UNREADABLE : c.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK);

export async function runCheck(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = args.values.has('json') ? 'json' : ((args.values.get('format') as string | undefined) ?? 'text');
  const inputs = await expandInputs(args.positionals, io);
  const checked: Checked[] = [];
  for (const input of inputs) {
    const loaded: Loaded = typeof input === 'string' ? await loadInput(input, io) : { ...input, ok: false };
    checked.push(loaded.ok ? { ...loaded, findings: checkPlan(loaded.plan) } : loaded);
  }
  const err = (c: Checked & { ok: false }) => io.stderr(safeLines(`${TOOL}: ${safeText(inputLabel(c.file))}: ${safeText(c.message)}\n`));
  for (const c of checked) if (!c.ok) err(c);

  // One plan named on the command line (not a folder, which stands for any number of them).
  const single = args.positionals.length === 1 && inputs.length === 1 && inputs[0] === args.positionals[0];
  if (format === 'sarif') {
    const log = sarifLog(checked as SarifInput[], VERSION);
    io.stdout(`${safeJson(JSON.stringify(log, null, 2))}\n`);
  } else if (format === 'json') {
    if (single) {
      const [c] = checked;
      if (c.ok) io.stdout(`${safeJson(JSON.stringify({ findings: c.findings }, null, 2))}\n`);
    } else {
      const files = checked.map((c) => (c.ok ? { file: c.file, findings: c.findings } : { file: c.file, error: c.message }));
      io.stdout(`${safeJson(JSON.stringify({ files }, null, 2))}\n`);
    }
  } else if (single) {
    const [c] = checked;
    if (c.ok) io.stdout(safeLines(checkReport(c.plan, c.findings)));
  } else {
    for (const c of checked) if (c.ok) io.stdout(safeLines(`${fileLine(inputLabel(c.file), c.plan, c.findings)}\n`));
  }
  return Math.max(EXIT_OK, ...checked.map(exitOf));
}
