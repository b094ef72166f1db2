/** The inspector: edit what is selected (a server, a pool, a link), or the plan when nothing is. */
import { KINDS, kindLabel, OCS_VERSION_LABELS, ZONE_LABELS, zoneAllowed } from '../../domain/kinds';
import { updateNode, updatePool } from '../../domain/operations';
import { OCS_VERSIONS, purposeOf, ZONES, zoneOf } from '../../domain/plan';
import type { OcsVersion, Plan, PlanNode, Pool, PoolPurpose, Zone } from '../../domain/plan';
import { runCommand } from '../commands';
import { CommandButton } from '../CommandButton';
import { poolCapacity } from '../../rules';
import { useDeferredValue } from 'react';
import { usePlan, useSession } from '../stores';
import { useShallow } from 'zustand/shallow';
import { NumberField, SelectField, TextField } from './fields';
import { useReportInputs } from '../report/reportInputs';
import { KindFields } from './KindFields';
import { AutoSignInField, PoolWebFields, SipDomainsField } from './PlanReportFields';
import { RolesField } from './RolesField';
import { SitesField } from './SitesField';
import { WhyNote } from './WhyNote';
import { RequirementsNote } from '../planner/RequirementsNote';

const edit = (change: (plan: Plan) => Plan) => runCommand('edit-properties', { change });

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

function NodeInspector({ node, readOnly }: { node: Omit<PlanNode, 'position'>; readOnly: boolean }) {
  const poolName = usePlan((s) => (node.pool ? s.plan.pools.find((p) => p.id === node.pool)?.name : undefined));
  const ocsVersion = usePlan((s) => s.plan.ocsVersion);
  const sites = usePlan((s) => s.plan.sites);
  const edgeDefaults = useReportInputs().defaultEdgeExternalFqdns;
  const set = (patch: Partial<PlanNode>) => edit((plan) => updateNode(plan, node.id, patch));
  const zoneOptions = ZONES.map((z) => ({
    value: z,
    label: zoneAllowed(node.kind, z) ? ZONE_LABELS[z] : `${ZONE_LABELS[z]} (not where it belongs)`,
  }));
  const siteOptions = [{ value: '', label: 'Central site' }, ...(sites ?? []).map((s) => ({ value: s.id, label: s.name }))];
  return (
    <div className="space-y-3">
      <Header title={kindLabel(node.kind, ocsVersion)} subtitle={poolName ? `Member of ${poolName}` : 'Not in a pool'} />
      <WhyNote why={node.why} />
      <TextField label="Name (FQDN)" value={node.name} onChange={(name) => set({ name })} testId="inspector-name" disabled={readOnly} />
      <SelectField<Zone>
        label="Zone"
        value={zoneOf(node)}
        options={zoneOptions}
        onChange={(zone) => set({ zone })}
        testId="inspector-zone"
        disabled={readOnly}
      />
      <SelectField<string>
        label="Site"
        value={node.site ?? ''}
        options={siteOptions}
        onChange={(site) => set({ site: site === '' ? undefined : site })}
        testId="inspector-site"
        disabled={readOnly}
      />
      <KindFields node={node} ocsVersion={ocsVersion} set={set} readOnly={readOnly} edgeFqdnDefaults={edgeDefaults[node.id]} />
      {KINDS_WITH_ROLES(node.kind) && <RolesField node={node} readOnly={readOnly} onChange={(collocated) => set({ collocated })} />}
    </div>
  );
}

const KINDS_WITH_ROLES = (kind: PlanNode['kind']) => KINDS[kind].fields.includes('collocated');

function PoolInspector({ pool, readOnly }: { pool: Pool; readOnly: boolean }) {
  const members = usePlan((s) => s.plan.nodes.filter((n) => n.pool === pool.id).length);
  const capacity = usePlan((s) => (pool.edition === 'enterprise' ? poolCapacity(s.plan, pool.id) : 5000));
  const set = (patch: Partial<Pool>) => edit((plan) => updatePool(plan, pool.id, patch));
  const config = pool.edition === 'standard' ? 'standard' : (pool.configuration ?? 'consolidated');
  return (
    <div className="space-y-3">
      <Header title={purposeOf(pool) === 'director' ? 'Director pool' : 'Pool'} subtitle={`${members} member${members === 1 ? '' : 's'}`} />
      <WhyNote why={pool.why} />
      <TextField
        label="Pool name (FQDN)"
        value={pool.name}
        onChange={(name) => set({ name })}
        testId="inspector-pool-name"
        disabled={readOnly}
      />
      <SelectField
        label="Edition and configuration"
        value={config}
        testId="inspector-pool-configuration"
        disabled={readOnly}
        options={[
          { value: 'standard', label: 'Standard Edition' },
          { value: 'consolidated', label: 'Enterprise, consolidated' },
          { value: 'expanded', label: 'Enterprise, expanded' },
        ]}
        onChange={(v) => set(v === 'standard' ? { edition: 'standard' } : { edition: 'enterprise', configuration: v })}
      />
      <SelectField<PoolPurpose>
        label="Purpose"
        value={purposeOf(pool)}
        testId="inspector-pool-purpose"
        disabled={readOnly}
        options={[
          { value: 'users', label: 'Hosts users' },
          { value: 'director', label: 'Director (hosts no users)' },
        ]}
        onChange={(purpose) => set({ purpose })}
      />
      <NumberField
        label="Planned users"
        value={pool.users}
        onChange={(users) => set({ users })}
        testId="inspector-pool-users"
        disabled={readOnly}
        hint={capacity !== undefined ? `Documented capacity for this pool: ${capacity.toLocaleString('en-US')} users.` : undefined}
      />
      <PoolWebFields pool={pool} readOnly={readOnly} set={set} />
    </div>
  );
}

function PlanInspector({ readOnly }: { readOnly: boolean }) {
  const name = usePlan((s) => s.plan.name);
  const version = usePlan((s) => s.plan.ocsVersion);
  const counts = usePlan((s) => `${s.plan.pools.length} pools, ${s.plan.nodes.length} servers, ${s.plan.links.length} links`);
  return (
    <div className="space-y-3">
      <Header title="Plan" subtitle={counts} />
      <TextField
        label="Plan name"
        value={name}
        onChange={(v) => edit((plan) => ({ ...plan, name: v }))}
        testId="inspector-plan-name"
        disabled={readOnly}
      />
      <SelectField<OcsVersion>
        label="OCS version"
        value={version}
        options={options(OCS_VERSIONS, OCS_VERSION_LABELS)}
        onChange={(ocsVersion) => edit((plan) => ({ ...plan, ocsVersion }))}
        testId="inspector-ocs-version"
        disabled={readOnly}
      />
      <SipDomainsField readOnly={readOnly} />
      <AutoSignInField readOnly={readOnly} />
      <SitesField readOnly={readOnly} />
      <RequirementsNote />
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Select a server, pool or link to edit it. Shift-click or Shift-drag selects several.
      </p>
    </div>
  );
}

function Header({ title, subtitle }: { title: string; subtitle?: string }) {
  return (
    <div>
      <h2 className="text-sm font-semibold text-slate-800 dark:text-slate-100">{title}</h2>
      {subtitle && <p className="text-xs text-slate-500 dark:text-slate-400">{subtitle}</p>}
    </div>
  );
}

export function Inspector() {
  // Deferred: a click that selects (and may start a drag) draws the canvas first, the inspector's new
  // form in a task of its own (its layout made the first move of a drag one long task at 3,000 servers).
  const selected = useDeferredValue(useSession((s) => (s.selected.size === 1 ? [...s.selected][0] : s.selected.size)));
  const readOnly = usePlan((s) => s.readOnly);
  // The node without its position, unchanged while it is dragged: a new object on every move would
  // render the inspector synchronously inside each pointer move (useSyncExternalStore always does).
  const node = usePlan(
    useShallow((s) => {
      const found = typeof selected === 'string' ? s.plan.nodes.find((n) => n.id === selected) : undefined;
      if (!found) return undefined;
      const { position: _position, ...content } = found;
      return content;
    }),
  );
  const pool = usePlan((s) => (typeof selected === 'string' ? s.plan.pools.find((p) => p.id === selected) : undefined));
  const link = usePlan((s) => (typeof selected === 'string' ? s.plan.links.find((l) => l.id === selected) : undefined));
  const linkEnds = usePlan((s) =>
    link ? [link.from, link.to].map((id) => s.plan.nodes.find((n) => n.id === id)?.name ?? id).join(' — ') : '',
  );
  return (
    <section
      aria-label="Inspector"
      data-testid="inspector"
      // Scrolls by itself (a long Edge Server leaves the findings at least a third of the height).
      className="max-h-[65%] shrink-0 overflow-y-auto border-b border-slate-200 p-3 dark:border-slate-700"
    >
      {node ? (
        <NodeInspector key={node.id} node={node} readOnly={readOnly} />
      ) : pool ? (
        <PoolInspector key={pool.id} pool={pool} readOnly={readOnly} />
      ) : link ? (
        <div className="space-y-2">
          <Header title="Link" subtitle={linkEnds} />
          <TextField
            label="Label (drawn on the line)"
            value={link.label ?? ''}
            onChange={(v) =>
              edit((plan) => ({
                ...plan,
                links: plan.links.map((l) => {
                  if (l.id !== link.id) return l;
                  const { label: _label, ...rest } = l;
                  return v === '' ? rest : { ...l, label: v };
                }),
              }))
            }
            testId="inspector-link-label"
            disabled={readOnly}
          />
          {!readOnly && (
            <button
              type="button"
              className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              onClick={() => runCommand('delete')}
            >
              Delete link
            </button>
          )}
        </div>
      ) : typeof selected === 'number' && selected > 1 ? (
        <div className="space-y-2">
          <Header title={`${selected} items selected`} subtitle="Drag to move them together; Ctrl+C, Ctrl+D, Delete act on all." />
          {!readOnly && <ArrangeButtons />}
        </div>
      ) : (
        <PlanInspector readOnly={readOnly} />
      )}
    </section>
  );
}

const ARRANGE: [command: string, text: string][] = [
  ['align-left', 'Left'],
  ['align-center', 'Centre'],
  ['align-right', 'Right'],
  ['align-top', 'Top'],
  ['align-middle', 'Middle'],
  ['align-bottom', 'Bottom'],
  ['distribute-horizontal', 'Space ↔'],
  ['distribute-vertical', 'Space ↕'],
];

/** Align and distribute the selected servers (the same commands as the menu and Alt+Shift keys). */
function ArrangeButtons() {
  return (
    <div role="group" aria-label="Align and distribute" className="flex flex-wrap gap-1">
      {ARRANGE.map(([command, text]) => (
        <CommandButton
          key={command}
          command={command}
          testId={`inspector-${command}`}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {text}
        </CommandButton>
      ))}
    </div>
  );
}
