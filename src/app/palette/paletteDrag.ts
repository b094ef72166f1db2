/**
 * The palette item being dragged, while it is, and the pool preview it shows. A drag's data cannot
 * be read before the drop, so the canvas asks here which item is coming, to preview the pool it
 * would land in; the end of the drag (a drop, or Escape anywhere) clears that preview.
 */
import type { PaletteItem } from '../actions';
import { sessionStore } from '../stores';
import type { PlacementPreview } from '../../store/sessionStore';

let current: PaletteItem | null = null;
let previewKey = '';

export function startPaletteDrag(item: PaletteItem) {
  current = item;
}

export function paletteDragItem(): PaletteItem | null {
  return current;
}

/** Show the preview for `key` (item and pool), computing it only when the key changes; '' clears it. */
export function showPalettePreview(key: string, preview: () => PlacementPreview | null) {
  if (key === previewKey) return;
  previewKey = key;
  sessionStore.getState().setPreview(key ? preview() : null);
}

export function endPaletteDrag() {
  current = null;
  showPalettePreview('', () => null);
}
