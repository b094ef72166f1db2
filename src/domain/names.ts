/** Server and pool names: new names that do not collide, and the plan's usual domain. */
import type { Plan } from './plan';

export const DEFAULT_DOMAIN = 'contoso.com';

/** The domain most names in the plan end with (everything after the first label). */
export function planDomain(plan: Pick<Plan, 'nodes' | 'pools'>): string {
  const counts = new Map<string, number>();
  for (const item of [...plan.nodes, ...plan.pools]) {
    const dot = item.name.indexOf('.');
    if (dot <= 0 || dot === item.name.length - 1) continue;
    const domain = item.name.slice(dot + 1).toLowerCase();
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  let best = DEFAULT_DOMAIN;
  let bestCount = 0;
  for (const [domain, count] of counts) {
    if (count > bestCount) {
      best = domain;
      bestCount = count;
    }
  }
  return best;
}

/** Every name in the plan, lower-cased (names are DNS names: case does not distinguish them). */
export function takenNames(plan: Pick<Plan, 'nodes' | 'pools'>): Set<string> {
  const taken = new Set<string>();
  for (const item of plan.nodes) taken.add(item.name.toLowerCase());
  for (const item of plan.pools) taken.add(item.name.toLowerCase());
  return taken;
}

/** `prefix01.domain`, `prefix02.domain`, ...: the first not in `taken`; adds it to `taken`. */
export function nextName(prefix: string, domain: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = `${prefix}${String(i).padStart(2, '0')}.${domain}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * A copy's name: the same host name with the next free number,
 * `fe01.contoso.com` -> `fe05.contoso.com` when 02-04 are taken; `web.contoso.com` -> `web-2.contoso.com`.
 */
export function copyName(original: string, taken: Set<string>): string {
  const dot = original.indexOf('.');
  const host = dot > 0 ? original.slice(0, dot) : original;
  const rest = dot > 0 ? original.slice(dot) : '';
  const m = /^(.*?)(\d+)$/.exec(host);
  const stem = m ? m[1] : `${host}-`;
  const width = m ? m[2].length : 1;
  for (let i = m ? Number(m[2]) + 1 : 2; ; i++) {
    const name = `${stem}${String(i).padStart(width, '0')}${rest}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** Ids: short, unique within the plan. */
export function idFactory(plan: Pick<Plan, 'nodes' | 'pools' | 'links'>): (prefix: string) => string {
  const taken = new Set<string>();
  for (const n of plan.nodes) taken.add(n.id);
  for (const p of plan.pools) taken.add(p.id);
  for (const l of plan.links) taken.add(l.id);
  const counters = new Map<string, number>();
  return (prefix: string) => {
    let i = counters.get(prefix) ?? 1;
    while (taken.has(`${prefix}${i}`)) i++;
    const id = `${prefix}${i}`;
    taken.add(id);
    counters.set(prefix, i + 1);
    return id;
  };
}
