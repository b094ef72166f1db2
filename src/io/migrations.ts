/**
 * Ordered upgrades of raw plan objects, keyed by `version` (tldraw style).
 * A migration works on the raw object before the schema check and must not mutate its input;
 * what it does not understand it passes on unchanged (the schema check comes after).
 */
import { PLAN_VERSION } from '../domain/plan';

export type RawPlan = Record<string, unknown>;

export interface PlanMigration {
  from: number;
  to: number;
  up(raw: RawPlan): RawPlan;
}

const isRecord = (v: unknown): v is RawPlan => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * 1 -> 2 (topology.md section 1): every node gets `zone: "internal"` (a version-1 plan knew only the
 * internal network). Nothing else changes meaning: pools without `purpose` host users, and `is64bit`
 * is left as written (its default now depends on the OCS version).
 */
export const MIGRATE_1_TO_2: PlanMigration = {
  from: 1,
  to: 2,
  up(raw) {
    if (!Array.isArray(raw.nodes)) return raw;
    const nodes: unknown[] = raw.nodes.map((n: unknown) => (isRecord(n) && !('zone' in n) ? { ...n, zone: 'internal' } : n));
    return { ...raw, nodes };
  },
};

export const PLAN_MIGRATIONS: readonly PlanMigration[] = [MIGRATE_1_TO_2];

export type MigrateResult = { ok: true; raw: RawPlan } | { ok: false; message: string };

/**
 * Brings `raw` (whose `version` has been checked to be a whole number >= 1) up to `currentVersion`.
 * Fails for a newer version than supported or a gap in the list.
 */
export function migratePlan(
  raw: RawPlan,
  version: number,
  migrations: readonly PlanMigration[] = PLAN_MIGRATIONS,
  currentVersion: number = PLAN_VERSION,
): MigrateResult {
  if (version > currentVersion) {
    return {
      ok: false,
      message: `this plan was saved by a newer version of OCS Topology Designer (plan version ${version}; this version reads up to ${currentVersion}). Update the app to open it.`,
    };
  }
  let current = raw;
  let v = version;
  while (v < currentVersion) {
    const step = migrations.find((m) => m.from === v);
    if (!step || step.to <= v) {
      return { ok: false, message: `plan version ${v} cannot be upgraded: no migration from version ${v}.` };
    }
    current = { ...step.up(current), version: step.to };
    v = step.to;
  }
  return { ok: true, raw: current };
}
