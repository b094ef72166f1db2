/**
 * A ReadResult as it crosses to and from a Web Worker: structured cloning keeps the plan but not
 * the PlanReadError class and its fields, so the error travels as plain data and is rebuilt.
 */
import type { Plan } from '../domain/plan';
import { PlanReadError } from './planErrors';
import type { PlanProblem } from './planErrors';
import type { ReadResult } from './readPlan';

export type { ReadResult } from './readPlan';

export type WireResult = { ok: true; plan: Plan } | { ok: false; message: string; path?: string; problems: PlanProblem[] };

export function toWire(result: ReadResult): WireResult {
  if (result.ok) return result;
  const { message, path, problems } = result.error;
  return { ok: false, message, path, problems: problems.map((p) => ({ path: p.path, message: p.message })) };
}

export function fromWire(wire: WireResult): ReadResult {
  if (wire.ok) return wire;
  return { ok: false, error: new PlanReadError(wire.message, { path: wire.path, problems: wire.problems }) };
}
