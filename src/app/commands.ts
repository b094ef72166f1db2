/**
 * Every user command, declared once: label, shortcut, whether it is an edit (an undo step) or not,
 * and what it does. The toolbar, the context menu, the keyboard, the palette, the panels and the
 * shortcuts help all run commands through `runCommand`, which reads `history`: an edit is refused
 * in a read-only view and is one undo step however many changes it makes.
 */
import type { Plan, Position } from '../domain/plan';
import type { TemplateName } from '../domain/templates';
import {
  addItemAt,
  addItemFromKeyboard,
  copySelection,
  deleteSelection,
  duplicateSelection,
  finishDelete,
  hideZones,
  paste,
  redo,
  selectAll,
  showZones,
  tidyLayout,
  undo,
} from './actions';
import { zonesShown } from '../domain/zones';
import type { PaletteItem } from './actions';
import {
  alignSelection,
  changePlan,
  distributeSelection,
  exportPlan,
  linkNodes,
  nudgeSelection,
  renameItem,
  singleSelectedItem,
  startFromTemplate,
} from './editActions';
import { importFiles } from './io/importFile';
import { printDiagram } from './io/printing';
import { exportReport } from './report/exportReport';
import { planStore, sessionStore } from './stores';
import { uiStore } from './uiStore';
import { flow, frameAll } from './viewport';
import { serverCount } from '../domain/arrange';

/** What a command is run with, when it is run by a panel or the canvas rather than a key. */
export interface CommandInput {
  /** The server, pool or link the command is about (a right-click, a double-click). */
  target?: string;
  text?: string;
  item?: PaletteItem;
  at?: Position;
  template?: TemplateName;
  change?: (plan: Plan) => Plan;
  files?: FileList | File[];
  ids?: string[];
  /** Shift held: a larger step. */
  large?: boolean;
  deleteMembers?: boolean;
}

export interface Command {
  id: string;
  label: string;
  /** Shown to the user, e.g. "Ctrl+Z". */
  shortcut: string;
  /** 'edit': one undo step; 'none': never enters history (view, selection, clipboard). */
  history: 'edit' | 'none' | 'history';
  keyTest(e: KeyboardEvent): boolean;
  /** May return a promise: an edit's undo step then closes when it settles. */
  run(input?: CommandInput): unknown;
  enabled?(): boolean;
  /** Where it is listed in the shortcuts help. */
  group?: CommandGroup;
  /** A longer description, for tooltips. */
  title?: string;
  /** Run by a panel or the canvas with an input; not listed in the help or the menus. */
  internal?: boolean;
  /** Listed in a context menu only while this holds (e.g. align needs two servers). */
  visible?(): boolean;
  /** What a key press gives the command (e.g. Shift for a larger step). */
  inputFromKey?(e: KeyboardEvent): CommandInput;
}

export type CommandGroup = 'Edit' | 'Arrange' | 'Select and find' | 'View' | 'Plan and files';

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;
const editable = () => !planStore.getState().readOnly;
const never = () => false;
const altShift = (e: KeyboardEvent, letter: string) => e.altKey && e.shiftKey && !mod(e) && e.code === `Key${letter}`;
const selectedServers = () => serverCount(planStore.getState().plan, sessionStore.getState().selected);

export const COMMANDS: Command[] = [
  {
    id: 'undo',
    group: 'Edit',
    label: 'Undo',
    shortcut: 'Ctrl+Z',
    history: 'history',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    run: undo,
    enabled: () => planStore.getState().past.length > 0,
  },
  {
    id: 'redo',
    group: 'Edit',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z / Ctrl+Y',
    history: 'history',
    keyTest: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || (!e.shiftKey && key(e, 'y'))),
    run: redo,
    enabled: () => planStore.getState().future.length > 0,
  },
  {
    id: 'delete',
    group: 'Edit',
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
    group: 'Select and find',
    label: 'Select all',
    shortcut: 'Ctrl+A',
    history: 'none',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'a'),
    run: selectAll,
  },
  {
    id: 'clear-selection',
    group: 'Select and find',
    label: 'Clear selection',
    shortcut: 'Escape',
    history: 'none',
    keyTest: (e) => e.key === 'Escape',
    run: () => sessionStore.getState().clearSelection(),
  },
  {
    id: 'zoom-in',
    group: 'View',
    label: 'Zoom in',
    shortcut: '+',
    history: 'none',
    keyTest: (e) => !mod(e) && (e.key === '+' || e.key === '='),
    run: () => void flow()?.zoomIn({ duration: 150 }),
  },
  {
    id: 'zoom-out',
    group: 'View',
    label: 'Zoom out',
    shortcut: '-',
    history: 'none',
    keyTest: (e) => !mod(e) && e.key === '-',
    run: () => void flow()?.zoomOut({ duration: 150 }),
  },
  {
    id: 'zoom-fit',
    group: 'View',
    label: 'Zoom to fit',
    shortcut: 'Shift+1',
    history: 'none',
    keyTest: (e) => !mod(e) && e.shiftKey && (e.key === '!' || e.code === 'Digit1'),
    run: () => frameAll(),
  },
  {
    id: 'rename',
    label: 'Rename',
    shortcut: 'F2',
    history: 'none',
    group: 'Edit',
    title: 'Edit the name on the canvas (or double-click it)',
    keyTest: (e) => !mod(e) && e.key === 'F2',
    run: (input) => {
      const id = input?.target ?? singleSelectedItem();
      if (!id) return;
      sessionStore.getState().select([id]);
      uiStore.getState().setRenaming(id);
    },
    enabled: () => editable() && singleSelectedItem() !== undefined,
  },
  {
    id: 'rename-to',
    label: 'Rename',
    shortcut: '',
    history: 'edit',
    internal: true,
    keyTest: never,
    run: (input) => input?.target !== undefined && input.text !== undefined && renameItem(input.target, input.text),
  },
  ...(
    [
      ['left', 'Align left', 'L'],
      ['center', 'Align centre', 'C'],
      ['right', 'Align right', 'R'],
      ['top', 'Align top', 'T'],
      ['middle', 'Align middle', 'M'],
      ['bottom', 'Align bottom', 'B'],
    ] as const
  ).map(([alignment, label, letter]): Command => ({
    id: `align-${alignment}`,
    label,
    shortcut: `Alt+Shift+${letter}`,
    history: 'edit',
    group: 'Arrange',
    title: `${label}: two or more selected servers`,
    keyTest: (e) => altShift(e, letter),
    run: () => alignSelection(alignment),
    enabled: () => selectedServers() >= 2,
    visible: () => selectedServers() >= 2,
  })),
  ...(
    [
      ['horizontal', 'Distribute horizontally', 'H'],
      ['vertical', 'Distribute vertically', 'V'],
    ] as const
  ).map(([axis, label, letter]): Command => ({
    id: `distribute-${axis}`,
    label,
    shortcut: `Alt+Shift+${letter}`,
    history: 'edit',
    group: 'Arrange',
    title: `${label}: equal gaps between three or more selected servers`,
    keyTest: (e) => altShift(e, letter),
    run: () => distributeSelection(axis),
    enabled: () => selectedServers() >= 3,
    visible: () => selectedServers() >= 3,
  })),
  ...(
    [
      ['left', 'Nudge left', '←', -1, 0],
      ['right', 'Nudge right', '→', 1, 0],
      ['up', 'Nudge up', '↑', 0, -1],
      ['down', 'Nudge down', '↓', 0, 1],
    ] as const
  ).map(([direction, label, arrow, dx, dy]): Command => ({
    id: `nudge-${direction}`,
    label,
    shortcut: `${arrow} / Shift+${arrow}`,
    history: 'edit',
    group: 'Arrange',
    title: `${label} by one grid step (with Shift, four)`,
    keyTest: (e) => !mod(e) && !e.altKey && e.key === `Arrow${direction[0].toUpperCase()}${direction.slice(1)}`,
    inputFromKey: (e) => ({ large: e.shiftKey }),
    run: (input) => nudgeSelection(dx, dy, input?.large ?? false),
    enabled: () => sessionStore.getState().selected.size > 0,
  })),
  {
    id: 'find',
    label: 'Find',
    shortcut: 'Ctrl+F',
    history: 'none',
    group: 'Select and find',
    title: 'Find a server or pool by name',
    keyTest: (e) => mod(e) && !e.shiftKey && !e.altKey && key(e, 'f'),
    run: () => uiStore.getState().setFind(true),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    shortcut: '?',
    history: 'none',
    group: 'View',
    title: 'Every command and its shortcut',
    keyTest: (e) => !mod(e) && e.key === '?',
    run: () => uiStore.getState().openDialog('help'),
  },
  {
    id: 'toggle-palette',
    label: 'Palette',
    shortcut: 'Alt+1',
    history: 'none',
    group: 'View',
    title: 'Show or hide the palette',
    keyTest: (e) => e.altKey && !mod(e) && !e.shiftKey && e.code === 'Digit1',
    run: () => uiStore.getState().togglePanel('palette'),
  },
  {
    id: 'toggle-details',
    label: 'Details',
    shortcut: 'Alt+2',
    history: 'none',
    group: 'View',
    title: 'Show or hide the inspector and findings',
    keyTest: (e) => e.altKey && !mod(e) && !e.shiftKey && e.code === 'Digit2',
    run: () => uiStore.getState().togglePanel('details'),
  },
  {
    id: 'toggle-report',
    label: 'Report',
    shortcut: 'Alt+3',
    history: 'none',
    group: 'View',
    title: 'Show or hide the deployment report: servers, DNS records, certificates, firewall rules, load balancers, capacity',
    keyTest: (e) => e.altKey && !mod(e) && !e.shiftKey && e.code === 'Digit3',
    run: () => uiStore.getState().setReport(uiStore.getState().report === 'closed' ? 'open' : 'closed'),
  },
  {
    id: 'tidy-layout',
    label: 'Tidy layout',
    shortcut: '',
    history: 'edit',
    group: 'Arrange',
    title: 'Tidy the layout: zones in columns, servers by their links, pools in tiers',
    keyTest: never,
    run: () => tidyLayout(),
  },
  {
    id: 'show-zones',
    label: 'Show network zones',
    shortcut: '',
    history: 'edit',
    group: 'View',
    title: 'Draw the Internet, the perimeter network and the internal network as regions; drop a server into one to set its zone',
    keyTest: never,
    enabled: editable,
    visible: () => !zonesShown(planStore.getState().plan),
    run: () => showZones(),
  },
  {
    id: 'hide-zones',
    label: 'Hide network zones',
    shortcut: '',
    history: 'edit',
    group: 'View',
    title: 'Draw no regions (while every server is in the internal network)',
    keyTest: never,
    enabled: editable,
    visible: () => {
      const { plan } = planStore.getState();
      return zonesShown(plan) && plan.nodes.every((n) => (n.zone ?? 'internal') === 'internal');
    },
    run: () => hideZones(),
  },
  {
    id: 'open-plans',
    label: 'Plans',
    shortcut: '',
    history: 'none',
    group: 'Plan and files',
    title: 'Plans: new, open, rename, duplicate, delete',
    keyTest: never,
    run: () => uiStore.getState().openDialog('plans'),
  },
  {
    id: 'new-plan-from-requirements',
    label: 'New plan from requirements',
    shortcut: '',
    history: 'none',
    group: 'Plan and files',
    title: "A new plan sized from an organisation's users, sites and features, each server explained",
    keyTest: never,
    run: () => uiStore.getState().openDialog('planner'),
  },
  {
    id: 'edit-requirements',
    label: 'Requirements of this plan',
    shortcut: '',
    history: 'none',
    group: 'Plan and files',
    title: 'Back to the form this plan was made from: regenerate it as a new plan, or replace this one',
    keyTest: never,
    enabled: () => planStore.getState().plan.requirements !== undefined,
    run: () => uiStore.getState().openDialog('planner-edit'),
  },
  {
    id: 'import',
    label: 'Import',
    shortcut: 'Ctrl+O',
    history: 'none',
    group: 'Plan and files',
    title: 'Import a plan file (JSON, or an exported SVG or PNG)',
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'o'),
    run: () => document.querySelector<HTMLInputElement>('[data-testid="import-input"]')?.click(),
  },
  {
    id: 'import-files',
    label: 'Import',
    shortcut: '',
    // Opens what it reads; allowed in a shared view (it then works on a copy).
    history: 'none',
    internal: true,
    keyTest: never,
    run: (input) => (input?.files ? importFiles(input.files) : undefined),
  },
  ...(
    [
      ['json', 'Export JSON', 'Export the plan as JSON'],
      ['svg', 'Export SVG', 'Export the diagram as SVG'],
      ['png', 'Export PNG', 'Export the diagram as PNG (twice the size, the plan inside)'],
      ['drawio', 'Export draw.io', 'Export the diagram for draw.io / diagrams.net'],
    ] as const
  ).map(([kind, label, title]): Command => ({
    id: `export-${kind}`,
    label,
    shortcut: '',
    history: 'none',
    group: 'Plan and files',
    title,
    keyTest: never,
    run: () => exportPlan(kind),
  })),
  ...(
    [
      ['md', 'Export report as Markdown', 'The deployment report as Markdown, for a documentation repository'],
      ['html', 'Export report as HTML', 'The deployment report as an HTML document that prints cleanly'],
      ['xlsx', 'Export report as Excel', 'The deployment report as an Excel workbook, one sheet per table'],
      ['json', 'Export report as JSON', 'The deployment report as JSON (the shape of ocs-topology report --format json)'],
    ] as const
  ).map(([format, label, title]): Command => ({
    id: `export-report-${format}`,
    label,
    shortcut: '',
    history: 'none',
    group: 'Plan and files',
    title,
    keyTest: never,
    run: () => exportReport(format),
  })),
  {
    id: 'print',
    label: 'Print',
    shortcut: 'Ctrl+P',
    history: 'none',
    group: 'Plan and files',
    title: 'Print the diagram alone, fitted to the page',
    keyTest: (e) => mod(e) && !e.shiftKey && !e.altKey && key(e, 'p'),
    run: () => printDiagram(),
  },
  {
    id: 'share',
    label: 'Share link',
    shortcut: '',
    history: 'none',
    group: 'Plan and files',
    title: 'A link that holds the whole plan, read-only for whoever opens it',
    keyTest: never,
    run: () => uiStore.getState().openDialog('share'),
  },
  {
    id: 'add-item',
    label: 'Add',
    shortcut: 'Enter (on a palette item)',
    history: 'edit',
    internal: true,
    keyTest: never,
    run: (input) => {
      if (!input?.item) return;
      if (input.at) addItemAt(input.item, input.at);
      else addItemFromKeyboard(input.item);
    },
  },
  {
    id: 'start-from-template',
    label: 'Start from a configuration',
    shortcut: '',
    history: 'edit',
    internal: true,
    keyTest: never,
    run: (input) => input?.template && startFromTemplate(input.template),
  },
  {
    id: 'link',
    label: 'Link',
    shortcut: '',
    history: 'edit',
    internal: true,
    keyTest: never,
    run: (input) => input?.ids?.length === 2 && linkNodes(input.ids[0], input.ids[1]),
  },
  {
    id: 'edit-properties',
    label: 'Edit properties',
    shortcut: '',
    history: 'edit',
    internal: true,
    keyTest: never,
    run: (input) => input?.change && changePlan(input.change),
  },
  {
    id: 'apply-fix',
    label: 'Fix',
    shortcut: '',
    history: 'edit',
    internal: true,
    keyTest: never,
    run: (input) => input?.change && changePlan(input.change),
  },
  {
    id: 'delete-pool',
    label: 'Delete pool',
    shortcut: '',
    history: 'edit',
    internal: true,
    keyTest: never,
    run: (input) => input?.ids && finishDelete(input.ids, input.deleteMembers ?? false),
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

/** Whether a command can run now: edits and undo are refused in a read-only view. */
export function isEnabled(command: Command): boolean {
  if (command.history !== 'none' && planStore.getState().readOnly) return false;
  return !command.enabled || command.enabled();
}

/**
 * Run a command: the one way a user action runs. An edit is one undo step, however many changes
 * it makes (it runs inside a gesture, or inside the one already open, as a drag's); returns false
 * when the command was refused.
 */
export function runCommand(idOrCommand: string | Command, input?: CommandInput): boolean {
  const command = typeof idOrCommand === 'string' ? commandById(idOrCommand) : idOrCommand;
  if (!isEnabled(command)) return false;
  if (command.history !== 'edit') {
    void command.run(input);
    return true;
  }
  const own = planStore.getState().gestureBase === null;
  if (own) planStore.getState().beginGesture();
  let result: unknown;
  try {
    result = command.run(input);
  } finally {
    if (own) {
      if (result instanceof Promise) void result.finally(() => planStore.getState().endGesture());
      else planStore.getState().endGesture();
    }
  }
  return true;
}

/** The one keydown handler of the app (the canvas passes arrow keys on to it too). */
export function handleKeyDown(e: KeyboardEvent) {
  if (typingInField(e.target)) return;
  if (document.querySelector('dialog[open]')) return;
  for (const command of COMMANDS) {
    if (command.internal || !command.keyTest(e)) continue;
    // Delete, copy, paste of the canvas selection only act while no button or field is the focus's owner.
    e.preventDefault();
    runCommand(command, command.inputFromKey?.(e));
    return;
  }
}
