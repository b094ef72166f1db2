/**
 * The right-click menu of the canvas: the commands that apply to a server, a pool, a link or the
 * empty canvas. Arrow keys move, Enter runs, Escape or a click outside closes; it stays inside the window.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { commandById, runCommand } from '../commands';
import type { Command } from '../commands';
import { useCommandEnabled } from '../commandHooks';
import { planStore } from '../stores';
import { uiStore, useUi } from '../uiStore';
import type { ContextMenuState } from '../uiStore';
import { CONTEXT_MENUS, SEPARATOR } from './menus';

type Entry = Command | typeof SEPARATOR;

/** The entries of a menu: commands shown now, separators only between groups that have some. */
export function menuEntries(context: ContextMenuState['context']): Entry[] {
  const entries: Entry[] = [];
  for (const id of CONTEXT_MENUS[context]) {
    if (id === SEPARATOR) {
      if (entries.length > 0 && entries[entries.length - 1] !== SEPARATOR) entries.push(SEPARATOR);
      continue;
    }
    const c = commandById(id);
    if (!c.visible || c.visible()) entries.push(c);
  }
  if (entries[entries.length - 1] === SEPARATOR) entries.pop();
  return entries;
}

const close = () => uiStore.getState().openMenu(null);

function Item({ command }: { command: Command }) {
  const enabled = useCommandEnabled(command);
  return (
    <button
      type="button"
      role="menuitem"
      data-command={command.id}
      disabled={!enabled}
      tabIndex={-1}
      onClick={() => {
        close();
        runCommand(command);
      }}
      className="flex w-full items-center justify-between gap-6 rounded px-3 py-1 text-left text-sm whitespace-nowrap text-slate-800 hover:bg-blue-600 hover:text-white focus:bg-blue-600 focus:text-white focus:outline-none disabled:text-slate-400 disabled:hover:bg-transparent dark:text-slate-100 dark:disabled:text-slate-500"
    >
      <span>{command.label}</span>
      {command.shortcut && <span className="text-xs opacity-70">{command.shortcut}</span>}
    </button>
  );
}

export function Menu({ menu }: { menu: ContextMenuState }) {
  const ref = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState({ x: menu.x, y: menu.y });
  const entries = menuEntries(menu.context);

  // Inside the window: open to the left or above the pointer where there is no room.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    const x = menu.x + width > window.innerWidth - 4 ? Math.max(4, menu.x - width) : menu.x;
    const y = menu.y + height > window.innerHeight - 4 ? Math.max(4, Math.min(menu.y - height, window.innerHeight - height - 4)) : menu.y;
    setAt({ x, y });
    const first = el.querySelector<HTMLButtonElement>('[role="menuitem"]:not([disabled])');
    (first ?? el).focus();
  }, [menu]);

  useEffect(() => {
    const outside = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('resize', close);
    window.addEventListener('blur', close);
    // A menu belongs to the plan it was opened on: another one replacing it (a share link decoded
    // after the right-click, another plan opened) closes it rather than leaving
    // its items enabled or disabled for a selection and a plan that are gone.
    const unsubscribe = planStore.subscribe((s, prev) => {
      if (s.documentVersion !== prev.documentVersion || s.readOnly !== prev.readOnly) close();
    });
    return () => {
      unsubscribe();
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('resize', close);
      window.removeEventListener('blur', close);
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    // The menu owns the keyboard while it is open.
    e.stopPropagation();
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const move = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(index + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(index < 0 ? -1 : index - 1);
    } else if (e.key === 'Home') {
      e.preventDefault();
      move(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      move(-1);
    }
    // Enter and Space click the focused item (a button).
  };

  return (
    <div
      ref={ref}
      role="menu"
      tabIndex={-1}
      aria-label="Commands"
      data-testid="context-menu"
      data-context={menu.context}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
      style={{ left: at.x, top: at.y }}
      className="fixed z-50 min-w-48 rounded-md border border-slate-200 bg-white p-1 shadow-xl focus:outline-none dark:border-slate-700 dark:bg-slate-900"
    >
      {entries.map((entry, i) =>
        entry === SEPARATOR ? (
          <div key={`sep-${i}`} role="separator" className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
        ) : (
          <Item key={entry.id} command={entry} />
        ),
      )}
    </div>
  );
}

export function ContextMenu() {
  const menu = useUi((s) => s.menu);
  if (!menu) return null;
  return <Menu key={`${menu.context}-${menu.x}-${menu.y}`} menu={menu} />;
}
