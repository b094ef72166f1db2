/**
 * Issue 9, phase B: the perimeter rules as a user meets them. An Edge Server is dropped next to a Director,
 * put in the wrong zone, linked to one Director Front End: each finding is read and its fix applied, and
 * the app lists the same findings as `ocs-topology check`.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Designer } from './pages/designer';

/** The findings the CLI prints for the plan, as the app shows them: rule and message. */
function cliFindings(plan: unknown): { rule: string; message: string }[] {
  // `check` exits 1 when the plan has errors: read its output either way.
  const run = spawnSync('node', ['bin/ocs-topology.mjs', 'check', '-', '--json'], { input: JSON.stringify(plan), encoding: 'utf8' });
  const out = JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] };
  return out.findings.map(({ rule, message }) => ({ rule, message }));
}

async function appFindings(page: Page): Promise<{ rule: string; message: string }[]> {
  const items = page.getByTestId('findings').getByTestId('finding');
  const out: { rule: string; message: string }[] = [];
  for (const item of await items.all())
    out.push({ rule: (await item.getAttribute('data-rule'))!, message: (await item.getByTestId('finding-message').textContent())! });
  return out;
}

test.describe('perimeter rules', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
  });

  test('R2 remote access is offered on the empty canvas and starts clean', async ({ page }) => {
    await page.getByTestId('template-r2-remote-access').click();
    await expect(d.nodesOfKind('edge-server')).toHaveCount(1);
    await expect(d.nodesOfKind('reverse-proxy')).toHaveCount(1);
    const plan = await d.plan();
    expect(plan.ocsVersion).toBe('2007-r2');
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('count-warning')).toHaveAttribute('data-count', '0');
    expect(cliFindings(plan)).toEqual([]);
  });

  test('an Edge Server dropped beside a Director: wrong zone, no next hop, one Director Front End; each fix works', async ({ page }) => {
    await page.getByTestId('template-r2-remote-access').click();
    await expect(d.nodesOfKind('edge-server')).toHaveCount(1);
    // Take the template's Edge Server away, and drop a new one from the palette.
    await d.selectNode('edge01.contoso.com');
    await d.press('Delete');
    await expect(d.nodesOfKind('edge-server')).toHaveCount(0);
    // Into the perimeter network's region (a drop sets the zone of the region it lands in), below the reverse proxy.
    const region = (await page.getByTestId('zone-perimeter').boundingBox())!;
    const canvas = (await d.canvas.boundingBox())!;
    await d.dropFromPalette('edge-server', { x: region.x - canvas.x + region.width / 2, y: region.y - canvas.y + region.height * 0.85 });
    await expect(d.nodesOfKind('edge-server')).toHaveCount(1);
    expect((await d.plan()).nodes.find((n) => n.kind === 'edge-server')).toMatchObject({ zone: 'perimeter' });

    // Not linked: the Edge Server has no internal next hop.
    const hop = d.findingsOf('EDGE-INTERNAL-HOP');
    await expect(hop).toHaveCount(1);
    await expect(hop).toHaveAttribute('data-severity', 'error');
    await expect(hop).toContainText('edge01.contoso.com is not linked to a Director');
    expect(await appFindings(page)).toEqual(cliFindings(await d.plan()));

    // Put in the internal network through the inspector: ZONE-PLACEMENT, fixed in one click.
    await page.getByTestId('inspector-zone').selectOption('internal');
    const zone = d.findingsOf('ZONE-PLACEMENT');
    await expect(zone).toHaveCount(1);
    await expect(zone).toContainText('belongs in the perimeter network');
    await zone.getByTestId('finding-fix').click();
    await expect(d.findingsOf('ZONE-PLACEMENT')).toHaveCount(0);
    expect((await d.plan()).nodes.find((n) => n.kind === 'edge-server')).toMatchObject({ zone: 'perimeter' });

    // Linked straight to one Director Front End: EDGE-DIRECTOR-VIP; its fix links the Director's load balancer instead.
    await d.connect('edge01.contoso.com', 'dir01.contoso.com');
    await expect(d.findingsOf('EDGE-INTERNAL-HOP')).toHaveCount(0);
    const vip = d.findingsOf('EDGE-DIRECTOR-VIP');
    await expect(vip).toHaveCount(1);
    await expect(vip).toContainText('Use the virtual IP address of the Director array');
    expect(await appFindings(page)).toEqual(cliFindings(await d.plan()));
    const fix = vip.getByTestId('finding-fix');
    await expect(fix).toHaveText("Link edge01.contoso.com to the Director's load balancer hlb01.contoso.com instead of dir01.contoso.com");
    await fix.click();
    await expect(d.findingsOf('EDGE-DIRECTOR-VIP')).toHaveCount(0);
    const plan = await d.plan();
    const edge = plan.nodes.find((n) => n.kind === 'edge-server')!;
    const names = plan.links
      .filter((l) => l.from === edge.id || l.to === edge.id)
      .map((l) => plan.nodes.find((n) => n.id === (l.from === edge.id ? l.to : l.from))!.name);
    expect(names).toEqual(['hlb01.contoso.com']);
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
    expect(await appFindings(page)).toEqual(cliFindings(plan));
  });

  test('Edge Servers without a reverse proxy: the fix adds one in the perimeter, linked to the Web Components', async ({ page }) => {
    await page.getByTestId('template-r2-remote-access').click();
    await d.selectNode('rp01.contoso.com');
    await d.press('Delete');
    const finding = d.findingsOf('EDGE-NEEDS-REVERSE-PROXY');
    await expect(finding).toHaveCount(1);
    await expect(finding.getByRole('link')).toHaveAttribute('href', /office\.13/);
    await finding.getByTestId('finding-fix').click();
    await expect(d.findingsOf('EDGE-NEEDS-REVERSE-PROXY')).toHaveCount(0);
    await expect(d.nodesOfKind('reverse-proxy')).toHaveCount(1);
    expect((await d.plan()).nodes.find((n) => n.kind === 'reverse-proxy')).toMatchObject({ zone: 'perimeter' });
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
  });
});
