/** The plan fixtures that read as plans (fixtures/plans/*.json, by file name; the broken ones are skipped). */
import { readFileSync, readdirSync } from 'node:fs';
import type { Plan } from '../../src/domain/plan';
import { readPlan } from '../../src/io/readPlan';

export function readableFixturePlans(): { label: string; plan: Plan }[] {
  const out: { label: string; plan: Plan }[] = [];
  const dir = new URL('../../fixtures/plans/', import.meta.url);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    } catch {
      continue;
    }
    const read = readPlan(raw);
    if (read.ok) out.push({ label: `fixture ${file}`, plan: read.plan });
  }
  return out;
}
