/** The plan inspector's note on a plan the planner made: what it was made for, and the way back to the form. */
import { runCommand } from '../commands';
import { buttonClass } from '../dialogs/Dialog';
import { usePlan } from '../stores';

export function RequirementsNote() {
  const req = usePlan((s) => s.plan.requirements);
  if (!req) return null;
  const users = req.sites.reduce((s, x) => s + x.users, 0);
  return (
    <div
      data-testid="plan-requirements"
      className="space-y-1 rounded border border-sky-200 bg-sky-50 p-2 text-xs text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
    >
      <p>
        Made from requirements: {users.toLocaleString('en-US')} users in {req.sites.length === 1 ? 'one site' : `${req.sites.length} sites`}
        {req.features.length > 0 ? `, ${req.features.join(', ')}` : ''}
        {req.highAvailability ? ', high availability' : ''}.
      </p>
      <button type="button" data-testid="edit-requirements" className={buttonClass} onClick={() => runCommand('edit-requirements')}>
        Requirements…
      </button>
    </div>
  );
}
