/** The palette: the seven server kinds and three pools; drag onto the canvas, or focus and press Enter. */
import type { DragEvent, KeyboardEvent } from 'react';
import { KIND_INFO, POOL_KIND_INFO } from '../../domain/kinds';
import { NODE_KINDS } from '../../domain/plan';
import type { PoolTemplateKind } from '../../domain/plan';
import type { PaletteItem } from '../actions';
import { KIND_ACCENT, KindIcon } from '../canvas/KindIcon';
import { PALETTE_MIME } from '../canvas/Canvas';
import { runCommand } from '../commands';
import { usePlan } from '../stores';
import { endPaletteDrag, startPaletteDrag } from './paletteDrag';

const POOLS: PoolTemplateKind[] = ['standard', 'consolidated', 'expanded'];

function onDragStart(e: DragEvent, item: PaletteItem) {
  startPaletteDrag(item);
  e.dataTransfer.setData(PALETTE_MIME, item);
  e.dataTransfer.effectAllowed = 'move';
}

function onKeyDown(e: KeyboardEvent, item: PaletteItem) {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault();
  runCommand('add-item', { item });
}

function Item({ item, title, description, icon }: { item: PaletteItem; title: string; description: string; icon: React.ReactNode }) {
  const readOnly = usePlan((s) => s.readOnly);
  return (
    <li>
      <div
        role="button"
        tabIndex={readOnly ? -1 : 0}
        aria-disabled={readOnly}
        aria-label={`${title}: drag onto the canvas, or tap or press Enter to add`}
        data-testid={`palette-item-${item}`}
        draggable={!readOnly}
        onDragStart={(e) => onDragStart(e, item)}
        onDragEnd={endPaletteDrag}
        onKeyDown={(e) => !readOnly && onKeyDown(e, item)}
        // A tap or click adds the item at the centre of the view (or into the selected pool), as in draw.io.
        onClick={() => !readOnly && runCommand('add-item', { item })}
        className={`flex cursor-grab items-start gap-2 rounded-md border border-transparent px-2 py-1.5 hover:border-slate-300 hover:bg-white focus:border-blue-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500/50 active:cursor-grabbing dark:hover:border-slate-600 dark:hover:bg-slate-800 ${readOnly ? 'pointer-events-none opacity-50' : ''}`}
      >
        {icon}
        <span className="min-w-0">
          <span className="block text-[13px] font-medium leading-tight text-slate-800 dark:text-slate-100">{title}</span>
          <span className="block text-[11px] leading-snug text-slate-500 dark:text-slate-400">{description}</span>
        </span>
      </div>
    </li>
  );
}

export function Palette() {
  return (
    <aside aria-label="Palette" data-testid="palette" className="flex w-60 shrink-0 flex-col gap-3 overflow-y-auto border-r border-slate-200 bg-slate-50 p-2 dark:border-slate-700 dark:bg-slate-900">
      <section>
        <h2 className="px-2 pb-1 text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">Servers</h2>
        <ul>
          {NODE_KINDS.map((kind) => (
            <Item
              key={kind}
              item={kind}
              title={KIND_INFO[kind].label}
              description={KIND_INFO[kind].description}
              icon={
                <span className={`mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded bg-white shadow-sm dark:bg-slate-800 ${KIND_ACCENT[kind]}`}>
                  <KindIcon kind={kind} className="h-5 w-5" />
                </span>
              }
            />
          ))}
        </ul>
      </section>
      <section>
        <h2 className="px-2 pb-1 text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">Pools</h2>
        <ul>
          {POOLS.map((kind) => (
            <Item
              key={kind}
              item={`pool-${kind}`}
              title={POOL_KIND_INFO[kind].label}
              description={POOL_KIND_INFO[kind].description}
              icon={<span className="mt-0.5 h-7 w-7 shrink-0 rounded border-2 border-dashed border-slate-400 dark:border-slate-500" />}
            />
          ))}
        </ul>
      </section>
      <p className="mt-auto px-2 text-[11px] leading-snug text-slate-500 dark:text-slate-400">
        Drag items onto the canvas, or tap one (or focus it and press Enter). Drop servers inside a pool’s box to make them members; drag from a server’s border to link.
      </p>
    </aside>
  );
}
