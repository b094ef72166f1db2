/** Shown while a shared plan is viewed read-only: edit a copy, or go back to one's own plans. */
import { templatePlan } from '../domain/templates';
import { forgetSharedLink } from './share/sharedLink';
import { documents, usePlan } from './stores';

export function SharedBanner() {
  const readOnly = usePlan((s) => s.readOnly);
  const name = usePlan((s) => s.plan.name);
  if (!readOnly) return null;
  return (
    <div
      data-testid="shared-banner"
      className="flex items-center gap-3 border-b border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <span className="min-w-0 flex-1 truncate">
        Viewing the shared plan <strong>{name}</strong>, read-only. Your own plans are untouched.
      </span>
      <button
        type="button"
        data-testid="edit-copy"
        className="rounded bg-amber-600 px-3 py-1 font-medium text-white hover:bg-amber-700"
        onClick={() => {
          documents.editSharedCopy();
          forgetSharedLink();
        }}
      >
        Edit a copy
      </button>
      <button
        type="button"
        data-testid="leave-shared"
        className="rounded border border-amber-400 px-3 py-1 hover:bg-amber-100 dark:hover:bg-amber-900"
        onClick={() => {
          documents.leaveShared(() => templatePlan('empty'));
          forgetSharedLink();
        }}
      >
        Back to my plans
      </button>
    </div>
  );
}
