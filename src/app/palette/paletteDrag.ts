/**
 * The palette item being dragged, while it is. A drag's data cannot be read before the drop, so the
 * canvas asks here which item is coming, to preview the pool it would land in.
 */
import type { PaletteItem } from '../actions';

let current: PaletteItem | null = null;

export function startPaletteDrag(item: PaletteItem) {
  current = item;
}

export function endPaletteDrag() {
  current = null;
}

export function paletteDragItem(): PaletteItem | null {
  return current;
}
