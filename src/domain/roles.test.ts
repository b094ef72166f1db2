import { describe, expect, it } from 'vitest';
import { checkPlan } from '../rules';
import { roleOffer, DOMAIN_CONTROLLER } from './roles';
import { DEDICATED_KINDS, NODE_KINDS } from './plan';
import type { CollocatedRole, Plan } from './plan';
import { templatePlan } from './templates';
import { updateNode } from './operations';

const DEDICATED_ROLES: readonly CollocatedRole[] = ['web-conferencing', 'av-conferencing', 'web-components'];
/** Roles of plan version 2: what they break is judged by SERVER-COLLOCATION, a warning on OCS 2007 (the templates below), not an error. */
const V2_ROLES: readonly CollocatedRole[] = [
  'archiving',
  'monitoring',
  'mediation',
  'cwa',
  'group-chat',
  'compliance',
  'edge',
  'reverse-proxy',
  'exchange-um',
  'application-sharing',
  'database',
];
const errors = (plan: Plan) => checkPlan(plan).filter((f) => f.severity === 'error').length;

describe('the roles the inspector offers', () => {
  it('a back end never offers the Back-End SQL Server as a role of its own', () => {
    for (const config of [undefined, 'standard', 'consolidated', 'expanded'] as const) {
      const offer = roleOffer('back-end-sql', config);
      expect([...offer.builtIn, ...offer.mayAdd, ...offer.unsupported]).not.toContain('back-end-sql');
    }
  });

  it('a Standard Edition Server runs every service and its SQL Server Express itself', () => {
    const offer = roleOffer('standard-edition-server', 'standard');
    expect([...offer.builtIn].sort()).toEqual(
      ['av-conferencing', 'back-end-sql', 'im-conferencing', 'telephony-conferencing', 'web-components', 'web-conferencing'].sort(),
    );
    // Archiving and monitoring may run on it too (topology.md section 3); the other roles of version 2 may not.
    expect(offer.mayAdd).toEqual(['archiving', 'monitoring']);
    expect(offer.unsupported).toEqual(V2_ROLES.filter((r) => r !== 'archiving' && r !== 'monitoring'));
  });

  it('a Front End runs every conferencing role in a consolidated pool, IM and telephony conferencing in an expanded one', () => {
    expect(roleOffer('front-end-server', 'consolidated').builtIn).toHaveLength(5);
    expect(roleOffer('front-end-server', 'expanded').builtIn).toEqual(['im-conferencing', 'telephony-conferencing']);
    expect(roleOffer('front-end-server', 'expanded').unsupported).toEqual([
      'web-conferencing',
      'av-conferencing',
      'web-components',
      'back-end-sql',
      ...V2_ROLES,
    ]);
    expect(roleOffer('web-conferencing-server', 'expanded').builtIn).toEqual(['web-conferencing']);
  });

  it('each role is in one group at most; the domain controller is never among them; a load balancer has none', () => {
    for (const kind of NODE_KINDS) {
      const o = roleOffer(kind, 'expanded');
      const all = [...o.builtIn, ...o.mayAdd, ...o.unsupported];
      expect(new Set(all).size).toBe(all.length);
      expect(all).not.toContain(DOMAIN_CONTROLLER);
    }
    expect(roleOffer('hardware-load-balancer')).toEqual({ builtIn: [], mayAdd: [], unsupported: [] });
    expect(roleOffer('pstn')).toEqual({ builtIn: [], mayAdd: [], unsupported: [] });
  });

  it('the new kinds run their own role, and may add what the registry allows (topology.md section 3)', () => {
    expect(roleOffer('edge-server').builtIn).toEqual(['edge']);
    expect(roleOffer('edge-server').mayAdd).toEqual([]);
    expect(roleOffer('archiving-server').mayAdd).toEqual(['database']);
    expect(roleOffer('group-chat-compliance-server').mayAdd).toEqual(['database']);
    // The chat database must be on another computer.
    expect(roleOffer('group-chat-server').unsupported).toContain('database');
    // A SQL Server keeps role databases through `databases`, never as a role.
    expect(roleOffer('sql-server').unsupported).not.toContain('database');
  });

  // The offer agrees with the checks: on a valid plan, an offered role adds no error, an unsupported one does.
  for (const template of ['standard', 'consolidated', 'expanded'] as const) {
    it(`agrees with the rule catalog on the ${template} template`, () => {
      const plan = templatePlan(template);
      expect(errors(plan)).toBe(0);
      for (const node of plan.nodes) {
        const offer = roleOffer(node.kind, template);
        const withRole = (role: CollocatedRole) => updateNode(plan, node.id, { collocated: [role] });
        for (const role of [...offer.builtIn, ...offer.mayAdd]) {
          if (node.kind === 'front-end-server') continue; // one Front End alone differs from the others (FE-NOT-IDENTICAL)
          expect(errors(withRole(role)), `${node.kind} + ${role}`).toBe(0);
        }
        for (const role of offer.unsupported) {
          // A dedicated server with another dedicated server's role, and the roles of version 2: "never collocated"
          // (topology section 3), judged by SERVER-COLLOCATION, which is a warning on OCS 2007, where these templates are.
          if (DEDICATED_KINDS.includes(node.kind) && DEDICATED_ROLES.includes(role)) continue;
          if (V2_ROLES.includes(role)) continue;
          expect(errors(withRole(role)), `${node.kind} + ${role}`).toBeGreaterThan(0);
        }
      }
    });
  }
});
