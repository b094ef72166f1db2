/**
 * Every user command, declared once: label, shortcut, whether it is an edit (an undo step) or not,
 * and what it does. The toolbar, the keyboard and the help list all read this table.
 */
import { copySelection, deleteSelection, duplicateSelection, paste, redo, selectAll, undo } from './actions';
import { planStore, sessionStore } from './stores';
import { flow } from './viewport';

export interface Command {
  id: string;
  label: string;
  /** Shown to the user, e.g. "Ctrl+Z". */
  shortcut: string;
  /** 'edit': one undo step; 'none': never enters history (view, selection, clipboard). */
  history: 'edit' | 'none' | 'history';
  keyTest(e: KeyboardEvent): boolean;
  run(): void;
  enabled?(): boolean;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const editable = () => !planStore.getState().readOnly;

export const COMMANDS: Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    shortcut: 'Ctrl+Z',
    history: 'history',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    run: undo,
    enabled: () => planStore.getState().past.length > 0,
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z / Ctrl+Y',
    history: 'history',
    keyTest: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || (!e.shiftKey && key(e, 'y'))),
    run: redo,
    enabled: () => planStore.getState().future.length > 0,
  },
  {
    id: 'delete',
    label: 'Delete',
    shortcut: 'Delete',
    history: 'edit',
    keyTest: (e) => !mod(e) && (e.key === 'Delete' || e.key === 'Backspace'),
    run: deleteSelection,
    enabled: () => editable() && sessionStore.getState().selected.size > 0,
  },
  {
    id: 'copy',
    label: 'Copy',
    shortcut: 'Ctrl+C',
    history: 'none',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'c'),
    run: () => void copySelection(),
    enabled: () => sessionStore.getState().selected.size > 0,
  },
  {
    id: 'paste',
    label: 'Paste',
    shortcut: 'Ctrl+V',
    history: 'edit',
    // Ctrl+V is left to the browser, whose paste event carries the system clipboard (see clipboard.ts).
    keyTest: () => false,
    run: paste,
    enabled: editable,
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    shortcut: 'Ctrl+D',
    history: 'edit',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'd'),
    run: duplicateSelection,
    enabled: () => editable() && sessionStore.getState().selected.size > 0,
  },
  {
    id: 'select-all',
    label: 'Select all',
    shortcut: 'Ctrl+A',
    history: 'none',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'a'),
    run: selectAll,
  },
  {
    id: 'clear-selection',
    label: 'Clear selection',
    shortcut: 'Escape',
    history: 'none',
    keyTest: (e) => e.key === 'Escape',
    run: () => sessionStore.getState().clearSelection(),
  },
  {
    id: 'zoom-in',
    label: 'Zoom in',
    shortcut: '+',
    history: 'none',
    keyTest: (e) => !mod(e) && (e.key === '+' || e.key === '='),
    run: () => void flow()?.zoomIn({ duration: 150 }),
  },
  {
    id: 'zoom-out',
    label: 'Zoom out',
    shortcut: '-',
    history: 'none',
    keyTest: (e) => !mod(e) && e.key === '-',
    run: () => void flow()?.zoomOut({ duration: 150 }),
  },
  {
    id: 'zoom-fit',
    label: 'Zoom to fit',
    shortcut: 'Shift+1',
    history: 'none',
    keyTest: (e) => !mod(e) && e.shiftKey && (e.key === '!' || e.code === 'Digit1'),
    run: () => void flow()?.fitView({ padding: 0.15, duration: 200 }),
  },
];

export function commandById(id: string): Command {
  const c = COMMANDS.find((c) => c.id === id);
  if (!c) throw new Error(`No command ${id}`);
  return c;
}

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** The one keydown handler of the app. */
export function handleKeyDown(e: KeyboardEvent) {
  if (typingInField(e.target)) return;
  if (document.querySelector('dialog[open]')) return;
  for (const command of COMMANDS) {
    if (!command.keyTest(e)) continue;
    // Delete, copy, paste of the canvas selection only act while no button or field is the focus's owner.
    e.preventDefault();
    if (!command.enabled || command.enabled()) command.run();
    return;
  }
}
