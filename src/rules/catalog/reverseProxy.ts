/** A reverse proxy publishes a pool's Web Components. */
import type { PlanNode } from '../../domain/plan';
import { edit } from '../draft';
import { finding, nameOf, server } from '../format';
import { R_SOURCES } from '../../domain/sources';
import { linkedTo } from '../planIndex';
import { isWebComponents, userPools, webEntry } from '../perimeterNodes';
import type { Finding, RuleDefinition } from '../types';

export const rpTarget: RuleDefinition = {
  id: 'RP-TARGET',
  severity: 'error',
  title: "A reverse proxy publishes a pool's Web Components",
  source: R_SOURCES.R74,
  sources: { '2007': R_SOURCES.R76 },
  check(ctx) {
    const out: Finding[] = [];
    for (const rp of ctx.ofKind('reverse-proxy')) {
      if (linkedTo(ctx, rp).some((n) => isWebComponents(ctx, n))) continue;
      out.push(
        finding(
          rpTarget,
          `${server(rp, ctx.ocsVersion)} is not linked to a pool's Web Components. A reverse proxy publishes the Web Components (address book, meeting content, group expansion) to external users: link it to a Web Components Server's load balancer, a consolidated pool's Front End load balancer or a Standard Edition Server.`,
          [rp],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const rp = ctx.node(f.nodes[0]);
    if (!rp) return [];
    const target = userPools(ctx)
      .map((p) => webEntry(ctx, p))
      .find((n): n is PlanNode => n !== undefined);
    if (!target) return [];
    return [
      {
        id: 'link-web-components',
        label: `Link ${nameOf(rp)} to ${nameOf(target)}`,
        apply: (plan) => edit(plan, (d) => d.link(rp.id, target.id)),
      },
    ];
  },
};
