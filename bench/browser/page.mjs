/** The pages the browser benchmarks open (the app and the bare React Flow page), and loading a plan into them. */
import { DEFAULT_POOL_SIZE, NODE_SIZE } from '../../src/domain/geometry.ts';
import { VIEWPORT } from './common.mjs';

/** Installed in every page before its scripts: the move timer and the long-task observer. */
function instrument() {
  const b = {
    armed: false,
    moves: [],
    moveEnds: [],
    upAt: undefined,
    unchanged: 0,
    longTasks: [],
    waiters: [],
    pending: null,
    target: null,
    observer: null,
  };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.longTasksUnsupported = true;
  }
  const settleWaiters = () => {
    const seen = b.moves.length + b.unchanged;
    b.waiters = b.waiters.filter((w) => (seen >= w.count ? (w.resolve(true), false) : true));
  };
  /** After this frame's style, layout and paint: a task queued from a frame callback runs after them. */
  const afterNextFrame = (fn) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = fn;
      channel.port2.postMessage(null);
    });
  /** Watch the dragged node: its move is done when its transform has changed and the next frame is drawn. */
  b.watch = (element) => {
    b.observer?.disconnect();
    b.target = element;
    b.observer = new MutationObserver(() => {
      const move = b.pending;
      if (!move || move.changed) return;
      move.changed = true;
      afterNextFrame(() => {
        b.moves.push(performance.now() - move.t0);
        b.moveEnds.push(performance.now());
        b.pending = null;
        settleWaiters();
      });
    });
    b.observer.observe(element, { attributes: true, attributeFilter: ['style'] });
  };
  addEventListener(
    'pointermove',
    () => {
      if (!b.armed) return;
      const move = { t0: performance.now(), changed: false };
      b.pending = move;
      // A move that does not move the node (it snapped to the same grid point) is counted apart.
      let frames = 0;
      const giveUp = () => {
        if (move.changed || b.pending !== move) return;
        if (++frames < 4) return requestAnimationFrame(giveUp);
        b.pending = null;
        b.unchanged++;
        settleWaiters();
      };
      requestAnimationFrame(giveUp);
    },
    { capture: true, passive: true },
  );
  addEventListener('pointerup', () => b.armed && (b.upAt = performance.now()), { capture: true, passive: true });
  b.waitMoves = (count, timeout = 10_000) =>
    new Promise((resolve) => {
      if (b.moves.length + b.unchanged >= count) return resolve(true);
      b.waiters.push({ count, resolve });
      setTimeout(() => resolve(false), timeout);
    });
}

/** React Flow's own nodes and edges for the bare page: the plan's pools and servers, same boxes and places. */
function bareElements(plan) {
  const POOL = DEFAULT_POOL_SIZE;
  const SERVER = NODE_SIZE;
  const nodes = [
    ...plan.pools.map((p) => ({
      id: p.id,
      type: 'group',
      position: p.position ?? { x: 0, y: 0 },
      width: (p.size ?? POOL).width,
      height: (p.size ?? POOL).height,
      data: { label: p.name },
      zIndex: 0,
    })),
    ...plan.nodes.map((n) => ({
      id: n.id,
      position: n.position,
      width: SERVER.width,
      height: SERVER.height,
      data: { label: n.name },
      zIndex: 1,
    })),
  ];
  const edges = plan.links.map((l) => ({ id: l.id, source: l.from, target: l.to, type: 'straight', zIndex: 1 }));
  return { nodes, edges };
}

/** A front-end server near the middle of the plan (the `skip`-th after the first): the node both pages drag. */
export function dragTargetId(plan, skip = 0) {
  const mid = Math.floor(plan.nodes.length / 2);
  const rest = [...plan.nodes.slice(mid), ...plan.nodes.slice(0, mid)];
  const frontEnds = rest.filter((n) => n.kind === 'front-end-server');
  return (frontEnds[skip] ?? rest[0]).id;
}

/**
 * Opens a fresh page (new context: empty storage). The bare page's flow gets the size of the app's
 * canvas (the app has a toolbar and side panels), so both frame the plan at the same zoom.
 */
export async function openPage(browser, kind, url, canvasSize) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url);
  if (kind === 'app') {
    await page.waitForFunction(() => window.topologyDesigner !== undefined && document.querySelector('[data-testid=canvas]'));
  } else {
    await page.waitForFunction(() => window.bareFlow !== undefined);
    if (canvasSize) {
      await page.evaluate(({ width, height }) => {
        Object.assign(document.getElementById('root').style, { width: `${width}px`, height: `${height}px` });
      }, canvasSize);
    }
  }
  return { context, page };
}

/** The size of the app's canvas, in CSS pixels. */
export async function appCanvasSize(browser, url) {
  const { context, page } = await openPage(browser, 'app', url);
  try {
    const box = await page.locator('[data-testid=canvas]').boundingBox();
    return { width: Math.round(box.width), height: Math.round(box.height) };
  } finally {
    await context.close();
  }
}

/** Loads the plan and resolves with the time until every node is in the DOM and that frame has been drawn. */
export async function loadPlan(page, kind, plan) {
  const expected = plan.pools.length + plan.nodes.length;
  const payload = kind === 'app' ? { plan } : bareElements(plan);
  return page.evaluate(
    ({ kind, payload, expected }) =>
      new Promise((resolve, reject) => {
        const count = () => document.querySelector('.react-flow__nodes')?.childElementCount ?? 0;
        const t0 = performance.now();
        let inDom;
        const done = () => {
          inDom = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ inDomMs: inDom - t0, paintedMs: performance.now() - t0 });
            channel.port2.postMessage(null);
          });
        };
        const observer = new MutationObserver(() => {
          if (inDom === undefined && count() >= expected) done();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        try {
          if (kind === 'app') window.topologyDesigner.loadPlan(payload.plan);
          else window.bareFlow.load(payload.nodes, payload.edges);
        } catch (e) {
          observer.disconnect();
          reject(e);
        }
        setTimeout(
          () => inDom === undefined && (observer.disconnect(), reject(new Error(`only ${count()} of ${expected} nodes rendered`))),
          60_000,
        );
      }),
    { kind, payload, expected },
  );
}

/**
 * Opens the plan until the canvas is usable: framed, and drawn at the detail the framed view has. The
 * app: its canvas has counted one more fit (`data-fits`) and, at the picture level, drawn the picture
 * once since; the bare page: every node is in the DOM and its fit has moved the view. Checked once a
 * frame (an observer of every attribute of 10,000 nodes would slow both pages); resolves with the time
 * until then, the frame drawn, in ms.
 */
export async function openPlan(page, kind, plan, timeout = 120_000) {
  const expected = plan.pools.length + plan.nodes.length;
  const payload = kind === 'app' ? { plan } : bareElements(plan);
  return page.evaluate(
    ({ kind, payload, expected, timeout }) =>
      new Promise((resolve, reject) => {
        const canvas = () => document.querySelector('[data-testid=canvas]');
        const viewport = () => document.querySelector('.react-flow__viewport')?.style.transform ?? '';
        const fitsBefore = Number(canvas()?.dataset.fits ?? 0);
        const viewBefore = viewport();
        const ready = () => {
          if (kind !== 'app')
            return (document.querySelector('.react-flow__nodes')?.childElementCount ?? 0) >= expected && viewport() !== viewBefore;
          const c = canvas();
          if (!c || Number(c.dataset.fits) <= fitsBefore) return false;
          if (c.dataset.detail !== 'picture') return true;
          return Number(document.querySelector('[data-testid=plan-picture]')?.dataset.drawn ?? 0) > 0;
        };
        const t0 = performance.now();
        window.__bench.openStart = t0;
        const check = () => {
          if (performance.now() - t0 > timeout) return reject(new Error(`the ${kind} page was not ready after ${timeout} ms`));
          if (!ready()) return requestAnimationFrame(check);
          const readyAt = performance.now();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ readyMs: readyAt - t0, paintedMs: performance.now() - t0 });
            channel.port2.postMessage(null);
          });
        };
        try {
          if (kind === 'app') window.topologyDesigner.loadPlan(payload.plan);
          else window.bareFlow.load(payload.nodes, payload.edges);
        } catch (e) {
          reject(e);
          return;
        }
        requestAnimationFrame(check);
      }),
    { kind, payload, expected, timeout },
  );
}
