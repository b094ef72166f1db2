/** Each kind in the zone it belongs in (topology.md section 2), and only the kinds the plan's OCS version has. */
import type { KindDef } from '../../domain/kinds';
import { kindDef, OCS_VERSION_LABELS } from '../../domain/kinds';
import type { PlanNode, Zone } from '../../domain/plan';
import { NODE_KINDS, zoneOf } from '../../domain/plan';
import { edit } from '../draft';
import { finding, list, nameOf, server } from '../format';
import { R_SOURCES } from '../../domain/sources';
import type { Finding, RuleDefinition } from '../types';

/**
 * The zones a node may be in: its kind's zones; a load balancer given a `side` stands in front of Edge Servers,
 * in the perimeter network. Undefined for a kind the registry does not know (no rule judges it).
 */
export function allowedZones(node: PlanNode): readonly Zone[] | undefined {
  const def = DEFS.get(node.kind);
  if (!def) return undefined;
  if (node.kind === 'hardware-load-balancer' && node.side !== undefined) return PERIMETER_ONLY;
  return def.zones;
}

/** The registry by kind, as a map: both rules run over every node of the plan. */
const DEFS: ReadonlyMap<string, KindDef> = new Map(NODE_KINDS.map((k) => [k, kindDef(k)!]));
const PERIMETER_ONLY: readonly Zone[] = ['perimeter'];

const ZONE_NAMES: Record<Zone, string> = {
  internal: 'internal network',
  perimeter: 'perimeter network',
  external: 'external zone (the Internet)',
};
const zoneName = (z: Zone) => ZONE_NAMES[z];

export const zonePlacement: RuleDefinition = {
  id: 'ZONE-PLACEMENT',
  severity: 'error',
  title: 'Each server sits in the network zone its role belongs in',
  source: R_SOURCES.R21,
  sources: { '2007': R_SOURCES.R20 },
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.nodes) {
      const zones = allowedZones(node);
      const zone = zoneOf(node);
      if (!zones || zones.includes(zone)) continue;
      const sided = node.kind === 'hardware-load-balancer' && node.side !== undefined;
      out.push(
        finding(
          zonePlacement,
          `${server(node, ctx.ocsVersion)} is in the ${zoneName(zone)}, but ${sided ? 'a load balancer in front of Edge Servers' : `${kindOf(node)}`} belongs in the ${list(zones.map(zoneName), 'or')}. Move it there.`,
          [node],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const node = ctx.node(f.nodes[0]);
    const zones = node && allowedZones(node);
    if (!node || !zones || zones.length === 0) return [];
    const target = zones[0];
    return [
      {
        id: 'move-to-zone',
        label: `Move ${nameOf(node)} into the ${zoneName(target)}`,
        apply: (plan) => edit(plan, (d) => d.updateNode(node.id, (n) => ({ ...n, zone: target }))),
      },
    ];
  },
};

function kindOf(node: PlanNode): string {
  const def = DEFS.get(node.kind)!;
  return /^[AEIOU]/.test(def.label) ? `an ${def.label}` : `a ${def.label}`;
}

export const versionKind: RuleDefinition = {
  id: 'VERSION-KIND',
  severity: 'error',
  title: "Only the server roles the plan's OCS version has",
  source: R_SOURCES.R1,
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.nodes) {
      const def = DEFS.get(node.kind);
      if (!def || def.versions.includes(ctx.ocsVersion)) continue;
      const reason = def.missingReason ?? `${OCS_VERSION_LABELS[ctx.ocsVersion]} has no ${def.label}.`;
      out.push(
        finding(versionKind, `${server(node, ctx.ocsVersion)}: ${reason} Remove it, or plan for ${OCS_VERSION_LABELS[def.versions[0]]}.`, [
          node,
        ]),
      );
    }
    return out;
  },
};
