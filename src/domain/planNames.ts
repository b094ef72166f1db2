/**
 * Names of whole plans in the Plans list: a new plan never takes a name another plan has
 * (`Enterprise consolidated`, then `Enterprise consolidated (2)`), and a copy says it is one
 * (`Contoso (copy)`, then `Contoso (copy 2)`). Names compare without case and surrounding spaces.
 */

const key = (name: string) => name.trim().toLowerCase();

/** `name`, or the same with the first free number ` (2)`, ` (3)` … when another plan has it. */
export function uniquePlanName(name: string, taken: Iterable<string>): string {
  const names = new Set([...taken].map(key));
  if (!names.has(key(name))) return name;
  const stem = name.replace(/ \(\d+\)$/, '');
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})`;
    if (!names.has(key(candidate))) return candidate;
  }
}

/** The name of a copy: `name (copy)`, or `name (copy 2)` … when that is taken. */
export function copyPlanName(name: string, taken: Iterable<string>): string {
  const names = new Set([...taken].map(key));
  const stem = name.replace(/ \(copy(?: \d+)?\)$/, '');
  for (let i = 1; ; i++) {
    const candidate = `${stem} (copy${i === 1 ? '' : ` ${i}`})`;
    if (!names.has(key(candidate))) return candidate;
  }
}
