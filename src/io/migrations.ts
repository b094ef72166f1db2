/**
 * Ordered upgrades of raw plan objects, keyed by `version` (tldraw style).
 * Version 1 is current, so the list is empty; the first change of the format adds
 * `{ from: 1, to: 2, up(raw) { ... } }` and raises PLAN_VERSION in the model.
 * A migration works on the raw object before the schema check and must not mutate its input.
 */
import { PLAN_VERSION } from '../domain/plan';

export type RawPlan = Record<string, unknown>;

export interface PlanMigration {
  from: number;
  to: number;
  up(raw: RawPlan): RawPlan;
}

export const PLAN_MIGRATIONS: readonly PlanMigration[] = [];

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
