/**
 * The command-line tool as a function: arguments and I/O in, exit code out. `main.ts` wires it
 * to the process; tests call it directly.
 *
 * Exit codes: 0 no error finding, 1 at least one error finding, 2 input unreadable or bad usage.
 */
import { commandHelp, parseCommand, UsageError } from './args';
import { runCheck } from './check';
import { CHECK, EXPORT, PLAN, REPORT, TOOL, USAGE } from './commands';
import { runReport } from './deploymentReport';
import { runExport } from './exportPlan';
import { EXIT_OK, EXIT_UNREADABLE } from './io';
import { runPlan } from './plan';
import type { CliIo } from './io';
import { safeLines, safeText } from './terminalText';
import { VERSION } from './version';

export type { CliIo } from './io';
export { EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './io';
export { USAGE } from './commands';

const COMMANDS = {
  check: { spec: CHECK, run: runCheck },
  export: { spec: EXPORT, run: runExport },
  plan: { spec: PLAN, run: runPlan },
  report: { spec: REPORT, run: runReport },
} as const;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const usageError = (message: string, help: string) => {
    io.stderr(safeLines(`${TOOL}: ${message}\n\n${help}`));
    return EXIT_UNREADABLE;
  };
  if (command === undefined) return usageError('no command given', USAGE);
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0]) ? COMMANDS[rest[0] as keyof typeof COMMANDS] : undefined;
    io.stdout(topic ? commandHelp(TOOL, topic.spec) : USAGE);
    return EXIT_OK;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (!Object.hasOwn(COMMANDS, command)) return usageError(`unknown command "${safeText(command)}"`, USAGE);
  const { spec, run } = COMMANDS[command as keyof typeof COMMANDS];
  try {
    const args = parseCommand(spec, rest);
    if (args.help) {
      io.stdout(commandHelp(TOOL, spec));
      return EXIT_OK;
    }
    return await run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageError(safeText(error.message), commandHelp(TOOL, spec));
  }
}
