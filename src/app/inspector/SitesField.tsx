/** The plan's sites in the plan inspector: add, rename, remove (each one undo step). */
import { addSite, removeSite, renameSite } from '../../domain/sites';
import type { Plan } from '../../domain/plan';
import { runCommand } from '../commands';
import { usePlan } from '../stores';

const edit = (change: (plan: Plan) => Plan) => runCommand('edit-properties', { change });

const buttonClass =
  'rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800';

export function SitesField({ readOnly }: { readOnly: boolean }) {
  const sites = usePlan((s) => s.plan.sites);
  return (
    <fieldset data-testid="inspector-sites" className="space-y-1">
      <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">Sites</legend>
      <p className="text-xs text-slate-500 dark:text-slate-400">Servers without a site are in the central site.</p>
      <ul className="space-y-1">
        {(sites ?? []).map((site, i) => (
          <li key={site.id} className="flex items-center gap-1">
            <input
              aria-label={`Name of site ${i + 1}`}
              data-testid={`inspector-site-name-${i}`}
              value={site.name}
              disabled={readOnly}
              onChange={(e) => edit((plan) => renameSite(plan, site.id, e.target.value))}
              className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-800"
            />
            <button
              type="button"
              className={buttonClass}
              data-testid={`inspector-site-remove-${i}`}
              disabled={readOnly}
              onClick={() => edit((plan) => removeSite(plan, site.id))}
              aria-label={`Remove site ${site.name}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={buttonClass}
        data-testid="inspector-site-add"
        disabled={readOnly}
        onClick={() => edit((plan) => addSite(plan).plan)}
      >
        Add site
      </button>
    </fieldset>
  );
}
