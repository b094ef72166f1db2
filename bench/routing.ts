/**
 * Link routing in Node (the same libavoid router the canvas runs in its worker): a whole plan routed
 * from nothing (what an import costs), and one server moved in a routed plan (what a drag step costs:
 * the router is incremental and re-routes what the move touches).
 */
import { makeLargePlan } from '../test/support/largePlan';
import { loadRouter } from '../src/layout/avoidRouter';
import type { Plan } from '../src/domain/plan';
import { figure } from './figures';
import type { Figure } from './figures';

const round = (v: number) => Number(v.toFixed(2));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Sizes: the whole plan within 1 s is issue 14's target; a move within a frame (16.7 ms). */
export async function runRoutingBench(sizes: readonly number[] = [100, 300, 1000]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of sizes) {
    const plan = makeLargePlan(n);
    const whole: number[] = [];
    const runs = n >= 1000 ? 1 : 3;
    let router = await loadRouter();
    for (let r = 0; r < runs; r++) {
      router.dispose();
      router = await loadRouter();
      const t0 = performance.now();
      router.route(plan);
      whole.push(performance.now() - t0);
    }
    figures.push(
      figure({
        id: `route-whole-${n}`,
        name: `Route every link from nothing (libavoid), ${n.toLocaleString('en-US')} servers, ${plan.links.length.toLocaleString('en-US')} links`,
        value: round(median(whole)),
        unit: 'ms',
        target: { max: 1000, text: '≤ 1 s' },
        detail: { runs: whole.map(round) },
      }),
    );
    // One Front End near the middle moved ten times by 40 px, each step routed incrementally.
    const mover = plan.nodes.filter((x) => x.kind === 'front-end-server')[Math.floor(n / 8)] ?? plan.nodes[0];
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
    figures.push(
      figure({
        id: `route-move-${n}`,
        name: `Route after one server moves (incremental), ${n.toLocaleString('en-US')} servers`,
        value: round(median(steps)),
        unit: 'ms',
        target: { max: 16.7, text: '≤ 1 frame' },
        detail: { steps: steps.map(round) },
      }),
    );
  }
  return figures;
}
