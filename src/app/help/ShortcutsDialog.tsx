/** The shortcuts help (`?`): every command of the table that a user runs, by group, with its key. */
import { COMMANDS } from '../commands';
import type { Command, CommandGroup } from '../commands';
import { Dialog } from '../dialogs/Dialog';
import { CONTEXT_MENUS } from '../menu/menus';

const inMenu = (id: string) => Object.values(CONTEXT_MENUS).some((ids) => ids.includes(id));

const GROUPS: CommandGroup[] = ['Edit', 'Arrange', 'Select and find', 'View', 'Plan and files'];

/** The commands the help lists, by group: the table's own order within a group. */
export function helpEntries(): { group: CommandGroup; commands: Command[] }[] {
  return GROUPS.map((group) => ({ group, commands: COMMANDS.filter((c) => !c.internal && (c.group ?? 'Edit') === group) })).filter(
    (g) => g.commands.length > 0,
  );
}

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcuts-dialog" wide>
      <div className="max-h-[72vh] gap-x-6 overflow-y-auto sm:columns-2">
        {helpEntries().map(({ group, commands }) => (
          <section key={group} className="mb-3 break-inside-avoid">
            <h3 className="mb-1 text-xs font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">{group}</h3>
            <table className="w-full text-[13px] leading-tight">
              <tbody>
                {commands.map((c) => (
                  <tr key={c.id} data-command={c.id} className="align-top">
                    <td className="py-0.5 pr-2">{c.label}</td>
                    <td className="py-0.5 text-right whitespace-nowrap">
                      {c.shortcut ? (
                        <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                          {c.shortcut}
                        </kbd>
                      ) : (
                        <span className="text-xs text-slate-400">{inMenu(c.id) ? 'toolbar, right-click' : 'toolbar'}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
        Right-click a server, a pool, a link or the empty canvas for the commands that apply there. Double-click a name to rename it.
      </p>
    </Dialog>
  );
}
