/**
 * A server's roles: those its kind runs by itself (checked, not editable, "built in"), those it may
 * add, whether the computer is a domain controller, and, folded away, the roles it does not support
 * (open when the plan already gives it one, so nothing the plan says is hidden).
 */
import { ROLE_LABELS } from '../../domain/kinds';
import { COLLOCATED_ROLES, poolTemplateKind } from '../../domain/plan';
import type { CollocatedRole, PlanNode } from '../../domain/plan';
import { DOMAIN_CONTROLLER, roleOffer } from '../../domain/roles';
import { usePlan } from '../stores';
import { Checkbox } from './fields';

export function RolesField({
  node,
  readOnly,
  onChange,
}: {
  node: Omit<PlanNode, 'position'>;
  readOnly: boolean;
  onChange(roles: CollocatedRole[] | undefined): void;
}) {
  const configuration = usePlan((s) => {
    const pool = node.pool !== undefined ? s.plan.pools.find((p) => p.id === node.pool) : undefined;
    return pool ? poolTemplateKind(pool) : undefined;
  });
  const offer = roleOffer(node.kind, configuration);
  const roles = new Set(node.collocated ?? []);
  const toggle = (role: CollocatedRole, on: boolean) => {
    const next = COLLOCATED_ROLES.filter((r) => (r === role ? on : roles.has(r)));
    onChange(next.length > 0 ? next : undefined);
  };
  const box = (role: CollocatedRole, label = ROLE_LABELS[role]) => (
    <Checkbox
      key={role}
      label={label}
      checked={roles.has(role)}
      testId={`inspector-role-${role}`}
      disabled={readOnly}
      onChange={(on) => toggle(role, on)}
    />
  );
  const unsupportedHeld = offer.unsupported.some((r) => roles.has(r));
  return (
    <fieldset className="space-y-1" data-testid="inspector-roles">
      <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">Roles on this computer</legend>
      {offer.builtIn.map((role) => (
        <label
          key={role}
          className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-200"
          data-testid={`inspector-builtin-${role}`}
        >
          <input
            type="checkbox"
            checked
            disabled
            data-testid={`inspector-role-${role}`}
            data-built-in="true"
            className="h-4 w-4 accent-blue-600"
          />
          {role === 'back-end-sql' && node.kind === 'standard-edition-server' ? 'SQL Server Express (its database)' : ROLE_LABELS[role]}
          <span className="rounded bg-slate-200 px-1 text-[10px] text-slate-600 dark:bg-slate-700 dark:text-slate-300">built in</span>
          {roles.has(role) && !readOnly && (
            <button
              type="button"
              className="ml-auto text-[11px] text-blue-700 underline dark:text-blue-300"
              title="The plan file also lists this built-in role as an extra one"
              onClick={() => toggle(role, false)}
            >
              drop extra entry
            </button>
          )}
        </label>
      ))}
      {offer.mayAdd.length > 0 ? (
        <div className="pt-1">
          <p className="text-[11px] text-slate-500 dark:text-slate-400">May also run:</p>
          {offer.mayAdd.map((role) => box(role))}
        </div>
      ) : (
        <p className="pt-1 text-[11px] text-slate-500 dark:text-slate-400">No other server role is supported on this computer.</p>
      )}
      {box(DOMAIN_CONTROLLER, 'Domain controller (not supported)')}
      {offer.unsupported.length > 0 && (
        <details open={unsupportedHeld} className="pt-1" data-testid="inspector-unsupported-roles">
          <summary className="cursor-pointer text-[11px] text-slate-500 dark:text-slate-400">
            Unsupported roles (the checks report them)
          </summary>
          <div className="space-y-1 pt-1">{offer.unsupported.map((role) => box(role))}</div>
        </details>
      )}
    </fieldset>
  );
}
