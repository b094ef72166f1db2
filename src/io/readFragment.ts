/**
 * Reads a fragment from the clipboard's text: the app's own copy (`format: "ocs-topology-fragment"`)
 * or a whole plan file (its content is pasted). Checked with the plan's schemas, with limits, and
 * for references; never throws.
 */
import * as z from 'zod/mini';
import { copyFragment, FRAGMENT_FORMAT, FRAGMENT_VERSION } from '../domain/fragment';
import type { Fragment } from '../domain/fragment';
import { OCS_VERSIONS, PLAN_FORMAT } from '../domain/plan';
import type { Plan } from '../domain/plan';
import { describeIssue, formatPath } from './planErrors';
import { readPlan, referenceProblems } from './readPlan';
import { linkSchema, nodeSchema, poolSchema } from './schema';

/** Longest clipboard text read (characters), and most items a paste takes. */
export const MAX_FRAGMENT_TEXT_LENGTH = 5_000_000;
export const MAX_FRAGMENT_ITEMS = 5_000;

const limited = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(MAX_FRAGMENT_ITEMS));

const fragmentSchema = z.looseObject({
  format: z.literal(FRAGMENT_FORMAT),
  version: z.literal(FRAGMENT_VERSION),
  ocsVersion: z.optional(z.enum(OCS_VERSIONS)),
  pools: limited(poolSchema),
  nodes: limited(nodeSchema),
  links: limited(linkSchema),
  memberOf: z._default(limited(z.looseObject({ id: z.string(), name: z.string() })), []),
  outerLinks: z._default(limited(z.looseObject({ from: z.string(), to: z.string(), toName: z.string() })), []),
});

export type FragmentRead =
  /** Not something of this app's: the caller pastes what it has itself, if anything. */
  { kind: 'none' } | { kind: 'fragment'; fragment: Fragment } | { kind: 'invalid'; message: string };

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function readFragmentText(text: string): FragmentRead {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) return { kind: 'none' };
  if (text.length > MAX_FRAGMENT_TEXT_LENGTH) {
    return {
      kind: 'invalid',
      message: `the clipboard holds ${text.length.toLocaleString('en-US')} characters; at most ${MAX_FRAGMENT_TEXT_LENGTH.toLocaleString('en-US')} are pasted`,
    };
  }
  const value = parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'none' };
  const format = (value as { format?: unknown }).format;
  if (format === PLAN_FORMAT) {
    const result = readPlan(value);
    if (!result.ok) return { kind: 'invalid', message: `the plan on the clipboard cannot be read: ${result.error.message}` };
    return { kind: 'fragment', fragment: wholePlan(result.plan) };
  }
  if (format !== FRAGMENT_FORMAT) return { kind: 'none' };
  const parsed = fragmentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = formatPath(issue.path);
    return { kind: 'invalid', message: `the copied servers cannot be read (${path ? `${path}: ` : ''}${describeIssue(issue)})` };
  }
  const fragment = parsed.data as Fragment;
  const problem = fragmentProblem(fragment);
  if (problem) return { kind: 'invalid', message: `the copied servers cannot be read (${problem})` };
  return { kind: 'fragment', fragment };
}

function wholePlan(plan: Plan): Fragment {
  return copyFragment(plan, [...plan.pools.map((p) => p.id), ...plan.nodes.map((n) => n.id)]);
}

/** Ids that repeat, links to servers not in the fragment, servers in pools it does not name. */
function fragmentProblem(fragment: Fragment): string | undefined {
  const asPlan = {
    ...fragment,
    pools: [...fragment.pools, ...fragment.memberOf.map((r) => ({ id: r.id, name: r.name, edition: 'standard' as const }))],
  };
  const problem = referenceProblems(asPlan as unknown as Plan)[0];
  if (problem) return `${problem.path}: ${problem.message}`;
  const ids = new Set(fragment.nodes.map((n) => n.id));
  const outer = fragment.outerLinks.find((o) => !ids.has(o.from));
  return outer ? `outerLinks: no copied server has the id "${outer.from}"` : undefined;
}
