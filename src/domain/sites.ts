/** The plan's sites: add, rename, remove (pure; each returns a new plan). */
import type { Plan, PlanNode, Site } from './plan';

/** A new site named "Site N" (the first N no site has), with the first free id s1, s2, ... */
export function addSite(plan: Plan, name?: string): { plan: Plan; id: string } {
  const sites = plan.sites ?? [];
  const ids = new Set(sites.map((s) => s.id));
  const names = new Set(sites.map((s) => s.name));
  let i = 1;
  while (ids.has(`s${i}`)) i++;
  const id = `s${i}`;
  let n = sites.length + 1;
  while (names.has(`Site ${n}`)) n++;
  const site: Site = { id, name: name ?? `Site ${n}` };
  return { plan: { ...plan, sites: [...sites, site] }, id };
}

export function renameSite(plan: Plan, id: string, name: string): Plan {
  if (!plan.sites?.some((s) => s.id === id)) return plan;
  return { ...plan, sites: plan.sites.map((s) => (s.id === id ? { ...s, name } : s)) };
}

/** Removes a site; its nodes go back to the central site (their `site` is dropped). */
export function removeSite(plan: Plan, id: string): Plan {
  if (!plan.sites?.some((s) => s.id === id)) return plan;
  const sites = plan.sites.filter((s) => s.id !== id);
  const nodes = plan.nodes.map((n): PlanNode => {
    if (n.site !== id) return n;
    const { site: _site, ...rest } = n;
    return rest;
  });
  const next: Plan = { ...plan, nodes };
  if (sites.length > 0) next.sites = sites;
  else delete next.sites;
  return next;
}

/** The site a node is in, by name: "Central site" for none. */
export function siteName(plan: Pick<Plan, 'sites'>, node: Pick<PlanNode, 'site'>): string {
  return plan.sites?.find((s) => s.id === node.site)?.name ?? 'Central site';
}
