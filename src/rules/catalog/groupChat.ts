/** R2 Group Chat: at most three servers, the chat and compliance databases, an R2 pool. */
import { finding, names, server } from '../format';
import type { Finding, RuleDefinition } from '../types';
import { hasRoleDatabase, linkedPools } from './linked';
import { roleDatabaseFixes } from './roleDatabaseFixes';
import { R_SOURCES } from '../../domain/sources';

export const GROUP_CHAT_MAX_SERVERS = 3;

export const groupChatMaxServers: RuleDefinition = {
  id: 'GROUPCHAT-MAX-SERVERS',
  severity: 'error',
  title: 'At most three Group Chat Servers',
  source: R_SOURCES.R53,
  check(ctx) {
    const servers = ctx.ofKind('group-chat-server');
    if (servers.length <= GROUP_CHAT_MAX_SERVERS) return [];
    return [
      finding(
        groupChatMaxServers,
        `The plan has ${servers.length} Group Chat Servers (${names(servers)}). A Group Chat deployment has at most ${GROUP_CHAT_MAX_SERVERS}: remove the others.`,
        servers,
      ),
    ];
  },
};

export const groupChatDb: RuleDefinition = {
  id: 'GROUPCHAT-DB',
  severity: 'error',
  title: 'The Group Chat database is on another computer',
  source: R_SOURCES.R53,
  check(ctx) {
    const out: Finding[] = [];
    for (const gc of ctx.ofKind('group-chat-server')) {
      const collocated = gc.collocated?.includes('database') ?? false;
      const linked = hasRoleDatabase(ctx, gc, ['group-chat'], false);
      if (!collocated && linked) continue;
      const message = collocated
        ? `${server(gc, ctx.ocsVersion)} keeps its own database. The Group Chat Server and its database must be on separate computers: keep the Group Chat database on a linked SQL Server.`
        : `${server(gc, ctx.ocsVersion)} has no Group Chat database. Keep it on a linked SQL Server that lists the Group Chat database.`;
      out.push(finding(groupChatDb, message, [gc]));
    }
    return out;
  },
  fixes(ctx, f) {
    const gc = ctx.node(f.nodes[0]);
    return gc ? roleDatabaseFixes(ctx, gc, 'group-chat') : [];
  },
};

export const groupChatComplianceDb: RuleDefinition = {
  id: 'GROUPCHAT-COMPLIANCE-DB',
  severity: 'error',
  title: 'A Group Chat Compliance Server has its database',
  source: R_SOURCES.R53,
  check(ctx) {
    const out: Finding[] = [];
    for (const gcc of ctx.ofKind('group-chat-compliance-server')) {
      if (hasRoleDatabase(ctx, gcc, ['compliance', 'group-chat'])) continue;
      out.push(
        finding(
          groupChatComplianceDb,
          `${server(gcc, ctx.ocsVersion)} has no compliance database. Keep it on the server itself, or on a linked SQL Server that lists the compliance or the Group Chat database.`,
          [gcc],
        ),
      );
    }
    return out;
  },
  fixes(ctx, f) {
    const gcc = ctx.node(f.nodes[0]);
    return gcc ? roleDatabaseFixes(ctx, gcc, 'compliance') : [];
  },
};

export const groupChatNeedsPool: RuleDefinition = {
  id: 'GROUPCHAT-NEEDS-POOL',
  severity: 'error',
  title: 'Group Chat works with an OCS 2007 R2 pool',
  source: R_SOURCES.R53,
  check(ctx) {
    const out: Finding[] = [];
    const r2 = ctx.ocsVersion === '2007-r2';
    for (const gc of ctx.ofKind('group-chat-server')) {
      if (r2 && linkedPools(ctx, gc).length > 0) continue;
      out.push(
        finding(
          groupChatNeedsPool,
          `${server(gc, ctx.ocsVersion)} is not linked to an OCS 2007 R2 pool or Standard Edition Server. Group Chat needs OCS 2007 R2 deployed first: link it to the pool its users are on.`,
          [gc],
        ),
      );
    }
    return out;
  },
};
