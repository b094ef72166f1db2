/**
 * The `picture` level of detail (see detail.ts): the whole plan's pools, servers and links drawn
 * into one canvas the size of the pane, redrawn once per frame when the view or the plan changes.
 * Nothing of it takes the pointer: the pane under it pans, zooms and box-selects as usual.
 */
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { NODE_SIZE } from '../../domain/geometry';
import type { Box } from '../../domain/geometry';
import type { Link, PlanNode, Position } from '../../domain/plan';
import { routeOrLine, subscribeRoutes } from './linkRoutes';
import { BOX_ICON, BOX_NAME, BOX_TAG, boxColours, nameBarWidth, POOL_NAME, poolNameBarWidth } from './serverBox';
import type { BoxColours } from './serverBox';

export interface PictureContent {
  nodes: readonly PlanNode[];
  links: readonly Link[];
  /** Each pool's box and whether it is a Standard Edition pool. */
  pools: readonly { box: Box; standard: boolean; name: string }[];
  selected: ReadonlySet<string>;
}

/**
 * Draws `content` seen through `[x, y, zoom]` (React Flow's transform) into a context of the pane's
 * size; returns how many servers are in view (and drawn).
 */
export function drawPicture(
  ctx: CanvasRenderingContext2D,
  content: PictureContent,
  [tx, ty, zoom]: readonly [number, number, number],
  width: number,
  height: number,
  colours: BoxColours,
): number {
  ctx.clearRect(0, 0, width, height);
  ctx.save();
  ctx.translate(tx, ty);
  ctx.scale(zoom, zoom);
  // What is in view, in canvas units.
  const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
  const inView = (x: number, y: number, w: number, h: number) =>
    x < view.x + view.width && x + w > view.x && y < view.y + view.height && y + h > view.y;
  const px = 1 / zoom; // one screen pixel

  // Pools: a light fill, a dashed border and a bar where the name is written (see PoolNode).
  const pools = content.pools.filter((p) => inView(p.box.x, p.box.y, p.box.width, p.box.height));
  ctx.beginPath();
  for (const p of pools) ctx.rect(p.box.x, p.box.y, p.box.width, p.box.height);
  ctx.fillStyle = colours.poolFill;
  ctx.fill();
  if (zoom * 10 >= 1) ctx.setLineDash([6, 4]);
  for (const standard of [false, true]) {
    ctx.beginPath();
    for (const p of pools) if (p.standard === standard) ctx.rect(p.box.x, p.box.y, p.box.width, p.box.height);
    ctx.lineWidth = Math.max(2, px);
    ctx.strokeStyle = standard ? colours.standardPool : colours.pool;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  if (zoom * POOL_NAME.height >= 1) {
    ctx.beginPath();
    for (const p of pools) ctx.rect(p.box.x + POOL_NAME.x, p.box.y + POOL_NAME.y, poolNameBarWidth(p.name), POOL_NAME.height);
    ctx.fillStyle = colours.poolName;
    ctx.fill();
  }

  const byId = new Map<string, PlanNode>();
  for (const n of content.nodes) byId.set(n.id, n);
  ctx.beginPath();
  for (const l of content.links) {
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (!a || !b) continue;
    const route = routeOrLine(l.id, centre(a.position), centre(b.position));
    const xs = route.map((p) => p.x);
    const ys = route.map((p) => p.y);
    const minX = Math.min(...xs);
    const minY = Math.min(...ys);
    if (!inView(minX, minY, Math.max(...xs) - minX, Math.max(...ys) - minY)) continue;
    ctx.moveTo(route[0].x, route[0].y);
    for (let i = 1; i < route.length; i++) ctx.lineTo(route[i].x, route[i].y);
  }
  ctx.lineWidth = Math.max(1.75, px);
  ctx.strokeStyle = colours.link;
  ctx.stroke();

  const { width: w, height: h } = NODE_SIZE;
  const shown = content.nodes.filter((n) => inView(n.position.x, n.position.y, w, h));
  ctx.beginPath();
  for (const n of shown) ctx.rect(n.position.x, n.position.y, w, h);
  ctx.fillStyle = colours.fill;
  ctx.fill();
  ctx.lineWidth = Math.max(1, px);
  ctx.strokeStyle = colours.border;
  ctx.stroke();
  // The inner marks are drawn only where they are more than a pixel or two.
  if (zoom * BOX_TAG.height >= 1) {
    ctx.beginPath();
    for (const n of shown) ctx.rect(n.position.x + BOX_ICON.x, n.position.y + BOX_ICON.y, BOX_ICON.size, BOX_ICON.size);
    ctx.fillStyle = colours.icon;
    ctx.fill();
    ctx.beginPath();
    for (const n of shown) ctx.rect(n.position.x + BOX_NAME.x, n.position.y + BOX_NAME.y, nameBarWidth(n.name), BOX_NAME.height);
    ctx.fillStyle = colours.bar;
    ctx.fill();
    for (const n of shown) {
      ctx.fillStyle = colours.tag(n.kind);
      ctx.fillRect(n.position.x + BOX_TAG.x, n.position.y + BOX_TAG.y, BOX_TAG.width, BOX_TAG.height);
    }
  }
  const chosen = shown.filter((n) => content.selected.has(n.id));
  if (chosen.length > 0) {
    ctx.beginPath();
    for (const n of chosen) ctx.rect(n.position.x, n.position.y, w, h);
    ctx.lineWidth = Math.max(2, 2 * px);
    ctx.strokeStyle = colours.selected;
    ctx.stroke();
  }
  ctx.restore();
  return shown.length;
}

const centre = (p: Position): Position => ({ x: p.x + NODE_SIZE.width / 2, y: p.y + NODE_SIZE.height / 2 });

export function PlanPicture({ content }: { content: PictureContent }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi();
  const latest = useRef(content);

  useEffect(() => {
    latest.current = content;
  });

  useEffect(() => {
    let frame = 0;
    const draw = () => {
      frame = 0;
      const el = canvas.current;
      const ctx = el?.getContext('2d');
      if (!el || !ctx) return;
      const { transform, width, height } = flowStore.getState();
      const dpr = window.devicePixelRatio || 1;
      if (el.width !== Math.round(width * dpr) || el.height !== Math.round(height * dpr)) {
        el.width = Math.round(width * dpr);
        el.height = Math.round(height * dpr);
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const style = getComputedStyle(el);
      const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
      const servers = drawPicture(
        ctx,
        latest.current,
        transform,
        width,
        height,
        boxColours(dark, style.getPropertyValue('--link-color').trim() || '#64748b'),
      );
      el.dataset.servers = String(servers);
      el.dataset.drawn = String(Number(el.dataset.drawn ?? 0) + 1);
    };
    const request = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    request();
    const unsubscribe = flowStore.subscribe((s, before) => {
      if (s.transform !== before.transform || s.width !== before.width || s.height !== before.height) request();
    });
    // Routes arrive from the worker after the plan is drawn: the links are drawn again along them.
    const unsubscribeRoutes = subscribeRoutes(request);
    return () => {
      unsubscribe();
      unsubscribeRoutes();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [flowStore, content]);

  return (
    <canvas
      ref={canvas}
      data-testid="plan-picture"
      aria-hidden="true"
      className="pointer-events-none absolute inset-0 h-full w-full"
      style={{ zIndex: 4 }}
    />
  );
}
