/**
 * What the newer commands do: rename, arrange, nudge, link, start from a template, export. Each is
 * run by the command table's runner, which makes an edit one undo step and refuses it in a
 * read-only view; these functions only compute and apply.
 */
import { alignNodes, distributeNodes, nudgeItems } from '../domain/arrange';
import type { Alignment, Axis } from '../domain/arrange';
import { GRID } from '../domain/geometry';
import { connect, normalizePoolBoxes, updateNode, updatePool } from '../domain/operations';
import type { Plan } from '../domain/plan';
import { templatePlan } from '../domain/templates';
import type { TemplateName } from '../domain/templates';
import { documents, planStore, sessionStore } from './stores';

function apply(next: Plan, geometryOnly = false) {
  planStore.getState().apply(next, { geometryOnly });
}

const selection = () => [...sessionStore.getState().selected];

/** The one server or pool selected, if exactly one is. */
export function singleSelectedItem(): string | undefined {
  const ids = selection();
  if (ids.length !== 1) return undefined;
  const { plan } = planStore.getState();
  return plan.nodes.some((n) => n.id === ids[0]) || plan.pools.some((p) => p.id === ids[0]) ? ids[0] : undefined;
}

export function nameOf(plan: Plan, id: string): string | undefined {
  return plan.nodes.find((n) => n.id === id)?.name ?? plan.pools.find((p) => p.id === id)?.name;
}

/** Give a server or pool a new name; an empty or unchanged name changes nothing. */
export function renameItem(id: string, name: string) {
  const { plan } = planStore.getState();
  const text = name.trim();
  const current = nameOf(plan, id);
  if (current === undefined || text === '' || text === current) return;
  apply(plan.nodes.some((n) => n.id === id) ? updateNode(plan, id, { name: text }) : updatePool(plan, id, { name: text }));
}

export function alignSelection(alignment: Alignment) {
  apply(alignNodes(planStore.getState().plan, selection(), alignment), true);
}

export function distributeSelection(axis: Axis) {
  apply(distributeNodes(planStore.getState().plan, selection(), axis), true);
}

/** Arrow keys: one grid step; with Shift, four. */
export const NUDGE_STEP = GRID;
export const NUDGE_LARGE_STEP = 4 * GRID;

export function nudgeSelection(dx: number, dy: number, large: boolean) {
  const step = large ? NUDGE_LARGE_STEP : NUDGE_STEP;
  apply(nudgeItems(planStore.getState().plan, selection(), dx * step, dy * step), true);
}

export function linkNodes(source: string, target: string) {
  const result = connect(planStore.getState().plan, source, target);
  if (!result.id) return;
  apply(result.plan);
  sessionStore.getState().select([result.id]);
}

/** An empty plan starts from a seed configuration, keeping a name the user gave it. */
export function startFromTemplate(template: TemplateName) {
  const { plan } = planStore.getState();
  const next = templatePlan(template, plan.ocsVersion);
  apply(normalizePoolBoxes({ ...next, name: plan.name === 'Untitled plan' ? documents.uniqueName(next.name) : plan.name }));
  sessionStore.getState().requestFit();
}

/** A change to the plan computed by a panel (the inspector's fields, a finding's fix). */
export function changePlan(change: (plan: Plan) => Plan) {
  apply(change(planStore.getState().plan));
}

const exporting = () => import('./io/exporting');

export async function exportPlan(kind: 'json' | 'svg' | 'png' | 'drawio') {
  try {
    const m = await exporting();
    const plan = planStore.getState().plan;
    if (kind === 'json') m.downloadJson(plan);
    else if (kind === 'svg') await m.downloadSvg(plan);
    else if (kind === 'drawio') m.downloadDrawio(plan);
    else await m.downloadPng(plan);
  } catch (error) {
    sessionStore.getState().notify('error', `Export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
