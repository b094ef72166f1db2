/**
 * The values the deployment report needs beyond the drawing (plan format 2's optional fields), with the
 * defaults derived from the plan where a field is absent. One pure function, shared by the report and by
 * the inspector (which shows the defaults as placeholders).
 */
import type { EdgeService, EdgeServiceValues, Plan, PlanNode, Pool, Site } from '../domain/plan';
import { EDGE_SERVICES, purposeOf } from '../domain/plan';

export interface ReportInputs {
  /** The plan's SIP domains, else the default. */
  sipDomains: string[];
  /** The domain part of the pool FQDNs (after the first label), in plan order, each once; else of any server FQDN. */
  defaultSipDomains: string[];
  /** The pool designated for automatic sign-in: the plan's (where it names a pool), else the default. */
  autoSignInPool?: string;
  /** The first pool with purpose "users". */
  defaultAutoSignInPool?: string;
  /** Per pool id: its internal web farm FQDN (default: the pool FQDN). */
  webInternalFqdn: Record<string, string>;
  /** Per pool id: its external web farm FQDN, where the plan gives one (no default). */
  webExternalFqdn: Record<string, string>;
  /** Per Edge Server id: the external FQDN of each service it runs (the plan's, else the default). */
  edgeExternalFqdns: Record<string, EdgeServiceValues>;
  /** Per Edge Server id: the default external FQDN of each service it runs. */
  defaultEdgeExternalFqdns: Record<string, EdgeServiceValues>;
}

/** The label each edge service's default external name starts with. */
export const EDGE_NAME_PREFIX: Record<EdgeService, string> = { access: 'sip', 'web-conferencing': 'webconf', av: 'av' };

/** The domain part of an FQDN: everything after the first label; undefined for a single label. */
export function domainOf(fqdn: string): string | undefined {
  const name = fqdn.trim().toLowerCase().replace(/\.$/, '');
  const dot = name.indexOf('.');
  if (dot <= 0 || dot === name.length - 1) return undefined;
  return name.slice(dot + 1);
}

function distinctDomains(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const name of names) {
    const d = domainOf(name);
    if (d !== undefined && !out.includes(d)) out.push(d);
  }
  return out;
}

function edgeServices(node: PlanNode): readonly EdgeService[] {
  return node.edgeServices && node.edgeServices.length > 0 ? node.edgeServices : EDGE_SERVICES;
}

/** A site's name as a DNS label: lower case, letters, digits and hyphens. */
function siteLabel(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Default external names of the Edge Servers: Edge Servers of one site are one array (or the computers of
 * one 2007 Edge topology) and share `sip.`, `webconf.` and `av.<first SIP domain>` (an array publishes its
 * VIP's names); the Edge Servers of every other site get the site's name after the prefix
 * (`webconf-dublin.contoso.com`), so no two sites publish one name.
 */
function defaultEdgeNames(plan: Plan, domain: string | undefined): Record<string, EdgeServiceValues> {
  const out: Record<string, EdgeServiceValues> = {};
  if (domain === undefined) return out;
  const edges = plan.nodes.filter((n) => n.kind === 'edge-server');
  // The central site's Edges (no site, a site not in the plan, or one marked central) get the plain names.
  const sites = new Map<string, Site>();
  for (const site of plan.sites ?? []) if (!sites.has(site.id)) sites.set(site.id, site);
  const siteOf = (n: PlanNode): string => {
    const site = n.site === undefined ? undefined : sites.get(n.site);
    return !site || site.central ? '' : site.id;
  };
  const labels = new Map<string, string>();
  const used = new Set<string>(['']);
  for (const n of edges) {
    const key = siteOf(n);
    if (labels.has(key)) continue;
    if (key === '') {
      labels.set(key, '');
      continue;
    }
    const name = sites.get(key)?.name ?? key;
    let label = siteLabel(name) || 'site';
    for (let i = 2; used.has(label); i++) label = `${siteLabel(name) || 'site'}${i}`;
    used.add(label);
    labels.set(key, label);
  }
  for (const n of edges) {
    const label = labels.get(siteOf(n)) ?? '';
    const values: EdgeServiceValues = {};
    for (const s of edgeServices(n)) values[s] = `${EDGE_NAME_PREFIX[s]}${label ? `-${label}` : ''}.${domain}`;
    out[n.id] = values;
  }
  return out;
}

function firstUserPool(pools: readonly Pool[]): Pool | undefined {
  return pools.find((p) => purposeOf(p) === 'users');
}

export function resolveReportInputs(plan: Plan): ReportInputs {
  const fromPools = distinctDomains(plan.pools.map((p) => p.name));
  const defaultSipDomains = fromPools.length > 0 ? fromPools : distinctDomains(plan.nodes.map((n) => n.name));
  const given = (plan.sipDomains ?? []).map((d) => d.trim().toLowerCase()).filter((d) => d.length > 0);
  const sipDomains = given.length > 0 ? [...new Set(given)] : defaultSipDomains;

  const defaultAutoSignInPool = firstUserPool(plan.pools)?.id;
  const autoSignInPool =
    plan.autoSignInPool !== undefined && plan.pools.some((p) => p.id === plan.autoSignInPool) ? plan.autoSignInPool : defaultAutoSignInPool;

  const webInternalFqdn: Record<string, string> = {};
  const webExternalFqdn: Record<string, string> = {};
  for (const p of plan.pools) {
    webInternalFqdn[p.id] = p.webInternalFqdn?.trim() || p.name;
    const ext = p.webExternalFqdn?.trim();
    if (ext) webExternalFqdn[p.id] = ext;
  }

  const defaultEdgeExternalFqdns = defaultEdgeNames(plan, sipDomains[0]);
  const edgeExternalFqdns: Record<string, EdgeServiceValues> = {};
  for (const n of plan.nodes) {
    if (n.kind !== 'edge-server') continue;
    const values: EdgeServiceValues = {};
    for (const s of edgeServices(n)) {
      const v = n.externalFqdns?.[s]?.trim() || defaultEdgeExternalFqdns[n.id]?.[s];
      if (v) values[s] = v;
    }
    edgeExternalFqdns[n.id] = values;
  }

  return {
    sipDomains,
    defaultSipDomains,
    ...(autoSignInPool !== undefined ? { autoSignInPool } : {}),
    ...(defaultAutoSignInPool !== undefined ? { defaultAutoSignInPool } : {}),
    webInternalFqdn,
    webExternalFqdn,
    edgeExternalFqdns,
    defaultEdgeExternalFqdns,
  };
}
