/** Open the context menu for what was right-clicked; a right-click selects what it is on, as in draw.io. */
import { sessionStore } from '../stores';
import { uiStore } from '../uiStore';
import type { MenuContext } from '../uiStore';

export function openContextMenu(e: { preventDefault(): void; clientX: number; clientY: number }, context: MenuContext, target?: string) {
  e.preventDefault();
  const session = sessionStore.getState();
  if (target === undefined) {
    if (context === 'canvas') session.clearSelection();
  } else if (!session.selected.has(target)) {
    session.select([target]);
  }
  uiStore.getState().openMenu({ context, x: e.clientX, y: e.clientY });
}
