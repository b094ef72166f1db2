/**
 * The argument parser of every command, over node:util's parseArgs: options declared once per
 * command (with the text of its --help), clear messages for what is wrong. A usage error is
 * exit code 2, never 1.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'boolean' | 'string';
  /** For string options: what the value is, as the help shows it ("file", "format"). */
  value?: string;
  /** Allowed values of a string option. */
  choices?: readonly string[];
  /** A one-letter alias ("o" for -o). */
  short?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** The argument part of the usage line, e.g. "<plan|folder|->...". */
  args: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** Fewest and most positional arguments. */
  positionals: { min: number; max: number; missing: string };
  /** More lines of help after the options. */
  notes?: string;
}

export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandSpec,
  ) {
    super(message);
  }
}

export interface ParsedArgs {
  help: boolean;
  values: Map<string, string | true>;
  positionals: string[];
}

export function parseCommand(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [name, o.short ? { type: o.type, short: o.short } : { type: o.type }]),
  );
  let tokens;
  try {
    ({ tokens } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: false,
      allowPositionals: true,
      tokens: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), spec);
  }
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  let help = false;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    if (token.name === 'help') {
      help = true;
      continue;
    }
    const option = spec.options[token.name];
    if (!option || (token.rawName.length === 2 && token.rawName !== `-${option.short}`))
      throw new UsageError(`unknown option "${token.rawName}" for ${spec.name}`, spec);
    if (values.has(token.name)) throw new UsageError(`${token.rawName} given twice`, spec);
    if (option.type === 'boolean') {
      if (token.inlineValue) throw new UsageError(`${token.rawName} takes no value`, spec);
      values.set(token.name, true);
      continue;
    }
    const value = token.value;
    // "--svg --json" is a missing value, not a file named "--json".
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) {
      throw new UsageError(`${token.rawName} needs a ${option.value ?? 'value'}`, spec);
    }
    if (option.choices && !option.choices.includes(value)) {
      throw new UsageError(`${token.rawName} must be one of ${option.choices.join(', ')} (got "${value}")`, spec);
    }
    values.set(token.name, value);
  }
  if (help) return { help, values, positionals };
  if (positionals.length < spec.positionals.min) throw new UsageError(spec.positionals.missing, spec);
  if (positionals.length > spec.positionals.max) throw new UsageError(`unexpected argument "${positionals[spec.positionals.max]}"`, spec);
  return { help, values, positionals };
}

/** The --help text of one command. */
export function commandHelp(tool: string, spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` <${o.value ?? 'value'}>` : ''}`,
    o.description,
  ]);
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `Usage: ${tool} ${spec.name} ${spec.args} [options]`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
    ...(spec.notes ? ['', spec.notes] : []),
    '',
  ].join('\n');
}
