/** React bindings of the command table: whether a command can run now, kept up to date. */
import { commandById, isEnabled } from './commands';
import type { Command } from './commands';
import { usePlan, useSession } from './stores';

/** A command's enabled state; re-rendered on every plan or selection change that alters it. */
export function useCommandEnabled(idOrCommand: string | Command): boolean {
  const command = typeof idOrCommand === 'string' ? commandById(idOrCommand) : idOrCommand;
  const fromPlan = usePlan(() => isEnabled(command));
  const fromSession = useSession(() => isEnabled(command));
  return fromPlan && fromSession;
}

/** A command's tooltip: its description (or label) and its shortcut. */
export function commandTitle(command: Command): string {
  const text = command.title ?? command.label;
  return command.shortcut ? `${text} (${command.shortcut})` : text;
}
