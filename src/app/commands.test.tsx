/**
 * The toolbar, the context menus and the shortcuts help are all drawn from the one command table:
 * every button and item names a command and shows that command's own label, shortcut and tooltip.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { COMMANDS, commandById, runCommand } from './commands';
import { commandTitle } from './commandHooks';
import { Menu, menuEntries } from './menu/ContextMenu';
import { CONTEXT_MENUS, SEPARATOR } from './menu/menus';
import { ShortcutsDialog } from './help/ShortcutsDialog';
import { Toolbar } from './toolbar/Toolbar';
import { planStore, sessionStore } from './stores';
import { uiStore } from './uiStore';
import type { MenuContext } from './uiStore';
import { templatePlan } from '../domain/templates';

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Every element of the markup that carries data-command, as [command id, tag with attributes, inner text]. */
function commandElements(html: string): { id: string; attrs: string; text: string }[] {
  const found: { id: string; attrs: string; text: string }[] = [];
  const re = /<(button|tr)([^>]*data-command="([^"]+)"[^>]*)>([\s\S]*?)<\/\1>/g;
  for (const m of html.matchAll(re))
    found.push({
      id: m[3],
      attrs: decode(m[2]),
      text: decode(m[4].replace(/<[^>]+>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim(),
    });
  return found;
}

describe('one command table', () => {
  it('gives every command a unique id', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws every toolbar button from a command: its tooltip is the command’s, with the shortcut', () => {
    const html = renderToStaticMarkup(<Toolbar />);
    const buttons = html.match(/<button[^>]*>/g) ?? [];
    const items = commandElements(html);
    // No button of its own: each one runs a command.
    expect(items.length).toBe(buttons.length);
    expect(items.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'zoom-fit',
        'tidy-layout',
        'find',
        'help',
        'import',
        'export-json',
        'share',
        'open-plans',
        'toggle-palette',
        'toggle-details',
      ]),
    );
    for (const { id, attrs, text } of items) {
      const command = commandById(id);
      expect(attrs).toContain(`title="${commandTitle(command)}"`);
      if (command.shortcut) expect(commandTitle(command)).toContain(command.shortcut);
      // Either the command's label is the text, or the button is named by the command's tooltip.
      if (text !== command.label) expect(attrs).toContain(`aria-label="${commandTitle(command)}"`);
    }
  });

  it('lists in each context menu only commands of the table, with their labels and shortcuts', () => {
    planStore.getState().reset(templatePlan('expanded'));
    const plan = planStore.getState().plan;
    const fronts = plan.nodes.filter((n) => n.kind === 'front-end-server').map((n) => n.id);
    sessionStore.getState().select(fronts);
    for (const context of Object.keys(CONTEXT_MENUS) as MenuContext[]) {
      for (const id of CONTEXT_MENUS[context]) if (id !== SEPARATOR) expect(() => commandById(id)).not.toThrow();
      const items = commandElements(renderToStaticMarkup(<Menu menu={{ context, x: 10, y: 10 }} />));
      const expected = menuEntries(context).filter((e) => e !== SEPARATOR);
      expect(items.map((i) => i.id)).toEqual(expected.map((c) => (c as { id: string }).id));
      for (const { id, text } of items) {
        const c = commandById(id);
        expect(text).toBe(`${c.label}${c.shortcut ? ` ${c.shortcut}` : ''}`);
      }
    }
    // Four Front Ends are selected: the server menu offers align and distribute.
    expect(menuEntries('node').some((e) => e !== SEPARATOR && e.id === 'distribute-horizontal')).toBe(true);
    sessionStore.getState().select([fronts[0]]);
    expect(menuEntries('node').some((e) => e !== SEPARATOR && e.id.startsWith('align-'))).toBe(false);
  });

  it('lists in the help every command a user runs, with the same label and shortcut', () => {
    const items = commandElements(renderToStaticMarkup(<ShortcutsDialog onClose={() => {}} />));
    const listed = COMMANDS.filter((c) => !c.internal);
    expect(items.map((i) => i.id).sort()).toEqual(listed.map((c) => c.id).sort());
    for (const { id, text } of items) {
      const c = commandById(id);
      expect(text.startsWith(c.label)).toBe(true);
      if (c.shortcut) expect(text).toContain(c.shortcut);
    }
  });
});

describe('the runner reads each command’s history', () => {
  it('makes an edit one undo step, however many changes it makes', () => {
    planStore.getState().reset(templatePlan('expanded'));
    const fronts = planStore
      .getState()
      .plan.nodes.filter((n) => n.kind === 'front-end-server')
      .map((n) => n.id);
    sessionStore.getState().select(fronts);
    const before = planStore.getState().plan;
    // Four presses: four undo steps; one align: one step.
    for (let i = 0; i < 4; i++) runCommand('nudge-down', { large: false });
    expect(planStore.getState().past.length).toBe(4);
    runCommand('align-left');
    expect(planStore.getState().past.length).toBe(5);
    for (let i = 0; i < 5; i++) runCommand('undo');
    expect(planStore.getState().plan).toBe(before);
  });

  it('makes a command declared as an edit one step, and leaves other commands alone', () => {
    planStore.getState().reset(templatePlan('standard'));
    const twoChanges = () => {
      const p = planStore.getState().plan;
      planStore.getState().apply({ ...p, name: 'one' });
      planStore.getState().apply({ ...planStore.getState().plan, name: 'two' });
    };
    const base = { label: 'Test', shortcut: '', keyTest: () => false, run: twoChanges };
    runCommand({ ...base, id: 'test-edit', history: 'edit' });
    expect(planStore.getState().past.length).toBe(1);
    runCommand({ ...base, id: 'test-none', history: 'none' });
    expect(planStore.getState().past.length).toBe(3);
  });

  it('names and renames through commands, each one step', () => {
    planStore.getState().reset(templatePlan('standard'));
    const id = planStore.getState().plan.nodes[0].id;
    runCommand('edit-properties', {
      change: (p) => ({ ...p, nodes: p.nodes.map((n) => (n.id === id ? { ...n, name: 'a.contoso.com' } : n)) }),
    });
    runCommand('rename-to', { target: id, text: 'b.contoso.com' });
    expect(planStore.getState().past.length).toBe(2);
    // An empty or unchanged name is no step at all.
    runCommand('rename-to', { target: id, text: '  ' });
    runCommand('rename-to', { target: id, text: 'b.contoso.com' });
    expect(planStore.getState().past.length).toBe(2);
  });

  it('refuses edits and undo in a read-only view, but runs view commands', () => {
    planStore.getState().reset(templatePlan('expanded'), { readOnly: true });
    sessionStore.getState().select(planStore.getState().plan.nodes.map((n) => n.id));
    const before = planStore.getState().plan;
    expect(runCommand('align-left')).toBe(false);
    expect(runCommand('nudge-left')).toBe(false);
    expect(runCommand('undo')).toBe(false);
    expect(planStore.getState().plan).toBe(before);
    expect(runCommand('find')).toBe(true);
    expect(uiStore.getState().findOpen).toBe(true);
    uiStore.getState().setFind(false);
  });
});
