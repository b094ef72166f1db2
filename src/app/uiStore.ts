/**
 * State of the page around the plan: open dialog, context menu, find box, rename editor and which
 * side panels are collapsed. Never part of the plan or its history; the panels are remembered in
 * this browser across reloads.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export type MenuContext = 'node' | 'pool' | 'link' | 'canvas';
export type DialogName = 'plans' | 'share' | 'help' | 'planner' | 'planner-edit';

export interface ContextMenuState {
  context: MenuContext;
  /** Where the menu was asked for, in window pixels. */
  x: number;
  y: number;
}

export interface Panels {
  palette: boolean;
  details: boolean;
}

export interface UiState {
  dialog: DialogName | null;
  menu: ContextMenuState | null;
  findOpen: boolean;
  /** Bumped each time find is asked for, so a second Ctrl+F focuses the open box again. */
  findRequest: number;
  /** The server or pool whose name is being edited on the canvas. */
  renaming: string | null;
  /** Which side panels are collapsed. */
  collapsed: Panels;
  /** The Report view: shown below the diagram, or expanded over it. */
  report: 'closed' | 'open' | 'expanded';
  openDialog(dialog: DialogName | null): void;
  openMenu(menu: ContextMenuState | null): void;
  setFind(open: boolean): void;
  setRenaming(id: string | null): void;
  togglePanel(panel: keyof Panels): void;
  setReport(report: UiState['report']): void;
}

export const PANELS_KEY = 'ocs-topology-designer.panels';

function readPanels(): Panels {
  try {
    const raw = globalThis.localStorage?.getItem(PANELS_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      return { palette: v.palette === true, details: v.details === true };
    }
  } catch {
    // Storage closed or a damaged entry: start with both panels open.
  }
  return { palette: false, details: false };
}

function writePanels(panels: Panels) {
  try {
    globalThis.localStorage?.setItem(PANELS_KEY, JSON.stringify(panels));
  } catch {
    // Not remembered, but still applied.
  }
}

export const uiStore = createStore<UiState>()((set, get) => ({
  dialog: null,
  menu: null,
  findOpen: false,
  findRequest: 0,
  renaming: null,
  collapsed: readPanels(),
  report: 'closed',
  openDialog(dialog) {
    set({ dialog, menu: null });
  },
  openMenu(menu) {
    set({ menu });
  },
  setFind(open) {
    set(open ? { findOpen: true, findRequest: get().findRequest + 1, menu: null } : { findOpen: false });
  },
  setRenaming(renaming) {
    set({ renaming, menu: null });
  },
  togglePanel(panel) {
    const collapsed = { ...get().collapsed, [panel]: !get().collapsed[panel] };
    writePanels(collapsed);
    set({ collapsed });
  },
  setReport(report) {
    set({ report, menu: null });
  },
}));

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiStore, selector);
}
