/** OCS2007-64BIT: OCS 2007 server roles run on 32-bit Windows. */
import { kindDef } from '../../domain/kinds';
import { setOnFirstNode } from '../nodeFix';
import { finding, nameOf, server } from '../format';
import type { Finding, RuleDefinition } from '../types';
import { R_SOURCES } from '../../domain/sources';

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
          `${server(node, ctx.ocsVersion)} is planned as 64-bit. OCS 2007 server roles run on 32-bit Windows Server 2003 (64-bit needs OCS 2007 R2): plan it as a 32-bit server.`,
          [node],
        ),
      );
    }
    return out;
  },
  fixes: setOnFirstNode('make-32bit', (node) => `Make ${nameOf(node)} 32-bit`, { is64bit: false }),
};
