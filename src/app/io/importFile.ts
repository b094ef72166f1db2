/**
 * Import a plan from a file (picker or drop): JSON plan files and exported SVG or PNG diagrams, all
 * through the one plan reader. A file that cannot be read changes nothing and says why.
 */
import { normalizePoolBoxes } from '../../domain/operations';
import { fileSizeProblem } from '../../io/fileKind';
import { forgetSharedLink } from '../share/sharedLink';
import { documents, planStore, sessionStore } from '../stores';
import { decodeOffThread } from './offThread';

/** Import the first file as a new local plan; returns true when it was opened. */
export async function importFiles(files: FileList | File[]): Promise<boolean> {
  const file = files[0];
  if (!file) return false;
  const session = sessionStore.getState();
  const tooLarge = fileSizeProblem(file.name, file.size);
  if (tooLarge) {
    session.notify('error', `${tooLarge}. Nothing was changed.`);
    return false;
  }
  // Read, checked and parsed in a worker: a large file never freezes the page.
  const result = await decodeOffThread({ kind: 'file', name: file.name, file });
  if (!result.ok) {
    session.notify('error', `“${file.name}” was not imported: ${result.error.message.replace(/\.$/, '')}. Nothing was changed.`);
    return false;
  }
  // The import opens as a new local plan: the plan that was open stays as it is, in the Plans list.
  const wasShared = planStore.getState().readOnly;
  const previous = documents.state.getState().currentId !== null ? planStore.getState().plan.name : undefined;
  documents.createPlan(normalizePoolBoxes(result.plan));
  if (wasShared) forgetSharedLink();
  session.notify(
    'info',
    `Imported “${result.plan.name}” from ${file.name} as a new plan.${previous === undefined ? '' : ` “${previous}” is unchanged, in Plans.`}`,
  );
  return true;
}
