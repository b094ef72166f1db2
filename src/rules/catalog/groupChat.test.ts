import { describe, expect, it } from 'vitest';
import { fixesFor } from '../fixes';
import { findingsOf, newErrors, PlanBuilder } from '../../../test/support/planBuilder';

/** An R2 SE pool with a Group Chat Server, its database on a SQL Server. */
function chatPlan() {
  const b = new PlanBuilder('2007-r2');
  const { se } = b.standardPool();
  const gc = b.node('group-chat-server');
  const db = b.node('sql-server', { databases: ['group-chat'] });
  b.link(gc, se).link(gc, db);
  return { b, se, gc, db };
}

describe('GROUPCHAT-MAX-SERVERS', () => {
  it('accepts three Group Chat Servers and flags a fourth', () => {
    const b = new PlanBuilder('2007-r2');
    const ids = [1, 2, 3].map(() => b.node('group-chat-server'));
    expect(findingsOf(b.build(), 'GROUPCHAT-MAX-SERVERS')).toEqual([]);
    ids.push(b.node('group-chat-server'));
    expect(findingsOf(b.build(), 'GROUPCHAT-MAX-SERVERS')).toEqual([expect.objectContaining({ severity: 'error', nodes: ids })]);
  });
});

describe('GROUPCHAT-DB', () => {
  it('accepts the chat database on a linked SQL Server', () => {
    expect(findingsOf(chatPlan().b.build(), 'GROUPCHAT-DB')).toEqual([]);
  });

  it('flags a Group Chat Server that keeps its own database, even with a linked one', () => {
    const { b, gc } = chatPlan();
    b.set(gc, { collocated: ['database'] });
    const [f] = findingsOf(b.build(), 'GROUPCHAT-DB');
    expect(f).toEqual(expect.objectContaining({ severity: 'error', nodes: [gc] }));
    expect(f.message).toContain('separate computers');
    // SERVER-COLLOCATION leaves this to GROUPCHAT-DB.
    expect(findingsOf(b.build(), 'SERVER-COLLOCATION')).toEqual([]);
  });

  it('flags a Group Chat Server without a linked chat database; the fix moves the database to the SQL Server', () => {
    const b = new PlanBuilder('2007-r2');
    const { se } = b.standardPool();
    const gc = b.node('group-chat-server', { collocated: ['database'] });
    const db = b.node('sql-server', { databases: ['monitoring'] });
    b.link(gc, se).link(b.node('monitoring-server'), db);
    const plan = b.build();
    const [f] = findingsOf(plan, 'GROUPCHAT-DB');
    const fixes = fixesFor(plan, f);
    expect(fixes.map((x) => x.id)).toEqual(['GROUPCHAT-DB/database-on-sql-server']);
    const after = fixes[0].apply(plan);
    expect(after.nodes.find((n) => n.id === gc)?.collocated).toBeUndefined();
    expect(after.nodes.find((n) => n.id === db)?.databases).toEqual(['monitoring', 'group-chat']);
    expect(findingsOf(after, 'GROUPCHAT-DB')).toEqual([]);
    expect(newErrors(plan, after)).toEqual([]);
  });
});

describe('GROUPCHAT-COMPLIANCE-DB', () => {
  it('accepts a collocated database, or a linked SQL node with compliance or the Group Chat database', () => {
    const { b, db } = chatPlan();
    b.node('group-chat-compliance-server', { collocated: ['database'] });
    b.link(b.node('group-chat-compliance-server'), db);
    b.link(b.node('group-chat-compliance-server'), b.node('sql-server', { databases: ['compliance'] }));
    expect(findingsOf(b.build(), 'GROUPCHAT-COMPLIANCE-DB')).toEqual([]);
  });

  it('flags a Compliance Server without one, and fixes it', () => {
    const { b } = chatPlan();
    const gcc = b.node('group-chat-compliance-server');
    const plan = b.build();
    const [f] = findingsOf(plan, 'GROUPCHAT-COMPLIANCE-DB');
    expect(f).toEqual(expect.objectContaining({ severity: 'error', nodes: [gcc] }));
    for (const fix of fixesFor(plan, f)) expect(findingsOf(fix.apply(plan), 'GROUPCHAT-COMPLIANCE-DB')).toEqual([]);
  });
});

describe('GROUPCHAT-NEEDS-POOL', () => {
  it('accepts a Group Chat Server linked to an R2 pool', () => {
    expect(findingsOf(chatPlan().b.build(), 'GROUPCHAT-NEEDS-POOL')).toEqual([]);
  });

  it('flags one linked to no pool', () => {
    const b = new PlanBuilder('2007-r2');
    b.standardPool();
    const gc = b.node('group-chat-server');
    expect(findingsOf(b.build(), 'GROUPCHAT-NEEDS-POOL')).toEqual([expect.objectContaining({ severity: 'error', nodes: [gc] })]);
  });

  it('flags one in a 2007 plan, linked or not (no R2 pool there)', () => {
    const b = new PlanBuilder('2007');
    const gc = b.node('group-chat-server');
    b.link(gc, b.standardPool().se);
    expect(findingsOf(b.build(), 'GROUPCHAT-NEEDS-POOL').map((f) => f.nodes)).toEqual([[gc]]);
  });
});
