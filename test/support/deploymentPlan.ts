/**
 * A large plan of the whole deployment, for the rules benchmark: the R2 full data centre template (pools, a
 * Director, Edge, reverse proxy, Mediation Server and gateway, Archiving, Monitoring, CWA, Group Chat) copied side
 * by side until the plan holds about `servers` servers, each copy a site of its own with its own ids and names. Group
 * Chat (at most three servers in a deployment) and Communicator Web Access (one array, behind one load balancer) stay
 * in the first copy. Deterministic.
 */
import { templatePlan } from '../../src/domain/templates';
import type { Plan } from '../../src/domain/plan';

export function makeDeploymentPlan(servers: number): Plan {
  const unit = templatePlan('r2-data-centre');
  const width = 4000;
  const plan: Plan = { ...unit, name: 'Whole deployment', pools: [], nodes: [], links: [], sites: [] };
  delete plan.zones;
  const central = new Set(unit.nodes.filter((n) => n.kind.startsWith('group-chat') || n.kind === 'cwa-server').map((n) => n.id));
  // The first copy holds everything; the others all but the central services.
  const copies = 1 + Math.max(0, Math.round((servers - unit.nodes.length) / (unit.nodes.length - central.size)));
  plan.name = `Whole deployment, ${copies} sites`;
  for (let c = 0; c < copies; c++) {
    plan.sites!.push({ id: `s${c}`, name: `Site ${c + 1}`, ...(c === 0 ? { central: true } : {}) });
    const id = (x: string) => `${x}-${c}`;
    // The copy's number goes into the first label: server names stay unique and look like names.
    const name = (n: string) => n.replace(/^([^.]+)/, `$1-${c}`);
    const dx = (c % 10) * width;
    const dy = Math.floor(c / 10) * 3000;
    for (const p of unit.pools) {
      plan.pools.push({
        ...p,
        id: id(p.id),
        name: name(p.name),
        ...(p.position ? { position: { ...p.position, x: p.position.x + dx, y: p.position.y + dy } } : {}),
      });
    }
    for (const n of unit.nodes) {
      if (c > 0 && central.has(n.id)) continue;
      plan.nodes.push({
        ...n,
        site: `s${c}`,
        id: id(n.id),
        name: name(n.name),
        ...(n.pool === undefined ? {} : { pool: id(n.pool) }),
        position: { ...n.position, x: n.position.x + dx, y: n.position.y + dy },
      });
    }
    for (const l of unit.links) {
      if (c > 0 && (central.has(l.from) || central.has(l.to))) continue;
      plan.links.push({ ...l, id: id(l.id), from: id(l.from), to: id(l.to) });
    }
  }
  return plan;
}
