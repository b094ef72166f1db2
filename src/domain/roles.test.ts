import { describe, expect, it } from 'vitest';
import { checkPlan } from '../rules';
import { roleOffer, DOMAIN_CONTROLLER } from './roles';
import { DEDICATED_KINDS, NODE_KINDS } from './plan';
import type { CollocatedRole, Plan } from './plan';
import { templatePlan } from './templates';
import { updateNode } from './operations';

const DEDICATED_ROLES: readonly CollocatedRole[] = ['web-conferencing', 'av-conferencing', 'web-components'];
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
    expect(offer.mayAdd).toEqual([]);
    expect(offer.unsupported).toEqual([]);
  });

  it('a Front End runs every conferencing role in a consolidated pool, IM and telephony conferencing in an expanded one', () => {
    expect(roleOffer('front-end-server', 'consolidated').builtIn).toHaveLength(5);
    expect(roleOffer('front-end-server', 'expanded').builtIn).toEqual(['im-conferencing', 'telephony-conferencing']);
    expect(roleOffer('front-end-server', 'expanded').unsupported).toEqual(['web-conferencing', 'av-conferencing', 'web-components', 'back-end-sql']);
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
          // A dedicated server with another dedicated server's role: "never collocated" (topology section 3),
          // a rule the catalog does not have yet (SERVER-COLLOCATION).
          if (DEDICATED_KINDS.includes(node.kind) && DEDICATED_ROLES.includes(role)) continue;
          expect(errors(withRole(role)), `${node.kind} + ${role}`).toBeGreaterThan(0);
        }
      }
    });
  }
});
