/**
 * Which commands each context menu offers, in order ('-' is a separator). The commands themselves
 * (label, shortcut, enabled state, what they do) come from the one table.
 */
import type { MenuContext } from '../uiStore';

export const SEPARATOR = '-';

export const CONTEXT_MENUS: Record<MenuContext, readonly string[]> = {
  node: [
    'rename',
    'copy',
    'duplicate',
    'delete',
    SEPARATOR,
    'align-left',
    'align-center',
    'align-right',
    'align-top',
    'align-middle',
    'align-bottom',
    'distribute-horizontal',
    'distribute-vertical',
    SEPARATOR,
    'zoom-fit',
  ],
  pool: ['rename', 'copy', 'duplicate', 'delete', SEPARATOR, 'select-all', 'zoom-fit'],
  link: ['delete'],
  canvas: ['paste', 'select-all', SEPARATOR, 'tidy-layout', 'show-zones', 'hide-zones', 'zoom-fit', 'find', SEPARATOR, 'help'],
};
