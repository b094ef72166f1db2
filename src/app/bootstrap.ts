/**
 * Start-up: open a shared plan from the link (read-only), or the user's last local plan, or a new
 * one; wire saving to page life-cycle and other tabs.
 */
import { templatePlan } from '../domain/templates';
import { planPayloadFromHash } from '../io/linkFragment';
import { decodeOffThread } from './io/offThread';
import { documents, sessionStore, storageProblem } from './stores';

/** Counts the links being opened: when a second arrives while the first is decoded, only the second opens. */
let linksOpened = 0;

export async function openFromLocation(hash: string): Promise<void> {
  const payload = planPayloadFromHash(hash);
  if (payload !== undefined) {
    const ticket = ++linksOpened;
    // Decoded in a worker (the codec and its compression library load only when a link holds a plan).
    const result = await decodeOffThread({ kind: 'link', payload });
    if (ticket !== linksOpened) return;
    if (result.ok) {
      documents.viewShared(result.plan);
      return;
    }
    sessionStore
      .getState()
      .notify(
        'error',
        `This link does not hold a plan that can be opened: ${result.error.message.replace(/\.$/, '')}. Your own plans are unchanged.`,
      );
  }
  // A bad link pasted into a tab that is editing a local plan leaves that plan open as it is:
  // reopening it from storage would drop its undo history and any edit not yet saved.
  if (documents.state.getState().currentId !== null) return;
  if (!documents.openLast()) documents.createPlan(templatePlan('empty'));
}

export function bootstrap() {
  if (storageProblem) sessionStore.getState().notify('warning', storageProblem);
  void openFromLocation(location.hash).then(() => documents.reportUnreadable());
  window.addEventListener('hashchange', () => {
    if (planPayloadFromHash(location.hash) !== undefined) void openFromLocation(location.hash);
  });
  window.addEventListener('storage', (e) => documents.onStorageEvent(e.key));
  window.addEventListener('pagehide', () => documents.flush());
  window.addEventListener('beforeunload', () => documents.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') documents.flush();
  });
}
