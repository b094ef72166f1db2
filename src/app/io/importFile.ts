/**
 * Import a plan from a file (picker or drop): JSON plan files and exported SVG diagrams, both
 * through the one plan reader. A file that cannot be read changes nothing and says why.
 */
import { normalizePoolBoxes } from '../../domain/operations';
import { MAX_PLAN_TEXT_LENGTH, parsePlanText } from '../../io/readPlan';
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

/** Import the first file; returns true when the plan was replaced. */
export async function importFiles(files: FileList | File[]): Promise<boolean> {
  const file = files[0];
  if (!file) return false;
  const session = sessionStore.getState();
  if (file.size > MAX_PLAN_TEXT_LENGTH) {
    session.notify('error', `“${file.name}” is ${(file.size / 1e6).toFixed(1)} MB; plan files over ${(MAX_PLAN_TEXT_LENGTH / 1e6).toFixed(0)} MB are refused. Nothing was changed.`);
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    session.notify('error', `“${file.name}” could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`);
    return false;
  }
  const result = await readPlanFile(file.name, text);
  if (!result.ok) {
    session.notify('error', `“${file.name}” was not imported: ${result.error.message.replace(/\.$/, '')}. Nothing was changed.`);
    return false;
  }
  if (planStore.getState().readOnly) {
    // The import is made on a copy of the shared plan: a local plan from now on.
    documents.editSharedCopy();
    forgetSharedLink();
  }
  planStore.getState().apply(normalizePoolBoxes(result.plan));
  session.clearSelection();
  session.requestFit();
  session.notify('info', `Imported “${result.plan.name}” from ${file.name}. Ctrl+Z brings back the plan you had.`);
  return true;
}
