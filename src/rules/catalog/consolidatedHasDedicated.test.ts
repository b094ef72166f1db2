import { describe, expect, it } from 'vitest';
import { findingsOf, PlanBuilder } from '../../../test/support/planBuilder';

describe('CONSOLIDATED-HAS-DEDICATED', () => {
  it('flags a dedicated server in a consolidated pool, with the message of the doc', () => {
    const b = new PlanBuilder();
    const { pool } = b.enterprisePool();
    const av = b.node('av-conferencing-server', { pool });
    const [f] = findingsOf(b.build(), 'CONSOLIDATED-HAS-DEDICATED');
    expect(f).toMatchObject({ severity: 'error', pool, nodes: [av] });
    expect(f.message).toBe(
      'Pool pool01.contoso.com is consolidated but holds the dedicated A/V Conferencing Server av01.contoso.com. Switch the pool to expanded, or remove the server.',
    );
  });

  it('treats an Enterprise pool without a configuration as consolidated', () => {
    const b = new PlanBuilder();
    const { pool } = b.enterprisePool();
    b.pools[0] = { id: pool, name: 'pool01.contoso.com', edition: 'enterprise' };
    b.node('web-components-server', { pool });
    expect(findingsOf(b.build(), 'CONSOLIDATED-HAS-DEDICATED')).toHaveLength(1);
  });

  it('accepts dedicated servers in an expanded pool', () => {
    const b = new PlanBuilder();
    b.enterprisePool('expanded');
    expect(findingsOf(b.build(), 'CONSOLIDATED-HAS-DEDICATED')).toEqual([]);
  });
});
