/**
 * The deployment report's inputs on the plan (SIP domains, the pool for automatic sign-in) and on a pool
 * (its web farm FQDNs), each with the report's default as the placeholder. Each edit is one undo step.
 */
import { useState } from 'react';
import { purposeOf } from '../../domain/plan';
import type { Plan, Pool } from '../../domain/plan';
import { runCommand } from '../commands';
import { planStore, usePlan } from '../stores';
import { useReportInputs } from '../report/reportInputs';
import { Field, SelectField, TextField } from './fields';
import { sipDomainProblem, splitSipDomains } from './sipDomains';

const edit = (change: (plan: Plan) => Plan) => runCommand('edit-properties', { change });

const inputClass =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-blue-500 focus:outline-none focus:ring-2 focus:ring-blue-500/30 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

function withSipDomains(plan: Plan, domains: string[]): Plan {
  const { sipDomains: _old, ...rest } = plan;
  return domains.length > 0 ? { ...rest, sipDomains: domains } : rest;
}

/**
 * The SIP domains as one line, separated by commas or spaces. While the field has the focus it keeps the
 * text as typed (a trailing comma stays); the plan gets the list at every keystroke.
 */
export function SipDomainsField({ readOnly }: { readOnly: boolean }) {
  const domains = usePlan((s) => s.plan.sipDomains);
  const defaults = useReportInputs().defaultSipDomains;
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (domains ?? []).join(', ');
  const problem = sipDomainProblem(splitSipDomains(text));
  return (
    <Field
      label="SIP domains"
      testId="inspector-sip-domains"
      problem={problem}
      hint={domains ? 'Separate several with commas.' : 'Empty: the domain part of the pool names. Separate several with commas.'}
    >
      {(id) => (
        <input
          id={id}
          data-testid="inspector-sip-domains"
          className={inputClass}
          value={text}
          placeholder={defaults.length > 0 ? defaults.join(', ') : 'contoso.com'}
          disabled={readOnly}
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          onFocus={() => {
            planStore.getState().beginGesture();
            setDraft(text);
          }}
          onBlur={() => {
            planStore.getState().endGesture();
            setDraft(null);
          }}
          onChange={(e) => {
            const next = e.target.value;
            setDraft(next);
            edit((plan) => withSipDomains(plan, splitSipDomains(next)));
          }}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      )}
    </Field>
  );
}

function withAutoSignIn(plan: Plan, pool: string): Plan {
  const { autoSignInPool: _old, ...rest } = plan;
  return pool === '' ? rest : { ...rest, autoSignInPool: pool };
}

/** The one pool that `_sipinternaltls._tcp` points to; "" is the default (the first pool that hosts users). */
export function AutoSignInField({ readOnly }: { readOnly: boolean }) {
  const chosen = usePlan((s) => s.plan.autoSignInPool);
  const poolsKey = usePlan((s) => JSON.stringify(s.plan.pools.map((p) => [p.id, p.name, purposeOf(p)])));
  const pools = JSON.parse(poolsKey) as [id: string, name: string, purpose: string][];
  const defaultId = useReportInputs().defaultAutoSignInPool;
  const defaultName = pools.find(([id]) => id === defaultId)?.[1];
  if (pools.length === 0 && chosen === undefined) return null;
  const options = [
    { value: '', label: defaultName ? `Default: ${defaultName}` : 'Default: the first pool that hosts users (none yet)' },
    ...pools.map(([id, name, purpose]) => ({ value: id, label: purpose === 'director' ? `${name} (Director)` : name })),
    ...(chosen !== undefined && !pools.some(([id]) => id === chosen) ? [{ value: chosen, label: `${chosen} (no such pool)` }] : []),
  ];
  return (
    <SelectField<string>
      label="Pool for automatic sign-in (_sipinternaltls._tcp)"
      value={chosen ?? ''}
      options={options}
      onChange={(pool) => edit((plan) => withAutoSignIn(plan, pool))}
      testId="inspector-auto-sign-in-pool"
      disabled={readOnly}
    />
  );
}

/** A pool's web farm FQDNs: internal (default: the pool FQDN) and external (published by the reverse proxy). */
export function PoolWebFields({ pool, readOnly, set }: { pool: Pool; readOnly: boolean; set(patch: Partial<Pool>): void }) {
  const internal = pool.edition === 'enterprise' || pool.webInternalFqdn !== undefined;
  const external = purposeOf(pool) === 'users' || pool.webExternalFqdn !== undefined;
  const orUndefined = (v: string) => (v.trim() === '' ? undefined : v);
  return (
    <>
      {internal && (
        <TextField
          label="Internal web farm FQDN"
          value={pool.webInternalFqdn ?? ''}
          placeholder={pool.name}
          onChange={(v) => set({ webInternalFqdn: orUndefined(v) })}
          testId="inspector-pool-web-internal"
          disabled={readOnly}
        />
      )}
      {external && (
        <TextField
          label="External web farm FQDN (reverse proxy)"
          value={pool.webExternalFqdn ?? ''}
          placeholder="not set"
          onChange={(v) => set({ webExternalFqdn: orUndefined(v) })}
          testId="inspector-pool-web-external"
          disabled={readOnly}
        />
      )}
    </>
  );
}
