/** Why the planner made a server or a pool: its `why`, kept in the plan, shown under the inspector's heading. */
export function WhyNote({ why }: { why?: string }) {
  if (!why) return null;
  return (
    <p
      data-testid="inspector-why"
      className="rounded border border-sky-200 bg-sky-50 px-2 py-1.5 text-xs leading-snug text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
    >
      <span className="font-semibold">Why: </span>
      {why}
    </p>
  );
}
