/**
 * Link routing in Node, with the router the canvas runs in its worker (src/layout/localRouter.ts):
 * a whole plan routed from nothing (what opening or importing costs), and one server moved in a
 * routed plan, step by step (what a drag costs per move). Beside it, for the same plans up to 1,000
 * servers, libavoid (bench/libavoidRouter.ts), the library router the app used before, measured the
 * same way.
 */
import { makeLargePlan } from '../test/support/largePlan';
import { createLocalRouter } from '../src/layout/localRouter';
import type { LinkRouter } from '../src/layout/routes';
import type { Plan } from '../src/domain/plan';
import { loadRouter } from './libavoidRouter';
import { figure } from './figures';
import type { Figure } from './figures';

const round = (v: number) => Number(v.toFixed(2));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const servers = (n: number) => n.toLocaleString('en-US');

interface Measured {
  whole: number[];
  steps: number[];
  links: number;
}

/** Routes the plan from nothing `runs` times (a new router each), then moves one Front End near the middle ten times by a few units. */
async function measure(plan: Plan, make: () => Promise<LinkRouter> | LinkRouter, runs: number): Promise<Measured> {
  const whole: number[] = [];
  let router = await make();
  for (let r = 0; r < runs; r++) {
    router.dispose();
    router = await make();
    const t0 = performance.now();
    router.route(plan);
    whole.push(performance.now() - t0);
  }
  const mover = plan.nodes.filter((x) => x.kind === 'front-end-server')[Math.floor(plan.nodes.length / 8)] ?? plan.nodes[0];
  const steps: number[] = [];
  let moved: Plan = plan;
  for (let s = 1; s <= 10; s++) {
    moved = {
      ...moved,
      nodes: moved.nodes.map((x) => (x.id === mover.id ? { ...x, position: { x: x.position.x + 4 * s, y: x.position.y + 4 } } : x)),
    };
    const t0 = performance.now();
    router.route(moved);
    steps.push(performance.now() - t0);
  }
  router.dispose();
  return { whole, steps, links: plan.links.length };
}

/** Sizes: the whole plan within 1 s and a move within a frame (16.7 ms) at 10,000 servers are issue 14's targets. */
export async function runRoutingBench(
  sizes: readonly number[] = [100, 300, 1000, 3000, 10000],
  librarySizes: readonly number[] = [100, 300, 1000],
): Promise<Figure[]> {
  const figures: Figure[] = [];
  // One pass first, so that the figures are of compiled code, as in a worker after its first plan.
  createLocalRouter().route(makeLargePlan(300));
  for (const n of sizes) {
    const plan = makeLargePlan(n);
    const own = await measure(plan, createLocalRouter, n >= 3000 ? 3 : 5);
    const lib = librarySizes.includes(n) ? await measure(plan, () => loadRouter(), n >= 1000 ? 1 : 3) : undefined;
    figures.push(
      figure({
        id: `route-whole-${n}`,
        name: `Route every link from nothing, ${servers(n)} servers, ${servers(own.links)} links${lib ? ` (libavoid: ${round(median(lib.whole))} ms)` : ''}`,
        value: round(median(own.whole)),
        unit: 'ms',
        target: { max: 1000, text: '≤ 1 s' },
        detail: { runs: own.whole.map(round), ...(lib ? { libavoid: lib.whole.map(round) } : {}) },
      }),
      figure({
        id: `route-move-${n}`,
        name: `Route after one server moves (its links and those its boxes touch), ${servers(n)} servers${lib ? ` (libavoid: ${round(median(lib.steps))} ms)` : ''}`,
        value: round(median(own.steps)),
        unit: 'ms',
        target: { max: 16.7, text: '≤ 1 frame' },
        detail: { steps: own.steps.map(round), max: round(Math.max(...own.steps)), ...(lib ? { libavoid: lib.steps.map(round) } : {}) },
      }),
    );
  }
  return figures;
}
