/** Find servers and pools by name: a case-insensitive substring, matches in reading order. */
import { allPoolBoxes } from './operations';
import type { Plan } from './plan';

export interface Match {
  id: string;
  name: string;
  kind: 'server' | 'pool';
}

/** Every server and pool whose name holds `query`, top to bottom, then left to right. */
export function findByName(plan: Plan, query: string): Match[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const boxes = allPoolBoxes(plan);
  const found: (Match & { x: number; y: number })[] = [];
  for (const p of plan.pools) {
    if (!p.name.toLowerCase().includes(q)) continue;
    const b = boxes.get(p.id)!;
    found.push({ id: p.id, name: p.name, kind: 'pool', x: b.x, y: b.y });
  }
  for (const n of plan.nodes) {
    if (n.name.toLowerCase().includes(q)) found.push({ id: n.id, name: n.name, kind: 'server', ...n.position });
  }
  found.sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
  return found.map(({ id, name, kind }) => ({ id, name, kind }));
}
