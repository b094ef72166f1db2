/** A set of checkboxes for a list field (Edge services, role databases); `minimum` keeps that many checked. */
export function CheckGroup<T extends string>({
  label,
  values,
  labels,
  checked,
  onChange,
  testId,
  disabled,
  minimum = 0,
}: {
  label: string;
  values: readonly T[];
  labels: Record<T, string>;
  checked: readonly T[];
  onChange(next: T[]): void;
  testId: string;
  disabled?: boolean;
  minimum?: number;
}) {
  const on = new Set(checked);
  return (
    <fieldset data-testid={testId} className="space-y-1">
      <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-300">{label}</legend>
      {values.map((v) => {
        const isOn = on.has(v);
        const locked = isOn && on.size <= minimum;
        return (
          <label
            key={v}
            className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-200"
            title={locked ? 'At least one must stay' : undefined}
          >
            <input
              type="checkbox"
              data-testid={`${testId}-${v}`}
              checked={isOn}
              disabled={disabled || locked}
              onChange={(e) => onChange(values.filter((x) => (x === v ? e.target.checked : on.has(x))))}
              className="h-4 w-4 accent-blue-600"
            />
            {labels[v]}
          </label>
        );
      })}
    </fieldset>
  );
}
