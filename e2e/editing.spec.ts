import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { Designer } from './pages/designer';
import type { PlanShape } from './pages/designer';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The drawn boxes of every server, by name. */
async function serverBoxes(page: Page): Promise<Map<string, Box>> {
  const list = await page.locator('.react-flow__node-server').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        name: el.querySelector('[data-name]')!.getAttribute('data-name')!,
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
      };
    }),
  );
  return new Map(list.map((e) => [e.name, e.box]));
}

function linkedTo(plan: PlanShape, name: string): string[] {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const node = plan.nodes.find((n) => n.name === name)!;
  return plan.links
    .filter((l) => l.from === node.id || l.to === node.id)
    .map((l) => byId.get(l.from === node.id ? l.to : l.from)!.name)
    .sort();
}

async function expectNoOverlap(page: Page) {
  const boxes = [...(await serverBoxes(page))];
  for (const [i, [a, boxA]] of boxes.entries()) {
    for (const [b, boxB] of boxes.slice(i + 1)) expect(overlap(boxA, boxB), `${a} on ${b}`).toBe(false);
  }
}

test.describe('copy and paste', () => {
  test('a pool member copied and pasted stays in its pool, is linked like the original, and covers no server', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    await d.selectNode('fe01.contoso.com');
    await d.press('Control+c');
    await d.press('Control+v');
    await expect(d.node('fe05.contoso.com')).toBeVisible();
    let plan = await d.plan();
    const fe05 = plan.nodes.find((n) => n.name === 'fe05.contoso.com')!;
    expect(fe05.pool).toBe('p1');
    expect(linkedTo(plan, 'fe05.contoso.com')).toEqual(['hlb01.contoso.com', 'sql01.contoso.com']);
    await expect(d.inspector).toContainText('Member of pool01.contoso.com');
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');

    // Ctrl+D twice more: each copy finds free room in the pool, which grows when it is full.
    await d.press('Control+d');
    await d.press('Control+d');
    plan = await d.plan();
    const members = plan.nodes.filter((n) => n.pool === 'p1');
    expect(members).toHaveLength(8);
    await expect(d.node('fe07.contoso.com')).toBeVisible();
    await expectNoOverlap(page);
    // Every member is drawn inside the pool's box.
    const poolBox = (await d.node('pool01.contoso.com').boundingBox())!;
    const boxes = await serverBoxes(page);
    for (const m of members) {
      const b = boxes.get(m.name)!;
      expect(
        b.x >= poolBox.x && b.y >= poolBox.y && b.x + b.width <= poolBox.x + poolBox.width && b.y + b.height <= poolBox.y + poolBox.height,
        m.name,
      ).toBe(true);
    }
    await expect(page.getByTestId('count-error')).toHaveAttribute('data-count', '0');
  });

  test('a copy goes to the system clipboard as plan JSON and as names; another tab pastes it into its own plan', async ({
    page,
    context,
    baseURL,
  }) => {
    const a = new Designer(page);
    await a.goto();
    await a.startFromTemplate('consolidated');
    await a.selectNode('fe01.contoso.com');
    await a.selectNode('hlb01.contoso.com', { shift: true });
    await a.press('Control+c');

    // Another origin of the same server: its own stored plans, the same browser clipboard.
    const other = await context.newPage();
    const b = new Designer(other);
    await b.goto(baseURL!.replace('127.0.0.1', 'localhost') + '/');
    await b.startFromTemplate('standard');
    // Listen (before the key press) to what the clipboard hands the page.
    await other.evaluate(() => {
      document.addEventListener(
        'paste',
        (e) => {
          (window as unknown as { pasted: unknown }).pasted = {
            json: e.clipboardData!.getData('application/json'),
            text: e.clipboardData!.getData('text/plain'),
          };
        },
        { once: true, capture: true },
      );
    });
    await b.press('Control+v');
    const data = (await (await other.waitForFunction(() => (window as unknown as { pasted?: unknown }).pasted)).jsonValue()) as {
      json: string;
      text: string;
    };
    expect(JSON.parse(data.json)).toMatchObject({ format: 'ocs-topology-fragment', version: 1 });
    expect(data.text.split('\n').sort()).toEqual(['fe01.contoso.com', 'hlb01.contoso.com']);

    await expect(b.node('fe01.contoso.com')).toBeVisible();
    const plan = await b.plan();
    expect(plan.nodes.map((n) => n.name).sort()).toEqual(['fe01.contoso.com', 'hlb01.contoso.com', 'se01.contoso.com']);
    // That plan has no pool01: the Front End lands outside every pool, still linked to its load balancer.
    expect(plan.nodes.find((n) => n.name === 'fe01.contoso.com')!.pool).toBeUndefined();
    expect(linkedTo(plan, 'fe01.contoso.com')).toEqual(['hlb01.contoso.com']);
    await expectNoOverlap(other);
    // The first tab's plan is as it was.
    expect((await a.plan()).nodes).toHaveLength(6);
  });

  test('a damaged fragment on the clipboard pastes nothing and says why', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('standard');
    const before = await d.plan();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData(
        'application/json',
        JSON.stringify({ format: 'ocs-topology-fragment', version: 1, pools: [], nodes: [{ id: 'x' }], links: [] }),
      );
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await expect(d.alert(/Nothing was pasted: .*nodes\[0\]/)).toBeVisible();
    expect(await d.plan()).toEqual(before);
  });
});

test.describe('dragging', () => {
  test('the border of a server starts a link; its centre moves it', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    const before = await d.plan();
    const hlb = d.node('hlb01.contoso.com');
    const box = (await hlb.boundingBox())!;
    const target = await d.centerOf(d.node('fe01.contoso.com'));
    // Well away from the old 10-pixel handles in the middle of each side: near a corner, on the border.
    await hlb.hover();
    await d.drag(hlb, target, { x: box.x + 30, y: box.y + box.height - 2 });
    let plan = await d.plan();
    expect(plan.links).toHaveLength(before.links.length);
    const hlbNode = plan.nodes.find((n) => n.name === 'hlb01.contoso.com')!;
    expect(hlbNode.position).toEqual(before.nodes.find((n) => n.name === 'hlb01.contoso.com')!.position);

    const sql = d.node('sql01.contoso.com');
    const sb = (await sql.boundingBox())!;
    const hb = (await hlb.boundingBox())!;
    await sql.hover();
    await d.drag(sql, { x: hb.x + hb.width / 2, y: hb.y + hb.height / 2 }, { x: sb.x + sb.width - 3, y: sb.y + 12 });
    plan = await d.plan();
    expect(plan.links).toHaveLength(before.links.length + 1);
    expect(linkedTo(plan, 'sql01.contoso.com')).toContain('hlb01.contoso.com');
    expect(plan.nodes.find((n) => n.name === 'sql01.contoso.com')!.pool).toBe('p1');

    // The middle of the box moves the server.
    await d.drag(sql, { x: sb.x + sb.width / 2 + 64, y: sb.y + sb.height / 2 });
    plan = await d.plan();
    expect(plan.nodes.find((n) => n.name === 'sql01.contoso.com')!.position.x).toBeGreaterThan(
      before.nodes.find((n) => n.name === 'sql01.contoso.com')!.position.x,
    );
  });

  test('while a member is dragged out of its pool, the pool says "leaving pool"', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    const pool = d.node('pool01.contoso.com');
    const fe = d.node('fe01.contoso.com');
    const from = await d.centerOf(fe);
    const poolBox = (await pool.boundingBox())!;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y + 10, { steps: 4 });
    await expect(page.getByTestId('pool-leaving')).toHaveCount(0);
    await page.mouse.move(from.x, poolBox.y + poolBox.height + 120, { steps: 8 });
    await expect(pool.getByTestId('pool-leaving')).toHaveText('leaving pool');
    // Back inside: it stays a member, and the pool says nothing.
    await page.mouse.move(from.x + 20, from.y, { steps: 8 });
    await expect(page.getByTestId('pool-leaving')).toHaveCount(0);
    await page.mouse.move(from.x, poolBox.y + poolBox.height + 120, { steps: 8 });
    await expect(pool.getByTestId('pool-leaving')).toBeVisible();
    await page.mouse.up();
    await expect(page.getByTestId('pool-leaving')).toHaveCount(0);
    expect((await d.plan()).nodes.find((n) => n.name === 'fe01.contoso.com')!.pool).toBeUndefined();
  });

  async function dragFromPalette(d: Designer, item: Locator, over: { x: number; y: number }) {
    await item.scrollIntoViewIfNeeded();
    const start = await d.centerOf(item);
    await d.page.mouse.move(start.x, start.y);
    await d.page.mouse.down();
    await d.page.mouse.move(over.x, over.y, { steps: 10 });
  }

  test('dragging from the palette over a pool shows its green or red placement preview', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('consolidated');
    const pool = d.node('pool01.contoso.com');
    const pb = (await pool.boundingBox())!;
    const inPool = { x: pb.x + pb.width - 60, y: pb.y + pb.height - 30 };

    // A Standard Edition Server does not belong in an Enterprise pool: red, with the rule's message.
    await dragFromPalette(d, d.paletteItem('standard-edition-server'), inPool);
    const preview = pool.getByTestId('placement-preview');
    await expect(preview).toHaveAttribute('data-ok', 'false');
    await expect(preview).toContainText('Enterprise pool');
    // Off the pool, no preview.
    await page.mouse.move(pb.x + 40, pb.y + pb.height + 60, { steps: 6 });
    await expect(page.getByTestId('placement-preview')).toHaveCount(0);
    await page.mouse.up();
    await expect(d.nodesOfKind('standard-edition-server')).toHaveCount(1);

    // A Front End would need its load balancer: red too, and it says so.
    await dragFromPalette(d, d.paletteItem('front-end-server'), inPool);
    await expect(preview).toHaveAttribute('data-ok', 'false');
    await expect(preview).toContainText('load balancer');
    await page.mouse.move(inPool.x + 2, inPool.y, { steps: 2 });
    await page.mouse.up();
    await expect(page.getByTestId('placement-preview')).toHaveCount(0);
    const plan = await d.plan();
    expect(plan.nodes.filter((n) => n.kind === 'front-end-server' && n.pool === 'p1')).toHaveLength(5);
  });

  test('dragging another A/V Conferencing Server from the palette over an expanded pool shows it green', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('expanded');
    const pool = d.node('pool01.contoso.com');
    const pb = (await pool.boundingBox())!;
    await dragFromPalette(d, d.paletteItem('av-conferencing-server'), { x: pb.x + pb.width - 60, y: pb.y + 30 });
    const preview = pool.getByTestId('placement-preview');
    await expect(preview).toHaveAttribute('data-ok', 'true');
    await expect(preview).toContainText('no rule is broken');
    await page.mouse.up();
    await expect(page.getByTestId('placement-preview')).toHaveCount(0);
    expect((await d.plan()).nodes.filter((n) => n.kind === 'av-conferencing-server' && n.pool === 'p1')).toHaveLength(2);
  });
});

test.describe('notices and the inspector', () => {
  test('errors stack newest first, a few at a time, until dismissed; info leaves by itself', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('standard');
    for (const i of [1, 2, 3, 4]) {
      await d.importFile({ name: `broken-${i}.json`, mimeType: 'application/json', buffer: Buffer.from('{ not json') });
      await expect(d.alert(`broken-${i}.json`)).toBeVisible();
    }
    const errors = page.getByTestId('notice-error');
    await expect(errors).toHaveCount(3);
    await expect(errors.first()).toContainText('broken-4.json');
    await expect(page.getByTestId('notices-more')).toHaveText('+1 more');
    await errors.first().getByTestId('notice-dismiss').click();
    await expect(errors).toHaveCount(3);
    await expect(errors.first()).toContainText('broken-3.json');
    await expect(page.getByTestId('notices-more')).toHaveCount(0);

    const plan = await d.plan();
    await d.importFile({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...plan, name: 'Imported one' })),
    });
    const info = page.getByRole('status').filter({ hasText: 'from good.json' });
    await expect(info).toBeVisible();
    await expect(info).toHaveCount(0, { timeout: 15_000 });
    // Errors wait for the user.
    await expect(errors).toHaveCount(3);
    await page.getByTestId('notices-dismiss-all').click();
    await expect(errors).toHaveCount(0);
  });

  test('the inspector shows built-in roles as built in and offers a back end no role of its own', async ({ page }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('standard');
    await d.selectNode('se01.contoso.com');
    for (const role of ['im-conferencing', 'web-conferencing', 'av-conferencing', 'web-components', 'back-end-sql']) {
      const box = d.inspector.getByTestId(`inspector-role-${role}`);
      await expect(box).toBeChecked();
      await expect(box).toBeDisabled();
      await expect(d.inspector.getByTestId(`inspector-builtin-${role}`)).toContainText('built in');
    }
  });

  test('the inspector of a back end offers no Back-End SQL Server role; an expanded Front End runs IM and telephony conferencing', async ({
    page,
  }) => {
    const d = new Designer(page);
    await d.goto();
    await d.startFromTemplate('expanded');
    await d.selectNode('sql01.contoso.com');
    await expect(d.inspector.getByTestId('inspector-roles').getByText('Back-End SQL Server')).toHaveCount(0);
    await expect(d.inspector.getByTestId('inspector-role-back-end-sql')).toHaveCount(0);
    // An expanded pool's Front End runs IM and telephony conferencing itself; the rest is on dedicated servers.
    await d.selectNode('fe01.contoso.com');
    await expect(d.inspector.getByTestId('inspector-role-im-conferencing')).toBeDisabled();
    await expect(d.inspector.getByTestId('inspector-role-web-conferencing')).toBeHidden();
  });
});
