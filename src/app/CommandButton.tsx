/** A button that runs a command of the table: label, tooltip (with the shortcut) and enabled state from there. */
import type { ReactNode } from 'react';
import { commandById, runCommand } from './commands';
import { commandTitle, useCommandEnabled } from './commandHooks';

export const BUTTON_BASE =
  'shrink-0 whitespace-nowrap rounded py-1 text-sm text-slate-700 hover:bg-slate-200 disabled:opacity-40 disabled:hover:bg-transparent dark:text-slate-200 dark:hover:bg-slate-700';
export const BUTTON = `${BUTTON_BASE} px-2`;
export const NARROW_BUTTON = `${BUTTON_BASE} px-1.5`;

/** A toolbar button that runs a command; `children` replaces the command's label where given. */
export function CommandButton({
  command: id,
  testId,
  children,
  className,
  pressed,
}: {
  command: string;
  testId?: string;
  children?: ReactNode;
  className?: string;
  pressed?: boolean;
}) {
  const command = commandById(id);
  const enabled = useCommandEnabled(command);
  const title = commandTitle(command);
  return (
    <button
      type="button"
      data-testid={testId ?? id}
      data-command={command.id}
      title={title}
      aria-label={children === undefined ? undefined : title}
      aria-pressed={pressed}
      disabled={!enabled}
      onClick={() => runCommand(command)}
      className={className ?? BUTTON}
    >
      {children ?? command.label}
    </button>
  );
}
