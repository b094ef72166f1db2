/** The reader's error type and the wording of its messages. */
import type * as z from 'zod/mini';

/** One thing wrong with an incoming plan; `path` is like `nodes[3].pool`. */
export interface PlanProblem {
  path?: string;
  message: string;
}

/** Why a plan could not be read. `message` is meant for the user and starts with the field path when there is one. */
export class PlanReadError extends Error {
  readonly path?: string;
  /** Every problem found (the message tells the first), capped at MAX_PROBLEMS. */
  readonly problems: readonly PlanProblem[];

  constructor(message: string, options: { path?: string; problems?: readonly PlanProblem[] } = {}) {
    super(message);
    this.name = 'PlanReadError';
    if (options.path !== undefined) this.path = options.path;
    this.problems = options.problems ?? [{ path: options.path, message }];
  }
}

export const MAX_PROBLEMS = 50;

export function problemText(p: PlanProblem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** One error for a list of problems: the first is told, the others counted. */
export function errorFromProblems(problems: readonly PlanProblem[], prefix = ''): PlanReadError {
  const first = problems[0] ?? { message: 'the plan cannot be read' };
  const more = problems.length - 1;
  const tail = more > 0 ? ` (and ${more}${more >= MAX_PROBLEMS - 1 ? '+' : ''} more problem${more === 1 ? '' : 's'})` : '';
  return new PlanReadError(`${prefix}${problemText(first)}${tail}`, {
    path: first.path,
    problems: problems.slice(0, MAX_PROBLEMS),
  });
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['nodes', 3, 'pool']` -> `nodes[3].pool`; odd keys are quoted: `nodes[0]["a b"]`. */
export function formatPath(path: readonly PropertyKey[]): string | undefined {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || undefined;
}

const MAX_SHOWN = 40;

/** A value as the user would recognise it in their file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const chars = Array.from(value);
    const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `the number ${String(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

function expectedText(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return values.length === 1 ? JSON.stringify(values[0]) : `one of ${shown.join(', ')}`;
}

const bound = (n: number | bigint) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n));

/** A zod issue in the user's words (without the path). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const got = (issue as { received?: unknown }).received === 'Infinity' ? 'an infinite number' : describeValue(input);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `missing; expected ${expectedText(issue.expected)}`;
      return `expected ${expectedText(issue.expected)} but got ${got}`;
    case 'invalid_value':
      return `expected ${oneOf(issue.values)} but got ${got}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters long`;
      if (issue.origin === 'array') return `must hold at least ${issue.minimum} items`;
      return `expected a number ${issue.inclusive ? '>=' : '>'} ${bound(issue.minimum)} but got ${got}`;
    case 'too_big':
      if (issue.origin === 'int') return `expected a whole number no larger than ${issue.maximum} but got ${got}`;
      if (issue.origin === 'number') return `expected a number no larger than ${bound(issue.maximum)} but got ${got}`;
      return `expected at most ${issue.maximum} but got ${got}`;
    default:
      return issue.message;
  }
}
