/** Small form controls of the inspector. Text fields apply as the user types; one focus is one undo step. */
import { useId } from 'react';
import type { ReactNode } from 'react';
import { planStore } from '../stores';

const inputClass =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-blue-500 focus:outline-none focus:ring-2 focus:ring-blue-500/30 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

export function Field({
  label,
  children,
  hint,
  problem,
  testId,
}: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: ReactNode;
  /** An inline message about the value (kept as typed). */
  problem?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-300">
        {label}
      </label>
      {children(id)}
      {problem && (
        <p
          id={`${id}-problem`}
          data-testid={testId ? `${testId}-problem` : undefined}
          className="text-[11px] text-amber-700 dark:text-amber-300"
        >
          {problem}
        </p>
      )}
      {hint && <p className="text-[11px] text-slate-500 dark:text-slate-400">{hint}</p>}
    </div>
  );
}

const gesture = {
  onFocus: () => planStore.getState().beginGesture(),
  onBlur: () => planStore.getState().endGesture(),
};

export function TextField({
  label,
  value,
  onChange,
  testId,
  disabled,
  placeholder,
  hint,
  problem,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  testId?: string;
  disabled?: boolean;
  /** Shown while the field is empty: the value used when none is given. */
  placeholder?: string;
  hint?: ReactNode;
  problem?: string;
}) {
  return (
    <Field label={label} hint={hint} problem={problem} testId={testId}>
      {(id) => (
        <input
          id={id}
          data-testid={testId}
          className={`${inputClass}${problem ? ' border-amber-500 dark:border-amber-400' : ''}`}
          value={value}
          disabled={disabled}
          placeholder={placeholder}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          {...gesture}
        />
      )}
    </Field>
  );
}

export function NumberField({
  label,
  value,
  onChange,
  testId,
  disabled,
  hint,
}: {
  label: string;
  value: number | undefined;
  onChange(v: number | undefined): void;
  testId?: string;
  disabled?: boolean;
  hint?: ReactNode;
}) {
  return (
    <Field label={label} hint={hint}>
      {(id) => (
        <input
          id={id}
          type="number"
          min={0}
          step={500}
          data-testid={testId}
          className={inputClass}
          value={value ?? ''}
          disabled={disabled}
          onChange={(e) => {
            const raw = e.target.value;
            const n = Number(raw);
            onChange(raw === '' || !Number.isFinite(n) ? undefined : Math.max(0, Math.round(n)));
          }}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          {...gesture}
        />
      )}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
  disabled,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(v: T): void;
  testId?: string;
  disabled?: boolean;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <select
          id={id}
          data-testid={testId}
          className={inputClass}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
  testId,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
  testId?: string;
  disabled?: boolean;
}) {
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-200">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        className="h-4 w-4 accent-blue-600"
      />
      {label}
    </label>
  );
}
