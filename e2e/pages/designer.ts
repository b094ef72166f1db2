/** Page object of the designer: what a user sees and does, in their terms. */
import { basename } from 'node:path';
import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';

export interface PlanShape {
  name: string;
  ocsVersion: string;
  pools: {
    id: string;
    name: string;
    edition: string;
    configuration?: string;
    users?: number;
    position?: { x: number; y: number };
    size?: { width: number; height: number };
  }[];
  nodes: { id: string; kind: string; name: string; pool?: string; position: { x: number; y: number }; collocated?: string[] }[];
  links: { id: string; from: string; to: string }[];
  [extra: string]: unknown;
}

declare global {
  interface Window {
    topologyDesigner: { getPlan(): PlanShape; loadPlan(plan: unknown): void };
  }
}

/** A file as the browser gets it from a picker or a drop. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A downloaded export: its suggested file name and its bytes. */
export interface ExportedFile extends FilePayload {
  text: string;
}

const EXPORT_TYPES = { json: 'application/json', svg: 'image/svg+xml', png: 'image/png', drawio: 'application/vnd.jgraph.mxfile' } as const;

export class Designer {
  readonly canvas: Locator;
  readonly pane: Locator;
  readonly findings: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByTestId('canvas');
    this.pane = page.locator('.react-flow__pane');
    this.findings = page.getByTestId('findings');
    this.inspector = page.getByTestId('inspector');
  }

  async goto(path = '/') {
    await this.page.goto(path);
    await this.ready();
  }

  /** Wait until the app has started (after a goto or a reload). */
  async ready() {
    await this.page.waitForFunction(() => typeof window.topologyDesigner?.getPlan === 'function');
    await expect(this.canvas).toBeVisible();
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  paletteItem(item: string): Locator {
    return this.page.getByTestId(`palette-item-${item}`);
  }

  /** Drag a palette item and drop it at a point of the canvas (pixels from the canvas's top-left). */
  async dropFromPalette(item: string, at: { x: number; y: number }) {
    await this.paletteItem(item).dragTo(this.canvas, { targetPosition: at });
  }

  /** The rendered node (server or pool) with this name. */
  node(name: string): Locator {
    return this.page.locator(`.react-flow__node [data-name="${name}"]`);
  }

  /** The rendered node (server or pool) with this id: safe for any name, however hostile. */
  nodeById(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** The texts shown inside a rendered node (each element's own textContent), to compare names exactly. */
  async textsOfNode(id: string): Promise<string[]> {
    return this.nodeById(id).evaluate((el) => [...el.querySelectorAll('*')].map((e) => e.textContent ?? ''));
  }

  /**
   * A server's name as the canvas shows it (cut to fit, with an ellipsis, when long), as its node
   * is labelled for assistive technology, and its tooltip.
   */
  async serverName(id: string): Promise<{ shown: string; label: string | null; title: string | null }> {
    return this.nodeById(id).evaluate((el) => ({
      shown: el.querySelector('[data-testid=server-name]')?.textContent ?? '',
      label: el.getAttribute('aria-label'),
      title: el.querySelector('[data-name]')?.getAttribute('title') ?? null,
    }));
  }

  nodesOfKind(kind: string): Locator {
    return this.page.locator(`.react-flow__node [data-kind="${kind}"]`);
  }

  async plan(): Promise<PlanShape> {
    return this.page.evaluate(() => window.topologyDesigner.getPlan());
  }

  async loadPlan(plan: unknown) {
    await this.page.evaluate((p) => window.topologyDesigner.loadPlan(p), plan);
  }

  /** The centre of an element, in page pixels. */
  async centerOf(locator: Locator) {
    const box = (await locator.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Drag an element (a node, a pool's title) with the mouse so its grab point lands on `to` (page pixels). */
  async drag(locator: Locator, to: { x: number; y: number }, grab?: { x: number; y: number }) {
    const from = grab ?? (await this.centerOf(locator));
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await this.page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    }
    await this.page.mouse.up();
  }

  /** Where a canvas point (pixels from the canvas's top-left) is on the page. */
  async canvasPoint(at: { x: number; y: number }) {
    const box = (await this.canvas.boundingBox())!;
    return { x: box.x + at.x, y: box.y + at.y };
  }

  /** Link two nodes by dragging from a handle of one onto the other. */
  async connect(fromName: string, toName: string) {
    const from = this.node(fromName);
    await from.hover();
    const handle = from.locator('.react-flow__handle-right');
    const hb = (await handle.boundingBox())!;
    const target = await this.centerOf(this.node(toName));
    await this.page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await this.page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await this.page.mouse.move(hb.x + ((target.x - hb.x) * i) / 10, hb.y + ((target.y - hb.y) * i) / 10);
    }
    await this.page.mouse.up();
  }

  async selectNode(name: string, opts: { shift?: boolean } = {}) {
    const target = this.node(name);
    if (opts.shift) await target.click({ modifiers: ['Shift'], position: { x: 60, y: 20 } });
    else await target.click({ position: { x: 60, y: 20 } });
  }

  async press(keys: string) {
    await this.page.keyboard.press(keys);
  }

  findingsOf(rule: string): Locator {
    return this.findings.locator(`[data-testid="finding"][data-rule="${rule}"]`);
  }

  async startFromTemplate(template: 'standard' | 'consolidated' | 'expanded') {
    await this.page.getByTestId(`template-${template}`).click();
  }

  /** Click an export button and return the downloaded file. */
  async exportFile(kind: keyof typeof EXPORT_TYPES): Promise<ExportedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(`export-${kind}`).click()]);
    return readDownload(download, EXPORT_TYPES[kind]);
  }

  /** Import a file through the toolbar's Import button and its file picker. */
  /** Import a file through the Import button, and wait until the app has read it (it says so, either way). */
  async importFile(file: string | FilePayload, { wait = true } = {}) {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByTestId('import').click()]);
    await chooser.setFiles(typeof file === 'string' ? file : { name: file.name, mimeType: file.mimeType, buffer: file.buffer });
    if (!wait) return;
    const name = typeof file === 'string' ? basename(file) : file.name;
    await expect(this.page.getByRole('status').or(this.page.getByRole('alert')).filter({ hasText: name }).first()).toBeVisible();
  }

  /** Drop a file onto the canvas, as from the file manager. */
  async dropFile(file: FilePayload) {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, mimeType, bytes }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        return dt;
      },
      { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
    );
    await this.pane.dispatchEvent('dragover', { dataTransfer });
    await this.pane.dispatchEvent('drop', { dataTransfer });
  }

  /** Open the share dialog, read the link, close the dialog. */
  async shareUrl(): Promise<string> {
    await this.page.getByTestId('share-link').click();
    const input = this.page.getByTestId('share-url');
    await expect(input).toHaveValue(/#plan=/);
    const url = await input.inputValue();
    await this.page.getByTestId('share-dialog').getByRole('button', { name: 'Close' }).click();
    return url;
  }

  /** An error or warning shown to the user (role="alert") that contains this text. */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** The entries of the Plans dialog (opens it). */
  async planEntries(): Promise<Locator> {
    await this.page.getByTestId('open-plans').click();
    const entries = this.page.getByTestId('plans-entry');
    await expect(this.page.getByTestId('plans-dialog')).toBeVisible();
    return entries;
  }

  async closeDialog() {
    await this.page.locator('dialog[open]').getByRole('button', { name: 'Close' }).click();
    await expect(this.page.locator('dialog[open]')).toHaveCount(0);
  }

  /** Wait until autosave has written the plan. */
  async waitSaved() {
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  }
}

async function readDownload(download: Download, mimeType: string): Promise<ExportedFile> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const buffer = Buffer.concat(chunks);
  return { name: download.suggestedFilename(), mimeType, buffer, text: buffer.toString('utf8') };
}
