/**
 * Issue 9, phase B: a small Enterprise Voice plan built from the palette (pool, basic media gateway, PSTN,
 * Mediation Server); its findings GATEWAY-NEEDS-MEDIATION and MEDIATION-NEXT-HOP, and their fixes.
 */
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

const emptyPlan = { format: 'ocs-topology-plan', version: 2, name: 'Voice', ocsVersion: '2007-r2', pools: [], nodes: [], links: [] };

test.describe('Enterprise Voice', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
    await d.loadPlan(emptyPlan);
  });

  test('a basic gateway without a Mediation Server: the finding, its fix, then a Mediation Server from the palette and its next hop', async () => {
    // A Standard Edition pool, and its server dropped into its box.
    await d.dropFromPalette('pool-standard', { x: 700, y: 120 });
    const canvas = (await d.canvas.boundingBox())!;
    const box = (await d.node('sepool01.contoso.com').boundingBox())!;
    await d.dropFromPalette('standard-edition-server', { x: box.x - canvas.x + box.width / 2, y: box.y - canvas.y + box.height / 2 });
    await expect(d.nodesOfKind('standard-edition-server')).toHaveCount(1);
    expect((await d.plan()).nodes[0].pool).toBeDefined();
    await d.dropFromPalette('media-gateway', { x: 260, y: 160 });
    await d.dropFromPalette('pstn', { x: 260, y: 420 });
    await d.connect('pstn01.contoso.com', 'gw01.contoso.com');

    const needs = d.findingsOf('GATEWAY-NEEDS-MEDIATION');
    await expect(needs).toHaveCount(1);
    await expect(needs).toHaveAttribute('data-severity', 'error');
    await expect(needs).toContainText('gw01.contoso.com');
    await expect(needs.getByRole('link')).toHaveAttribute('href', /microsoft\.com/);

    // The fix adds a Mediation Server linked to the gateway and to the pool's SE server.
    await needs
      .getByTestId('finding-fix')
      .filter({ hasText: /Add a Mediation Server/ })
      .click();
    await expect(d.findingsOf('GATEWAY-NEEDS-MEDIATION')).toHaveCount(0);
    await expect(d.nodesOfKind('mediation-server')).toHaveCount(1);
    let plan = await d.plan();
    const med = plan.nodes.find((n) => n.kind === 'mediation-server')!;
    const gw = plan.nodes.find((n) => n.kind === 'media-gateway')!;
    const se = plan.nodes.find((n) => n.kind === 'standard-edition-server')!;
    const peers = plan.links.filter((l) => l.from === med.id || l.to === med.id).map((l) => (l.from === med.id ? l.to : l.from));
    expect(peers.sort()).toEqual([gw.id, se.id].sort());
    await expect(d.findingsOf('MEDIATION-NEXT-HOP')).toHaveCount(0);

    // A second Mediation Server from the palette has no next hop and no gateway.
    await d.dropFromPalette('mediation-server', { x: 500, y: 480 });
    await expect(d.nodesOfKind('mediation-server')).toHaveCount(2);
    const hop = d.findingsOf('MEDIATION-NEXT-HOP');
    await expect(hop).toHaveCount(1);
    await expect(hop).toContainText('med02.contoso.com');
    await expect(d.findingsOf('MEDIATION-NEEDS-GATEWAY')).toHaveCount(1);
    await hop.getByTestId('finding-fix').first().click();
    await expect(d.findingsOf('MEDIATION-NEXT-HOP')).toHaveCount(0);
    plan = await d.plan();
    const med2 = plan.nodes.find((n) => n.name === 'med02.contoso.com')!;
    expect(plan.links.some((l) => (l.from === med2.id && l.to === se.id) || (l.from === se.id && l.to === med2.id))).toBe(true);

    // A second basic gateway on the first Mediation Server breaks the 1:1 pairing.
    await d.connect('med02.contoso.com', 'gw01.contoso.com');
    await expect(d.findingsOf('MEDIATION-GATEWAY-1TO1')).toHaveCount(1);
  });
});
