/** OCS2007-64BIT: OCS 2007 server roles run on 32-bit Windows. */
import { kindDef } from '../../domain/kinds';
import { edit } from '../draft';
import { finding, nameOf, server } from '../format';
import type { Finding, RuleDefinition } from '../types';
import { R_SOURCES } from './voiceSources';

export const ocs2007Is32bit: RuleDefinition = {
  id: 'OCS2007-64BIT',
  severity: 'warning',
  title: 'OCS 2007 server roles run on 32-bit Windows',
  source: R_SOURCES.R18,
  check(ctx) {
    const out: Finding[] = [];
    if (ctx.ocsVersion !== '2007') return out;
    for (const node of ctx.nodes) {
      if (node.is64bit !== true || !kindDef(node.kind)?.ocsRole) continue;
      out.push(
        finding(
          ocs2007Is32bit,
          `${server(node)} is planned as 64-bit. OCS 2007 server roles run on 32-bit Windows Server 2003 (64-bit needs OCS 2007 R2): plan it as a 32-bit server.`,
          [node],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const node = ctx.node(f.nodes[0]);
    if (!node) return [];
    return [
      {
        id: 'make-32bit',
        label: `Make ${nameOf(node)} 32-bit`,
        apply: (plan) => edit(plan, (d) => d.updateNode(node.id, (n) => ({ ...n, is64bit: false }))),
      },
    ];
  },
};
