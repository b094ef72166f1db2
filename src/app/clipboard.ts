/**
 * Copy and paste, with the system clipboard: a copy puts the selection there as plan JSON (a
 * fragment) and as text (the names), and keeps it in the app too; a paste takes a fragment from
 * the system clipboard (copied in another tab or plan), else the app's own copy. The page's `copy`
 * and `paste` events carry the clipboard without asking the user for a permission.
 */
import { copyFragment, fragmentText, pasteFragment } from '../domain/fragment';
import type { Fragment } from '../domain/fragment';
import { readFragmentText } from '../io/readFragment';
import { planStore, sessionStore } from './stores';

/** The clipboard type of the fragment's JSON. */
export const FRAGMENT_MIME = 'application/json';

let clipboard: Fragment | null = null;
/** Set while a copy of ours runs the browser's copy command, for the copy event to write. */
let writing: Fragment | null = null;

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** The browser's own copy and paste stay with fields, text the user selected and dialogs. */
function theBrowsers(e: ClipboardEvent): boolean {
  if (typingInField(e.target) || typingInField(document.activeElement)) return true;
  if (document.querySelector('dialog[open]')) return true;
  const selection = document.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().length > 0;
}

/** Copy the selection; true when something was copied. */
export function copySelection(): boolean {
  const ids = sessionStore.getState().selected;
  if (ids.size === 0) return false;
  const fragment = copyFragment(planStore.getState().plan, ids);
  if (fragment.nodes.length === 0 && fragment.pools.length === 0) return false;
  clipboard = fragment;
  // Inside a key press or click the browser lets the page write the clipboard through its copy event.
  writing = fragment;
  try {
    document.execCommand('copy');
  } catch {
    // The app's own copy is kept; the system clipboard is not changed.
  } finally {
    writing = null;
  }
  return true;
}

export function hasClipboard(): boolean {
  return clipboard !== null;
}

function pasteFromApp(fragment: Fragment) {
  const { plan, readOnly } = planStore.getState();
  if (readOnly) return;
  const result = pasteFragment(plan, fragment);
  planStore.getState().apply(result.plan);
  sessionStore.getState().select(result.ids);
}

/** Paste what the app copied last (the toolbar, a menu, Ctrl+D: no system clipboard there). */
export function paste() {
  if (clipboard) pasteFromApp(clipboard);
}

/** Paste from the system clipboard's data, else the app's own copy. */
export function pasteFrom(data: DataTransfer | null) {
  if (planStore.getState().readOnly) return;
  const text = data?.getData(FRAGMENT_MIME) || data?.getData('text/plain') || '';
  const read = text ? readFragmentText(text) : ({ kind: 'none' } as const);
  if (read.kind === 'invalid') {
    sessionStore.getState().notify('error', `Nothing was pasted: ${read.message}.`);
    return;
  }
  if (read.kind === 'fragment') {
    clipboard = read.fragment;
    pasteFromApp(read.fragment);
    return;
  }
  paste();
}

export function duplicateSelection() {
  if (copySelection()) paste();
}

function onCopy(e: ClipboardEvent) {
  const fragment = writing ?? (theBrowsers(e) ? null : selectionFragment());
  if (!fragment || !e.clipboardData) return;
  e.clipboardData.setData(FRAGMENT_MIME, JSON.stringify(fragment));
  e.clipboardData.setData('text/plain', fragmentText(fragment));
  e.preventDefault();
  if (!writing) clipboard = fragment;
}

/** A copy from the browser's own menu: the canvas selection, when there is one. */
function selectionFragment(): Fragment | null {
  const ids = sessionStore.getState().selected;
  if (ids.size === 0) return null;
  const fragment = copyFragment(planStore.getState().plan, ids);
  return fragment.nodes.length > 0 || fragment.pools.length > 0 ? fragment : null;
}

function onPaste(e: ClipboardEvent) {
  if (theBrowsers(e)) return;
  e.preventDefault();
  pasteFrom(e.clipboardData);
}

export function installClipboard() {
  document.addEventListener('copy', onCopy);
  document.addEventListener('paste', onPaste);
}
