/**
 * The command-line tool as a function: arguments and I/O in, exit code out. `main.ts` wires it
 * to the process; tests call it directly.
 *
 * Exit codes: 0 no error finding, 1 at least one error finding, 2 input unreadable or bad usage.
 */
import type { Plan } from '../domain/plan';
import { exportSvg } from '../io/exportSvg';
import { planToJson } from '../io/planJson';
import { parsePlanText } from '../io/readPlan';
import { checkPlan } from '../rules';
import { checkReport, summaryLine } from './report';

export interface CliIo {
  /** All of standard input. */
  stdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNREADABLE = 2;

const NAME = 'ocs-topology';

export const USAGE = `Usage:
  ${NAME} check <plan.json|-> [--json]
      Check a plan against the OCS 2007 / 2007 R2 rules. "-" reads standard input.
      --json           print { "findings": [...] } and nothing else
  ${NAME} export <plan.json|-> --svg <out.svg> [--json <out.json>] [--no-findings] [--no-legend]
      Write the diagram as SVG (finding badges and legend included), and the plan as normalized JSON.
  ${NAME} --help

Exit codes: 0 no errors, 1 at least one error finding, 2 unreadable input or wrong usage.
`;

class UsageError extends Error {}

interface Parsed {
  command: 'check' | 'export' | 'help';
  input?: string;
  flags: Map<string, string | true>;
}

const FLAGS: Record<'check' | 'export', Record<string, 'bool' | 'value'>> = {
  check: { '--json': 'bool' },
  export: { '--svg': 'value', '--json': 'value', '--no-findings': 'bool', '--no-legend': 'bool' },
};

function parseArgs(argv: readonly string[]): Parsed {
  if (argv.length === 0) throw new UsageError('no command given');
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help', flags: new Map() };
  if (command !== 'check' && command !== 'export') throw new UsageError(`unknown command "${command}"`);
  const known = FLAGS[command];
  const flags = new Map<string, string | true>();
  let input: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') return { command: 'help', flags };
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      const kind = known[name];
      if (!kind) throw new UsageError(`unknown option "${name}" for ${command}`);
      if (flags.has(name)) throw new UsageError(`${name} given twice`);
      if (kind === 'bool') {
        if (eq > 0) throw new UsageError(`${name} takes no value`);
        flags.set(name, true);
      } else {
        const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
        if (value === undefined || value === '') throw new UsageError(`${name} needs a file name`);
        flags.set(name, value);
      }
    } else if (input === undefined) input = arg;
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  if (input === undefined) throw new UsageError(`${command} needs a plan file (or - for standard input)`);
  if (command === 'export' && !flags.has('--svg') && !flags.has('--json')) throw new UsageError('export needs --svg <out.svg> or --json <out.json>');
  return { command, input, flags };
}

function fileProblem(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a plan file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

type Loaded = { ok: true; plan: Plan } | { ok: false };

async function loadPlan(input: string, io: CliIo): Promise<Loaded> {
  const label = input === '-' ? '<stdin>' : input;
  let text: string;
  try {
    text = input === '-' ? await io.stdin() : await io.readFile(input);
  } catch (error) {
    io.stderr(`${NAME}: ${label}: ${fileProblem(error)}\n`);
    return { ok: false };
  }
  const result = parsePlanText(text);
  if (!result.ok) {
    io.stderr(`${NAME}: ${label}: ${result.error.message}\n`);
    return { ok: false };
  }
  return result;
}

async function write(io: CliIo, path: string, data: string): Promise<boolean> {
  try {
    await io.writeFile(path, data);
    return true;
  } catch (error) {
    io.stderr(`${NAME}: cannot write ${path}: ${fileProblem(error)}\n`);
    return false;
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: Parsed;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${NAME}: ${error.message}\n\n${USAGE}`);
    return EXIT_UNREADABLE;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }

  const loaded = await loadPlan(args.input!, io);
  if (!loaded.ok) return EXIT_UNREADABLE;
  const { plan } = loaded;

  if (args.command === 'check') {
    const findings = checkPlan(plan);
    io.stdout(args.flags.has('--json') ? `${JSON.stringify({ findings }, null, 2)}\n` : checkReport(plan, findings));
    return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  }

  const withFindings = !args.flags.has('--no-findings');
  const findings = withFindings ? checkPlan(plan) : undefined;
  const svgPath = args.flags.get('--svg');
  const jsonPath = args.flags.get('--json');
  if (typeof svgPath === 'string') {
    if (!(await write(io, svgPath, exportSvg(plan, { findings, legend: !args.flags.has('--no-legend') })))) return EXIT_UNREADABLE;
    io.stdout(`Wrote ${svgPath}${findings ? ` (${summaryLine(findings)})` : ''}\n`);
  }
  if (typeof jsonPath === 'string') {
    if (!(await write(io, jsonPath, planToJson(plan)))) return EXIT_UNREADABLE;
    io.stdout(`Wrote ${jsonPath}\n`);
  }
  return findings?.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
