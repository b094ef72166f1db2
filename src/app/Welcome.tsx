/** On an empty canvas: start from one of the seed configurations, or drag from the palette. */
import { EDGE_TEMPLATES } from '../domain/edgeTemplates';
import { TEMPLATE_LABELS } from '../domain/templates';
import type { TemplateName } from '../domain/templates';
import { runCommand } from './commands';
import { usePlan } from './stores';

const CHOICES: TemplateName[] = ['standard', 'consolidated', 'expanded', ...EDGE_TEMPLATES];

export function Welcome() {
  const empty = usePlan((s) => s.plan.nodes.length === 0 && s.plan.pools.length === 0 && !s.readOnly);
  if (!empty) return null;
  return (
    <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center">
      <div
        className="pointer-events-auto w-96 rounded-lg border border-slate-200 bg-white/95 p-4 text-center shadow-lg dark:border-slate-700 dark:bg-slate-900/95"
        data-testid="welcome"
      >
        <h2 className="mb-1 text-base font-semibold text-slate-900 dark:text-white">Start a topology</h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">
          Drag servers and pools from the palette, or start from a configuration:
        </p>
        <div className="flex flex-col gap-2">
          {CHOICES.map((t) => (
            <button
              key={t}
              type="button"
              data-testid={`template-${t}`}
              className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:border-blue-500 hover:bg-blue-50 dark:border-slate-600 dark:hover:bg-slate-800"
              onClick={() => runCommand('start-from-template', { template: t })}
            >
              {TEMPLATE_LABELS[t]}
            </button>
          ))}
          <button
            type="button"
            data-testid="welcome-planner"
            className="rounded border border-blue-300 bg-blue-50 px-3 py-1.5 text-sm font-medium text-blue-800 hover:border-blue-500 hover:bg-blue-100 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-100"
            onClick={() => runCommand('new-plan-from-requirements')}
          >
            New plan from requirements…
          </button>
        </div>
      </div>
    </div>
  );
}
