/** Server and pool names: fully qualified, and each used once. */
import { KIND_INFO, POOL_KIND_INFO } from '../../domain/kinds';
import { DEFAULT_DOMAIN, planDomain } from '../../domain/names';
import type { PlanNode, Pool } from '../../domain/plan';
import { poolTemplateKind } from '../../domain/plan';
import { edit, PlanDraft } from '../draft';
import { finding, kindLabel, list, nameOf, poolName, server } from '../format';
import type { PlanIndex } from '../planIndex';
import { SOURCES } from '../sources';
import type { Finding, Fix, RuleDefinition } from '../types';

/** Longest DNS label (RFC 1035). */
const MAX_LABEL = 63;
/** Longest computer (NetBIOS) name: a server's first label. */
const MAX_COMPUTER_NAME = 15;
const ALLOWED = /[A-Za-z0-9._-]/;

function quoted(label: string): string {
  return `"${label.length > 20 ? `${label.slice(0, 12)}…` : label}"`;
}

/** How a character is shown in a message: visible, or named. */
function shown(c: string): string {
  if (c === ' ') return 'a space';
  const code = c.codePointAt(0)!;
  return code < 0x20 || code === 0x7f || /\s/.test(c) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${c}"`;
}

/**
 * Why a name is not a good fully qualified domain name: every problem found, or an empty list.
 * Only ANSI letters, digits, hyphens and (permitted, not recommended) underscores; two or more labels,
 * none empty, none starting or ending with a hyphen, none over 63 characters; the last not starting with
 * a digit; for a server (`computer`), a first label of at most 15 characters, its NetBIOS computer name.
 */
export function fqdnProblems(name: string, computer = false): string[] {
  // Almost every name is a good one: say so after one test instead of taking it apart (a 10,000-server plan has 10,000 names).
  if (
    GOOD_NAME.test(name) &&
    !/^[0-9]/.test(name.slice(name.lastIndexOf('.') + 1)) &&
    (!computer || name.indexOf('.') <= MAX_COMPUTER_NAME)
  )
    return [];
  return allFqdnProblems(name, computer);
}

/** Two or more labels of ASCII letters, digits and inner hyphens, each 1 to 63 characters: a name with no problem but perhaps its last label or computer name. */
const GOOD_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Every problem of a name, found the long way (the fast path above must agree with it: names.test.ts checks that). */
export function allFqdnProblems(name: string, computer = false): string[] {
  if (name.trim() === '') return ['it is empty'];
  const out: string[] = [];
  const bad = [...new Set([...name].filter((c) => !ALLOWED.test(c)))];
  if (bad.length > 0)
    out.push(
      `it contains ${list(bad.slice(0, 5).map(shown))}${bad.length > 5 ? ' and more' : ''}; only letters, digits and hyphens are allowed (underscores are permitted, not recommended)`,
    );
  const labels = name.split('.');
  if (labels.length < 2) out.push('it is a single label: add the domain (host.domain)');
  else if (labels.some((l) => l === '')) out.push('it has an empty label (two dots in a row, or a dot at the start or end)');
  const hyphen = labels.filter((l) => l.startsWith('-') || l.endsWith('-'));
  if (hyphen.length > 0)
    out.push(
      `${hyphen.length > 1 ? 'labels' : 'label'} ${list(hyphen.map(quoted))} ${hyphen.length > 1 ? 'start or end' : hyphen[0].startsWith('-') ? 'starts' : 'ends'} with a hyphen`,
    );
  const long = labels.filter((l) => l.length > MAX_LABEL);
  if (long.length > 0)
    out.push(`${list(long.map((l) => `label ${quoted(l)} has ${l.length} characters`))}; a label has at most ${MAX_LABEL}`);
  if (labels.length >= 2 && /^[0-9]/.test(labels[labels.length - 1])) out.push('its last label starts with a digit');
  if (computer && labels[0].length > MAX_COMPUTER_NAME && labels[0].length <= MAX_LABEL)
    out.push(
      `its first label ${quoted(labels[0])} has ${labels[0].length} characters; a computer name (NetBIOS) has at most ${MAX_COMPUTER_NAME}`,
    );
  if (out.length === 0 && name.includes('_')) out.push(UNDERSCORE);
  return out;
}

/** The one problem of a name that is otherwise good. */
const UNDERSCORE = 'it contains an underscore';

/** "is not a fully qualified domain name: …", or, for an underscore only, that it is permitted but not recommended. */
function verdict(problem: string, advice: string): string {
  return problem === UNDERSCORE
    ? 'contains an underscore: permitted in OCS 2007 R2 names, but not recommended. Use a hyphen instead.'
    : `is not a fully qualified domain name: ${problem}. ${advice}`;
}

/** The problems of a name as one phrase, or undefined for a good name. */
export function fqdnProblem(name: string, computer = false): string | undefined {
  const problems = fqdnProblems(name, computer);
  return problems.length === 0 ? undefined : problems.join('; ');
}

/** Whether a node's first label is a Windows computer name (every server but a load balancer, which is a device). */
function isComputer(node: PlanNode): boolean {
  return node.kind !== 'hardware-load-balancer';
}

/**
 * A repaired name, or undefined when no repair is clear: other characters (and underscores) become hyphens,
 * labels lose leading and trailing hyphens and are cut to 63 characters (a server's first label to 15),
 * empty labels go, a single label gets the plan's domain, a broken domain is replaced by the plan's.
 * The result raises no NAME-FQDN finding, or there is no repair.
 */
export function repairedName(name: string, domain: string, computer: boolean): string | undefined {
  const clean = (label: string, max: number) =>
    label
      .replace(/-+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '');
  const labels = name
    .trim()
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .split('.')
    .map((l, i) => clean(l, i === 0 && computer ? MAX_COMPUTER_NAME : MAX_LABEL))
    .filter((l) => l !== '');
  if (labels.length === 0) return undefined;
  const candidates = labels.length > 1 ? [labels.join('.')] : [];
  // The plan's domain may itself be broken (it is the most common one): then the default domain.
  for (const d of [domain, DEFAULT_DOMAIN]) candidates.push(`${labels[0]}.${d}`);
  return candidates.find((c) => fqdnProblems(c, computer).length === 0);
}

export const nameFqdn: RuleDefinition = {
  id: 'NAME-FQDN',
  severity: 'warning',
  title: 'Server and pool names are fully qualified domain names',
  source: SOURCES[27],
  check(ctx) {
    const out: Finding[] = [];
    for (const info of ctx.pools) {
      const problem = fqdnProblem(info.pool.name);
      if (problem === undefined) continue;
      out.push(
        finding(nameFqdn, `Pool name ${nameOf(info.pool)} ${verdict(problem, 'Name the pool like pool01.contoso.com.')}`, [], info.pool.id),
      );
    }
    for (const node of ctx.nodes) {
      const problem = fqdnProblem(node.name, isComputer(node));
      if (problem === undefined) continue;
      out.push(
        finding(
          nameFqdn,
          `The name of ${kindLabel(node.kind, ctx.ocsVersion)} ${nameOf(node)} ${verdict(problem, `Use host.domain, like ${KIND_INFO[node.kind]?.namePrefix ?? 'server'}01.contoso.com.`)}`,
          [node],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const item: PlanNode | Pool | undefined =
      f.nodes.length > 0 ? ctx.node(f.nodes[0]) : f.pool !== undefined ? ctx.poolById.get(f.pool)?.pool : undefined;
    if (!item) return [];
    const isNode = f.nodes.length > 0;
    const fixed = repairedName(item.name, planDomain(ctx.plan), isNode && isComputer(item as PlanNode));
    if (
      !fixed ||
      ctx.plan.nodes.some((n) => n.name.toLowerCase() === fixed.toLowerCase()) ||
      ctx.plan.pools.some((p) => p.name.toLowerCase() === fixed.toLowerCase())
    )
      return [];
    return [
      {
        id: 'rename',
        label: `Rename ${nameOf(item)} to ${fixed}`,
        apply: (plan) =>
          edit(plan, (d) => {
            if (isNode) d.updateNode(item.id, (n) => ({ ...n, name: fixed }));
            else d.updatePool(item.id, (p) => ({ ...p, name: fixed }));
          }),
      },
    ];
  },
};

interface Named {
  pool?: Pool;
  node?: PlanNode;
}

/** Items sharing a name (case does not distinguish DNS names), pools first; empty names are left to NAME-FQDN. */
function duplicateGroups(pools: readonly Pool[], nodes: readonly PlanNode[]): Named[][] {
  // The first item of each name, by position: pool i is -1 - i, node i is i. Items are wrapped
  // only when their name is shared (a large plan has thousands of names and few repeats).
  const first = new Map<string, number>();
  const groups = new Map<string, Named[]>();
  const named = (at: number): Named => (at < 0 ? { pool: pools[-1 - at] } : { node: nodes[at] });
  const add = (name: string, at: number) => {
    const key = name.toLowerCase();
    if (key === '') return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, at);
    else {
      const group = groups.get(key);
      if (group) group.push(named(at));
      else groups.set(key, [named(seen), named(at)]);
    }
  };
  pools.forEach((pool, i) => add(pool.name, -1 - i));
  nodes.forEach((node, i) => add(node.name, i));
  return [...groups.values()];
}

/** "Front End Server fe01.contoso.com in pool pool01.contoso.com", "pool pool01.contoso.com". */
function describe(ctx: PlanIndex, item: Named): string {
  if (item.pool) return `pool ${nameOf(item.pool)}`;
  const node = item.node!;
  const pool = ctx.poolOf(node);
  return `${server(node, ctx.ocsVersion)}${pool ? ` in pool ${poolName(pool)}` : ''}`;
}

/** The name prefix of an item's kind (fe, sql, pool, ...). */
function prefixOf(item: Named): string {
  return item.pool ? POOL_KIND_INFO[poolTemplateKind(item.pool)].namePrefix : (KIND_INFO[item.node!.kind]?.namePrefix ?? 'server');
}

/**
 * Which item of a group keeps the name: the one whose kind the name is made for (fe01… for a Front End:
 * the others were renamed to it), else a pool (the FQDN users sign in to), else the oldest server (the
 * first in plan order: new servers are appended). The others, the newer ones, are renamed.
 */
function keeper(group: readonly Named[]): Named {
  const host = nameOf(group[0].pool ?? group[0].node!)
    .split('.')[0]
    .toLowerCase();
  const owns = group.filter((item) => new RegExp(`^${prefixOf(item)}[0-9]*$`).test(host));
  if (owns.length === 1) return owns[0];
  return group[0];
}

export const nameDuplicate: RuleDefinition = {
  id: 'NAME-DUPLICATE',
  severity: 'error',
  title: 'Every server and pool has a name of its own',
  check(ctx) {
    const out: Finding[] = [];
    const groups = duplicateGroups(
      ctx.pools.map((p) => p.pool),
      ctx.nodes,
    );
    for (const group of groups) {
      const first = group[0];
      const name = nameOf(first.pool ?? first.node!);
      const nodes = group.flatMap((g) => (g.node ? [g.node] : []));
      const pool = group.find((g) => g.pool)?.pool;
      out.push(
        finding(
          nameDuplicate,
          `The name ${name} is shared by ${list(group.map((g) => describe(ctx, g)))}. Every server and pool needs a name of its own: rename all but one.`,
          nodes,
          pool?.id,
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const groups = duplicateGroups(
      ctx.pools.map((p) => p.pool),
      ctx.nodes,
    );
    const group = groups.find((g) => g.some((i) => i.node && f.nodes.includes(i.node.id)) || g.some((i) => i.pool && i.pool.id === f.pool));
    if (!group) return [];
    const preferred = keeper(group);
    // The preferred keeper first; then, for a choice, each other item keeping the name.
    const keeps = [preferred, ...group.filter((g) => g !== preferred)];
    return keeps.map((keep): Fix => {
      const rename = group.filter((g) => g !== keep);
      const draft = new PlanDraft(ctx.plan);
      const next = rename.map((item) => draft.freeName(prefixOf(item)));
      const what =
        rename.length === 1
          ? `${describe(ctx, rename[0])} to ${next[0]}`
          : list(rename.map((item, i) => `${describe(ctx, item)} to ${next[i]}`));
      return {
        id: `keep-${keep.pool ? `pool-${keep.pool.id}` : keep.node!.id}`,
        label: `Rename ${what}${keep === preferred ? '' : ` (${describe(ctx, keep)} keeps the name)`}`,
        apply: (plan) =>
          edit(plan, (d) => {
            rename.forEach((item, i) => {
              if (item.pool) d.updatePool(item.pool.id, (p) => ({ ...p, name: next[i] }));
              else d.updateNode(item.node!.id, (n) => ({ ...n, name: next[i] }));
            });
          }),
      };
    });
  },
};
