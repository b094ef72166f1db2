/**
 * Import a plan from a file (picker or drop): JSON plan files and exported SVG diagrams, both
 * through the one plan reader. A file that cannot be read changes nothing and says why.
 */
import { normalizePoolBoxes } from '../../domain/operations';
import { isPng, readPlanFromPng } from '../../export/pngChunk';
import { decodePlanBytes } from '../../io/decodeText';
import { MAX_PLAN_TEXT_LENGTH, parsePlanText, PlanReadError } from '../../io/readPlan';
import type { ReadResult } from '../../io/readPlan';
import { forgetSharedLink } from '../share/sharedLink';
import { documents, planStore, sessionStore } from '../stores';

export async function readPlanFile(name: string, text: string): Promise<ReadResult> {
  const looksSvg = /\.svg$/i.test(name) || /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(text);
  if (!looksSvg) return parsePlanText(text);
  // The SVG reader comes with the SVG export, which the first screen does not need.
  const { readPlanFromSvg } = await import('../../io/exportSvg');
  return readPlanFromSvg(text);
}

/** The bytes of a file: an exported PNG's plan, or text decoded as the command-line tool decodes it. */
export async function readPlanBytesOf(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (isPng(bytes)) return readPlanFromPng(bytes);
  const decoded = decodePlanBytes(bytes);
  return decoded.ok ? readPlanFile(name, decoded.text) : { ok: false, error: new PlanReadError(decoded.message) };
}

/** Import the first file as a new local plan; returns true when it was opened. */
export async function importFiles(files: FileList | File[]): Promise<boolean> {
  const file = files[0];
  if (!file) return false;
  const session = sessionStore.getState();
  if (file.size > MAX_PLAN_TEXT_LENGTH) {
    session.notify('error', `“${file.name}” is ${(file.size / 1e6).toFixed(1)} MB; plan files over ${(MAX_PLAN_TEXT_LENGTH / 1e6).toFixed(0)} MB are refused. Nothing was changed.`);
    return false;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    session.notify('error', `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
    return false;
  }
  const result = await readPlanBytesOf(file.name, bytes);
  if (!result.ok) {
    session.notify('error', `“${file.name}” was not imported: ${result.error.message}. Nothing was changed.`);
    return false;
  }
  // The import opens as a new local plan: the plan that was open stays as it is, in the Plans list.
  const wasShared = planStore.getState().readOnly;
  const previous = documents.state.getState().currentId !== null ? planStore.getState().plan.name : undefined;
  documents.createPlan(normalizePoolBoxes(result.plan));
  if (wasShared) forgetSharedLink();
  session.notify('info', `Imported “${result.plan.name}” from ${file.name} as a new plan.${previous === undefined ? '' : ` “${previous}” is unchanged, in Plans.`}`);
  return true;
}
