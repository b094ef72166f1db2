import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test.describe('live rules', () => {
  let d: Designer;
  test.beforeEach(async ({ page }) => {
    d = new Designer(page);
    await d.goto();
  });

  test('an A/V Conferencing Server dropped into a consolidated pool: preview, finding, badge, fix', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
    // Add the server outside the pool, then drag it in: the pool warns before the drop.
    await d.dropFromPalette('av-conferencing-server', { x: 120, y: 60 });
    const av = d.node('av01.contoso.com');
    await expect(av).toBeVisible();
    const pool = d.node('pool01.contoso.com');
    const poolBox = (await pool.boundingBox())!;
    const target = { x: poolBox.x + poolBox.width - 120, y: poolBox.y + poolBox.height - 50 };
    const from = await d.centerOf(av);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((target.x - from.x) * i) / 10, from.y + ((target.y - from.y) * i) / 10);
    const preview = page.getByTestId('placement-preview');
    await expect(preview).toHaveAttribute('data-ok', 'false');
    await expect(preview).toContainText('av01.contoso.com');
    await page.mouse.up();
    await expect(preview).toHaveCount(0);

    const finding = d.findingsOf('CONSOLIDATED-HAS-DEDICATED');
    await expect(finding).toHaveCount(1);
    await expect(finding).toHaveAttribute('data-severity', 'error');
    await expect(finding).toContainText('av01.contoso.com');
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '1');
    const flag = av.getByTestId('node-flag');
    await expect(flag).toHaveAttribute('data-severity', 'error');
    // The badge explains itself on hover.
    await flag.hover();
    await expect(page.getByRole('tooltip')).toContainText('CONSOLIDATED-HAS-DEDICATED');

    // The fix: switch the pool to expanded. One click, one undo step.
    await finding
      .getByTestId('finding-fix')
      .filter({ hasText: /expanded/i })
      .click();
    await expect(d.findingsOf('CONSOLIDATED-HAS-DEDICATED')).toHaveCount(0);
    const plan = await d.plan();
    expect(plan.pools[0].configuration).toBe('expanded');
    await d.press('Control+z');
    await expect(d.findingsOf('CONSOLIDATED-HAS-DEDICATED')).toHaveCount(1);
  });

  test('a drop into a pool where it breaks nothing previews as fine', async ({ page }) => {
    // An empty consolidated pool lacks a back end: dropping one in breaks no rule.
    await d.dropFromPalette('pool-consolidated', { x: 400, y: 400 });
    await d.dropFromPalette('back-end-sql', { x: 120, y: 60 });
    const fe = d.node('sql01.contoso.com');
    const poolBox = (await d.node('pool01.contoso.com').boundingBox())!;
    const from = await d.centerOf(fe);
    const target = { x: poolBox.x + 120, y: poolBox.y + poolBox.height - 50 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((target.x - from.x) * i) / 10, from.y + ((target.y - from.y) * i) / 10);
    await expect(page.getByTestId('placement-preview')).toHaveAttribute('data-ok', 'true');
    await page.mouse.up();
    expect((await d.plan()).nodes[0].pool).toBe('p1');
  });

  test('clicking a finding selects and frames the servers involved', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    await d.selectNode('hlb01.contoso.com');
    await d.press('Delete');
    const finding = d.findingsOf('EE-LB-MISSING');
    await expect(finding).toHaveCount(1);
    // Each finding names where the rule comes from.
    await expect(finding.getByRole('link')).toHaveAttribute('href', /^https:\/\/.*microsoft\.com/);
    await finding.locator('button').first().click();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(4);
    // The fix adds a load balancer and links every Front End to it.
    await finding.getByTestId('finding-fix').first().click();
    await expect(d.findingsOf('EE-LB-MISSING')).toHaveCount(0);
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
  });

  test('sql01 dragged out of its pool: the finding names it, and its fix moves it back in (no sql02)', async ({ page }) => {
    await d.startFromTemplate('consolidated');
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
    const sql = d.node('sql01.contoso.com');
    const pool = d.node('pool01.contoso.com');
    const box = (await pool.boundingBox())!;
    // Drag sql01 below the pool's box; it stays linked to every Front End.
    const from = await d.centerOf(sql);
    await d.drag(sql, { x: from.x, y: box.y + box.height + 60 });
    await expect.poll(async () => (await d.plan()).nodes.find((n) => n.id === 'sql1')?.pool).toBeUndefined();
    expect((await d.plan()).links.filter((l) => l.to === 'sql1' || l.from === 'sql1')).toHaveLength(4);

    const finding = d.findingsOf('EE-BACKEND-MISSING');
    await expect(finding).toHaveCount(1);
    await expect(finding).toContainText('sql01.contoso.com stands outside the pool');
    // An OCS 2007 plan cites the OCS 2007 page.
    await expect(finding.getByRole('link')).toHaveAttribute('href', /office\.12/);
    const fixes = finding.getByTestId('finding-fix');
    await expect(fixes).toHaveText(['Move sql01.contoso.com into pool01.contoso.com']);
    await page.screenshot({ path: test.info().outputPath('dragged-out.png') });
    await fixes.first().click();

    await expect(d.findingsOf('EE-BACKEND-MISSING')).toHaveCount(0);
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('count-warning')).toHaveAttribute('data-count', '0');
    const plan = await d.plan();
    expect(plan.nodes.filter((n) => n.kind === 'back-end-sql').map((n) => [n.name, n.pool])).toEqual([['sql01.contoso.com', 'p1']]);
    // On the canvas too, sql01 is back inside the pool's box.
    const poolNow = (await pool.boundingBox())!;
    const sqlNow = (await sql.boundingBox())!;
    expect(sqlNow.x).toBeGreaterThanOrEqual(poolNow.x);
    expect(sqlNow.y).toBeGreaterThanOrEqual(poolNow.y);
    expect(sqlNow.x + sqlNow.width).toBeLessThanOrEqual(poolNow.x + poolNow.width);
    expect(sqlNow.y + sqlNow.height).toBeLessThanOrEqual(poolNow.y + poolNow.height);
    await page.screenshot({ path: test.info().outputPath('moved-back.png') });
    // One undo step brings the dragged-out state back.
    await d.press('Control+z');
    await expect(d.findingsOf('EE-BACKEND-MISSING')).toHaveCount(1);
  });

  test('a plan with many findings: every finding gets its fixes, the last one too, and they work', async ({ page }) => {
    // 45 consolidated pools with one Front End each and no back end: 45 EE-BACKEND-MISSING errors, and more.
    const pools = [];
    const nodes = [];
    for (let i = 0; i < 45; i++) {
      pools.push({ id: `p${i}`, name: `pool${i}.contoso.com`, edition: 'enterprise', configuration: 'consolidated', users: 1000 });
      nodes.push({
        id: `fe${i}`,
        kind: 'front-end-server',
        name: `fe${i}.contoso.com`,
        pool: `p${i}`,
        position: { x: (i % 9) * 320, y: Math.floor(i / 9) * 320 },
      });
    }
    await d.loadPlan({ format: 'ocs-topology-plan', version: 1, name: 'Many pools', ocsVersion: '2007-r2', pools, nodes, links: [] });
    const missing = d.findingsOf('EE-BACKEND-MISSING');
    await expect(missing).toHaveCount(45);
    const last = missing.last();
    await expect(last.getByTestId('finding-fix').first()).toBeVisible();
    const errors = Number(await page.getByTestId('count-error').getAttribute('data-count'));
    await last.getByTestId('finding-fix').first().click();
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', String(errors - 1));
    await expect(d.findingsOf('EE-BACKEND-MISSING')).toHaveCount(44);
  });

  test('Front Ends not linked to the back end get EE-BACKEND-LINK, in the app and from the command line', async ({ page }) => {
    const plan = JSON.parse(readFileSync('fixtures/plans/consolidated.json', 'utf8')) as {
      nodes: { id: string; kind: string }[];
      links: { from: string; to: string }[];
    };
    const sqlId = plan.nodes.find((n) => n.kind === 'back-end-sql')!.id;
    plan.links = plan.links.filter((l) => l.from !== sqlId && l.to !== sqlId);
    await d.loadPlan(plan);
    const finding = d.findingsOf('EE-BACKEND-LINK');
    await expect(finding).toHaveCount(1);
    await expect(finding).toHaveAttribute('data-severity', 'warning');
    await expect(finding).toContainText("not linked to the pool's back end sql01.contoso.com");
    const cli = JSON.parse(
      execFileSync('node', ['bin/ocs-topology.mjs', 'check', '-', '--json'], { input: JSON.stringify(plan), encoding: 'utf8' }),
    ) as { findings: { rule: string; message: string }[] };
    expect(cli.findings.map((f) => f.rule)).toEqual(['EE-BACKEND-LINK']);
    await expect(finding.getByTestId('finding-message')).toHaveText(cli.findings[0].message);
    await finding.getByTestId('finding-fix').click();
    await expect(d.findings.getByTestId('finding')).toHaveCount(0);
    await expect(page.getByTestId('count-warning')).toHaveAttribute('data-count', '0');
  });

  test('the findings list is sorted by severity and counts match the toolbar', async ({ page }) => {
    await d.loadPlan(JSON.parse(readFileSync('fixtures/plans/with-errors.json', 'utf8')));
    await d.selectNode('fe01.contoso.com');
    await page.getByTestId('inspector-role-domain-controller').check();
    const severities = await d.findings.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    expect(severities).toEqual([...severities].sort((a, b) => order[a!] - order[b!]));
    for (const sev of ['error', 'warning', 'info']) {
      await expect(page.getByTestId(`count-${sev}`)).toHaveAttribute('data-count', String(severities.filter((s) => s === sev).length));
    }
  });

  // The app and the command line share one engine: for every plan fixture, the same findings.
  const fixtures = readdirSync('fixtures/plans').filter((f) => f.endsWith('.json'));
  for (const file of fixtures) {
    const text = readFileSync(`fixtures/plans/${file}`, 'utf8');
    let plan: unknown;
    try {
      plan = JSON.parse(text);
    } catch {
      continue;
    }
    test(`the app lists exactly what the CLI prints for ${file}`, async () => {
      let cli: { findings: unknown[] } | null;
      try {
        cli = JSON.parse(execFileSync('node', ['bin/ocs-topology.mjs', 'check', `fixtures/plans/${file}`, '--json'], { encoding: 'utf8' }));
      } catch (e) {
        const err = e as { status?: number; stdout?: string };
        if (err.status === 1 && err.stdout) cli = JSON.parse(err.stdout);
        else if (err.status === 2) cli = null;
        else throw e;
      }
      const accepted = await d.page.evaluate((p) => {
        try {
          window.topologyDesigner.loadPlan(p);
          return true;
        } catch {
          return false;
        }
      }, plan);
      // A plan the CLI cannot read (exit 2) is one the app refuses too.
      expect(accepted).toBe(cli !== null);
      if (!cli) return;
      const shown = await d.findings
        .getByTestId('finding')
        .evaluateAll((els) => els.map((e) => ({ rule: e.getAttribute('data-rule'), severity: e.getAttribute('data-severity') })));
      const printed = (cli.findings as { rule: string; severity: string }[]).map((f) => ({ rule: f.rule, severity: f.severity }));
      expect(shown).toEqual(printed);
      // And the messages, word for word.
      const messages = await d.findings
        .getByTestId('finding')
        .evaluateAll((els) => els.map((e) => e.querySelector('[data-testid="finding-message"]')?.textContent));
      expect(messages).toEqual((cli.findings as { message: string }[]).map((f) => f.message));
    });
  }
});
