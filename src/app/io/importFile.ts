/**
 * Import a plan from a file (picker or drop): JSON plan files and exported SVG diagrams, both
 * through the one plan reader. A file that cannot be read changes nothing and says why.
 */
import { normalizePoolBoxes } from '../../domain/operations';
import { fileSizeProblem } from '../../io/fileKind';
import { forgetSharedLink } from '../share/sharedLink';
import { documents, planStore, sessionStore } from '../stores';
import { decodeOffThread } from './offThread';

/** Import the first file; returns true when the plan was replaced. */
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
    session.notify('error', `“${file.name}” was not imported: ${result.error.message}. Nothing was changed.`);
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
