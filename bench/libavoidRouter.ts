/**
 * For the bench only: the link router the app used before its own (src/layout/localRouter.ts),
 * Adaptagrams' libavoid in the libavoid-js WebAssembly build, which draws orthogonal connectors
 * around obstacles the way Visio does. Every server's box is an obstacle, and so is every pool's
 * title; a link is a connector between the centre pins of its two boxes, cut back to their borders.
 * The bench routes the same plans with both, to show why the app no longer uses it: libavoid builds
 * one visibility graph for the whole plan, and re-routes nearly all of it when one server moves.
 */
import { NODE_SIZE, nodeBox } from '../src/domain/geometry';
import type { Box } from '../src/domain/geometry';
import type { Position } from '../src/domain/plan';
import { poolTitleBoxes } from '../src/layout/poolTitle';
import { clipToBorders } from '../src/layout/routes';
import type { LinkRouter, Route, RoutedPlan } from '../src/layout/routes';

/* Just the part of libavoid's bindings used here. */
interface AvPoint {
  x: number;
  y: number;
}
interface AvPolyLine {
  size(): number;
  get_ps(i: number): AvPoint;
}
interface AvShape {
  readonly __shape: true;
}
interface AvConn {
  displayRoute(): AvPolyLine;
}
interface AvRouter {
  processTransaction(): void;
  moveShape(shape: AvShape, dx: number, dy: number): void;
  deleteShape(shape: AvShape): void;
  deleteConnector(conn: AvConn): void;
  setRoutingParameter(p: number, v: number): void;
  setRoutingOption(o: number, v: boolean): void;
}
interface Avoid {
  OrthogonalRouting: number;
  ConnDirAll: number;
  shapeBufferDistance: number;
  idealNudgingDistance: number;
  segmentPenalty: number;
  crossingPenalty: number;
  nudgeOrthogonalSegmentsConnectedToShapes: number;
  nudgeSharedPathsWithCommonEndPoint: number;
  Router: new (flags: number) => AvRouter;
  Point: new (x: number, y: number) => AvPoint;
  Rectangle: new (a: AvPoint, b: AvPoint) => object;
  ShapeRef: new (router: AvRouter, poly: object) => AvShape;
  ShapeConnectionPin: new (
    shape: AvShape,
    classId: number,
    x: number,
    y: number,
    proportional: boolean,
    insideOffset: number,
    dirs: number,
  ) => object;
  ConnEnd: new (shape: AvShape, classId: number) => object;
  ConnRef: new (router: AvRouter, a: object, b: object) => AvConn;
  destroy(o: object): void;
}

const PIN = 1;
/** Room kept between a line and a box it passes, and between parallel lines. */
const BUFFER = 10;
const NUDGE = 10;

let loading: Promise<Avoid> | undefined;

/**
 * Loads the WebAssembly router once. `wasm` is where its `libavoid.wasm` is (a URL in the browser,
 * a file path under Node); by default the file beside the package's module.
 */
export function loadAvoid(wasm?: string): Promise<Avoid> {
  loading ??= (async () => {
    const { AvoidLib } = (await import('libavoid-js')) as unknown as {
      AvoidLib: { load(path?: string): Promise<void>; getInstance(): Avoid };
    };
    await AvoidLib.load(wasm);
    return AvoidLib.getInstance();
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

interface ShapeEntry {
  shape: AvShape;
  at: Position;
}
interface ConnEntry {
  conn: AvConn;
  from: string;
  to: string;
}

export function createAvoidRouter(av: Avoid): LinkRouter {
  const router = new av.Router(av.OrthogonalRouting);
  router.setRoutingParameter(av.shapeBufferDistance, BUFFER);
  router.setRoutingParameter(av.idealNudgingDistance, NUDGE);
  router.setRoutingParameter(av.segmentPenalty, 20);
  router.setRoutingParameter(av.crossingPenalty, 0);
  router.setRoutingOption(av.nudgeOrthogonalSegmentsConnectedToShapes, true);
  router.setRoutingOption(av.nudgeSharedPathsWithCommonEndPoint, true);
  const shapes = new Map<string, ShapeEntry>();
  const conns = new Map<string, ConnEntry>();
  const titles = new Map<string, { shape: AvShape; box: Box }>();
  const rect = (b: Box) => new av.Rectangle(new av.Point(b.x, b.y), new av.Point(b.x + b.width, b.y + b.height));

  const addShape = (id: string, at: Position) => {
    const shape = new av.ShapeRef(
      router,
      new av.Rectangle(new av.Point(at.x, at.y), new av.Point(at.x + NODE_SIZE.width, at.y + NODE_SIZE.height)),
    );
    new av.ShapeConnectionPin(shape, PIN, 0.5, 0.5, true, 0, av.ConnDirAll);
    shapes.set(id, { shape, at: { x: at.x, y: at.y } });
  };

  return {
    route(plan: RoutedPlan) {
      const seen = new Set<string>();
      for (const n of plan.nodes) {
        seen.add(n.id);
        const e = shapes.get(n.id);
        if (!e) addShape(n.id, n.position);
        else if (e.at.x !== n.position.x || e.at.y !== n.position.y) {
          router.moveShape(e.shape, n.position.x - e.at.x, n.position.y - e.at.y);
          e.at = { x: n.position.x, y: n.position.y };
        }
      }
      // Pool titles: obstacles without pins, re-made where a pool's title box changed.
      const titleBoxes = poolTitleBoxes(plan);
      for (const [id, t] of titles) {
        const b = titleBoxes.get(id);
        if (b && b.x === t.box.x && b.y === t.box.y && b.width === t.box.width && b.height === t.box.height) continue;
        router.deleteShape(t.shape);
        titles.delete(id);
      }
      for (const [id, box] of titleBoxes) if (!titles.has(id)) titles.set(id, { shape: new av.ShapeRef(router, rect(box)), box });
      const linkIds = new Set<string>();
      for (const l of plan.links) {
        if (l.from === l.to || !seen.has(l.from) || !seen.has(l.to) || linkIds.has(l.id)) continue;
        linkIds.add(l.id);
        const c = conns.get(l.id);
        if (c && c.from === l.from && c.to === l.to) continue;
        if (c) router.deleteConnector(c.conn);
        const conn = new av.ConnRef(router, new av.ConnEnd(shapes.get(l.from)!.shape, PIN), new av.ConnEnd(shapes.get(l.to)!.shape, PIN));
        conns.set(l.id, { conn, from: l.from, to: l.to });
      }
      for (const [id, c] of conns) {
        if (linkIds.has(id)) continue;
        router.deleteConnector(c.conn);
        conns.delete(id);
      }
      for (const [id, e] of shapes) {
        if (seen.has(id)) continue;
        router.deleteShape(e.shape);
        shapes.delete(id);
      }
      router.processTransaction();
      const out = new Map<string, Route>();
      for (const [id, c] of conns) {
        const line = c.conn.displayRoute();
        const pts: Position[] = [];
        for (let i = 0; i < line.size(); i++) {
          const p = line.get_ps(i);
          pts.push({ x: p.x, y: p.y });
        }
        const a = shapes.get(c.from)!.at;
        const b = shapes.get(c.to)!.at;
        const route = clipToBorders(pts, nodeBox({ position: a }), nodeBox({ position: b }));
        if (route.length >= 2) out.set(id, route);
      }
      return out;
    },
    dispose() {
      av.destroy(router);
      shapes.clear();
      conns.clear();
      titles.clear();
    },
  };
}

/** A new router, once the WebAssembly is loaded. */
export async function loadRouter(wasm?: string): Promise<LinkRouter> {
  return createAvoidRouter(await loadAvoid(wasm));
}
