/**
 * "New plan from requirements": a short form (version, sites and their users, the external share, the features,
 * voice sizing, high availability) whose result opens as a new local plan; opened from a plan that the planner made,
 * it starts from that plan's requirements and can also replace the plan (after a confirm; one undo step).
 */
import { useId, useState } from 'react';
import { OCS_VERSION_LABELS } from '../../domain/kinds';
import type { CwaUsers, OcsVersion, PlannerFeature, Requirements } from '../../domain/plan';
import { OCS_VERSIONS, PLANNER_FEATURES } from '../../domain/plan';
import { DEFAULT_EXTERNAL_PERCENT, defaultRequirements, PLANNER_FEATURE_LABELS, REQUIREMENT_LIMITS } from '../../domain/requirements';
import { readRequirements } from '../../planner/requirements';
import { buttonClass, Dialog, primaryButtonClass } from '../dialogs/Dialog';
import { usePlan } from '../stores';
import { createPlanFromRequirements, replacePlanFromRequirements } from './plannerActions';

interface Form {
  ocsVersion: OcsVersion;
  name: string;
  sites: { name: string; users: string }[];
  externalPercent: string;
  features: PlannerFeature[];
  voiceBy: 'gateways' | 'calls';
  gateways: string;
  concurrentCalls: string;
  cwaUsers: CwaUsers | '';
  highAvailability: boolean;
}

function formFrom(req: Requirements): Form {
  return {
    ocsVersion: req.ocsVersion,
    name: req.name ?? '',
    sites: req.sites.map((s) => ({ name: s.name, users: String(s.users) })),
    externalPercent: String(req.externalPercent ?? DEFAULT_EXTERNAL_PERCENT),
    features: [...req.features],
    voiceBy: req.gateways === undefined && req.concurrentCalls !== undefined ? 'calls' : 'gateways',
    gateways: req.gateways === undefined ? '' : String(req.gateways),
    concurrentCalls: req.concurrentCalls === undefined ? '' : String(req.concurrentCalls),
    cwaUsers: req.cwaUsers ?? '',
    highAvailability: req.highAvailability === true,
  };
}

/** A number field's value: a number where the text is one, else the text itself (the schema then says what is wrong). */
const numberOf = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

function requirementsFrom(form: Form): unknown {
  const voice = form.features.includes('voice');
  const out: Record<string, unknown> = {
    ocsVersion: form.ocsVersion,
    sites: form.sites.map((s) => ({ name: s.name.trim(), users: numberOf(s.users) })),
    externalPercent: numberOf(form.externalPercent),
    features: PLANNER_FEATURES.filter((f) => form.features.includes(f) && (f !== 'group-chat' || form.ocsVersion === '2007-r2')),
    highAvailability: form.highAvailability,
  };
  if (form.name.trim() !== '') out.name = form.name.trim();
  if (voice && form.voiceBy === 'gateways' && form.gateways.trim() !== '') out.gateways = numberOf(form.gateways);
  if (voice && form.voiceBy === 'calls' && form.concurrentCalls.trim() !== '') out.concurrentCalls = numberOf(form.concurrentCalls);
  if (form.features.includes('cwa') && form.cwaUsers !== '') out.cwaUsers = form.cwaUsers;
  return out;
}

/** The problems of a form's requirements in the form's own words. */
function formProblems(problems: string[]): string[] {
  return problems.map((p) =>
    p
      .replace(/^sites\[(\d+)\]\.users: /, (_, i: string) => `Users of site ${Number(i) + 1}: `)
      .replace(/^sites\[(\d+)\]\.name: /, (_, i: string) => `Name of site ${Number(i) + 1}: `)
      .replace(/^externalPercent: /, 'External users (%): ')
      .replace(/^gateways: /, 'PSTN gateways: ')
      .replace(/^concurrentCalls: /, 'Concurrent calls: ')
      .replace(/^name: /, 'Plan name: ')
      .replace(/^sites: must hold at least 1 items$/, 'Add at least one site.'),
  );
}

const input =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-blue-500 focus:outline-none focus:ring-2 focus:ring-blue-500/30 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';
const label = 'block text-xs font-medium text-slate-600 dark:text-slate-300';

export function PlannerDialog({ onClose, from, canReplace }: { onClose(): void; from?: Requirements; canReplace?: boolean }) {
  const [form, setForm] = useState<Form>(() => formFrom(from ?? defaultRequirements()));
  const [problems, setProblems] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const ids = useId();
  const set = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    setProblems([]);
    setConfirming(false);
  };
  const toggle = (f: PlannerFeature, on: boolean) => set({ features: on ? [...form.features, f] : form.features.filter((x) => x !== f) });
  const total = form.sites.reduce((s, x) => s + (Number(x.users) || 0), 0);
  const percent = Number(form.externalPercent);
  const external = Number.isFinite(percent) ? Math.ceil((total * percent) / 100) : 0;
  const read = () => {
    const r = readRequirements(requirementsFrom(form));
    if (!r.ok) setProblems(formProblems(r.problems));
    return r.ok ? r.requirements : undefined;
  };
  const generate = () => {
    const req = read();
    if (!req) return;
    createPlanFromRequirements(req);
    onClose();
  };
  const replace = () => {
    const req = read();
    if (!req) return;
    if (!confirming) {
      setConfirming(true);
      return;
    }
    replacePlanFromRequirements(req);
    onClose();
  };
  return (
    <Dialog title={from ? 'Plan from requirements' : 'New plan from requirements'} onClose={onClose} wide>
      <form
        data-testid="planner-form"
        noValidate
        className="space-y-3 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          generate();
        }}
      >
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Describe the organisation: the plan is sized from Microsoft&apos;s documented capacity, checked by the same rules, and each server
          says why it is there.
        </p>
        <div className="grid grid-cols-2 gap-3">
          <div className="space-y-1">
            <label htmlFor={`${ids}-v`} className={label}>
              OCS version
            </label>
            <select
              id={`${ids}-v`}
              name="ocsVersion"
              value={form.ocsVersion}
              onChange={(e) => set({ ocsVersion: e.target.value as OcsVersion })}
              className={`${input} w-full`}
            >
              {OCS_VERSIONS.map((v) => (
                <option key={v} value={v}>
                  {OCS_VERSION_LABELS[v]}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor={`${ids}-n`} className={label}>
              Plan name (optional)
            </label>
            <input
              id={`${ids}-n`}
              name="name"
              value={form.name}
              maxLength={REQUIREMENT_LIMITS.nameLength}
              placeholder="made from the users and the version"
              onChange={(e) => set({ name: e.target.value })}
              className={`${input} w-full`}
            />
          </div>
        </div>
        <fieldset className="space-y-1">
          <legend className={label}>Sites and their users (the first is the central site)</legend>
          {form.sites.map((s, i) => (
            <div key={i} className="flex items-center gap-2" data-testid="planner-site">
              <input
                aria-label={`Name of site ${i + 1}`}
                name={`sites.${i}.name`}
                value={s.name}
                onChange={(e) => set({ sites: form.sites.map((x, k) => (k === i ? { ...x, name: e.target.value } : x)) })}
                className={`${input} flex-1`}
              />
              <input
                aria-label={`Users of site ${i + 1}`}
                name={`sites.${i}.users`}
                inputMode="numeric"
                value={s.users}
                onChange={(e) => set({ sites: form.sites.map((x, k) => (k === i ? { ...x, users: e.target.value } : x)) })}
                className={`${input} w-28 text-right`}
              />
              <span className="w-14 text-xs text-slate-500">{i === 0 ? 'central' : ''}</span>
              <button
                type="button"
                aria-label={`Remove site ${i + 1}`}
                disabled={form.sites.length === 1}
                onClick={() => set({ sites: form.sites.filter((_, k) => k !== i) })}
                className={buttonClass}
              >
                −
              </button>
            </div>
          ))}
          <button
            type="button"
            data-testid="planner-add-site"
            disabled={form.sites.length >= REQUIREMENT_LIMITS.sites}
            onClick={() => set({ sites: [...form.sites, { name: `Site ${form.sites.length + 1}`, users: '1000' }] })}
            className={buttonClass}
          >
            Add site
          </button>
        </fieldset>
        <div className="flex items-end gap-3">
          <div className="space-y-1">
            <label htmlFor={`${ids}-x`} className={label}>
              External users (%)
            </label>
            <input
              id={`${ids}-x`}
              name="externalPercent"
              inputMode="decimal"
              value={form.externalPercent}
              onChange={(e) => set({ externalPercent: e.target.value })}
              className={`${input} w-20 text-right`}
            />
          </div>
          <p className="pb-1 text-xs text-slate-500 dark:text-slate-400" data-testid="planner-summary">
            {total.toLocaleString('en-US')} users, about {external.toLocaleString('en-US')} connecting from outside (Microsoft&apos;s user
            model assumes 10%).
          </p>
        </div>
        <fieldset>
          <legend className={label}>Features</legend>
          <div className="mt-1 grid grid-cols-2 gap-x-3 gap-y-1">
            <label className="flex items-center gap-2 text-slate-500">
              <input type="checkbox" checked disabled /> IM and presence (always)
            </label>
            {PLANNER_FEATURES.map((f) => {
              const unavailable = f === 'group-chat' && form.ocsVersion !== '2007-r2';
              return (
                <label
                  key={f}
                  className={`flex items-center gap-2 ${unavailable ? 'text-slate-400' : ''}`}
                  title={unavailable ? 'Group Chat is an OCS 2007 R2 feature' : undefined}
                >
                  <input
                    type="checkbox"
                    name="features"
                    value={f}
                    disabled={unavailable}
                    checked={!unavailable && form.features.includes(f)}
                    onChange={(e) => toggle(f, e.target.checked)}
                  />
                  {PLANNER_FEATURE_LABELS[f]}
                </label>
              );
            })}
          </div>
        </fieldset>
        {form.features.includes('voice') && (
          <fieldset className="flex flex-wrap items-center gap-2" data-testid="planner-voice">
            <legend className={label}>Enterprise Voice, sized by</legend>
            <label className="flex items-center gap-1">
              <input
                type="radio"
                name="voiceBy"
                value="gateways"
                checked={form.voiceBy === 'gateways'}
                onChange={() => set({ voiceBy: 'gateways' })}
              />
              PSTN gateways
            </label>
            <input
              aria-label="PSTN gateways"
              name="gateways"
              inputMode="numeric"
              placeholder="one per site"
              disabled={form.voiceBy !== 'gateways'}
              value={form.gateways}
              onChange={(e) => set({ gateways: e.target.value })}
              className={`${input} w-28 text-right`}
            />
            <label className="ml-2 flex items-center gap-1">
              <input
                type="radio"
                name="voiceBy"
                value="calls"
                checked={form.voiceBy === 'calls'}
                onChange={() => set({ voiceBy: 'calls' })}
              />
              concurrent calls
            </label>
            <input
              aria-label="Concurrent calls"
              name="concurrentCalls"
              inputMode="numeric"
              disabled={form.voiceBy !== 'calls'}
              value={form.concurrentCalls}
              onChange={(e) => set({ concurrentCalls: e.target.value })}
              className={`${input} w-24 text-right`}
            />
          </fieldset>
        )}
        {form.features.includes('cwa') && (
          <div className="flex items-center gap-2">
            <label htmlFor={`${ids}-c`} className={label}>
              Communicator Web Access for
            </label>
            <select
              id={`${ids}-c`}
              name="cwaUsers"
              value={form.cwaUsers}
              onChange={(e) => set({ cwaUsers: e.target.value as CwaUsers | '' })}
              className={input}
            >
              <option value="">internal and external users where there is external access</option>
              <option value="internal">internal users</option>
              <option value="external">external users</option>
              <option value="both">internal and external users</option>
            </select>
          </div>
        )}
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="highAvailability"
            checked={form.highAvailability}
            onChange={(e) => set({ highAvailability: e.target.checked })}
          />
          High availability (Enterprise pools with clustered back ends, two of each server that can be doubled)
        </label>
        {problems.length > 0 && (
          <ul
            role="alert"
            data-testid="planner-problems"
            className="list-disc rounded bg-red-50 py-1.5 pr-2 pl-6 text-xs text-red-800 dark:bg-red-950 dark:text-red-200"
          >
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {confirming && (
          <p
            role="alert"
            data-testid="planner-replace-warning"
            className="rounded bg-amber-50 px-2 py-1.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          >
            Replace everything in the open plan with the plan for these requirements? Undo (Ctrl+Z) brings it back.
          </p>
        )}
        <div className="flex justify-end gap-2 pt-1">
          <button type="button" className={buttonClass} onClick={onClose}>
            Cancel
          </button>
          {from && canReplace && (
            <button type="button" data-testid="planner-replace" className={buttonClass} onClick={replace}>
              {confirming ? 'Replace the open plan' : 'Replace this plan…'}
            </button>
          )}
          <button type="submit" data-testid="planner-generate" className={primaryButtonClass}>
            {from ? 'Generate a new plan' : 'Generate plan'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The form as the toolbar opens it: empty for a new plan, or from the open plan's requirements. */
export function PlannerDialogFor({ edit, onClose }: { edit: boolean; onClose(): void }) {
  const req = usePlan((s) => s.plan.requirements);
  const readOnly = usePlan((s) => s.readOnly);
  return <PlannerDialog onClose={onClose} from={edit ? req : undefined} canReplace={edit && !readOnly} />;
}
