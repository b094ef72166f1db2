/**
 * The palette: pools and Directors, then every kind of the registry in its group; a filter box on top.
 * Drag an item onto the canvas, or focus it and press Enter. Kinds the plan's OCS version does not
 * have are shown disabled, with the reason.
 */
import { useState } from 'react';
import type { DragEvent, KeyboardEvent, ReactNode } from 'react';
import { DIRECTOR_INFO, KINDS, kindInVersion, kindLabel, PALETTE_GROUP_LABELS, PALETTE_GROUPS, POOL_KIND_INFO } from '../../domain/kinds';
import type { DirectorItem } from '../../domain/kinds';
import { NODE_KINDS } from '../../domain/plan';
import type { PoolTemplateKind } from '../../domain/plan';
import type { PaletteItem } from '../actions';
import { KIND_ACCENT, KindIcon } from '../canvas/KindIcon';
import { PALETTE_MIME } from '../canvas/Canvas';
import { runCommand } from '../commands';
import { usePlan } from '../stores';
import { endPaletteDrag, startPaletteDrag } from './paletteDrag';

const POOLS: PoolTemplateKind[] = ['standard', 'consolidated', 'expanded'];
const DIRECTORS: DirectorItem[] = ['director-enterprise', 'director-standard'];

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

interface Entry {
  item: PaletteItem;
  title: string;
  description: string;
  icon: ReactNode;
  /** Why the item cannot be added to this plan (its OCS version lacks the kind). */
  disabledReason?: string;
  /** Words the filter also matches (the kind's tag). */
  keywords?: string;
}

function Item({ entry }: { entry: Entry }) {
  const readOnly = usePlan((s) => s.readOnly);
  const { item, title, description, icon, disabledReason } = entry;
  const off = readOnly || disabledReason !== undefined;
  return (
    <li>
      <div
        role="button"
        tabIndex={readOnly ? -1 : 0}
        aria-disabled={off}
        aria-label={
          disabledReason ? `${title}: not available. ${disabledReason}` : `${title}: drag onto the canvas, or tap or press Enter to add`
        }
        title={disabledReason}
        data-testid={`palette-item-${item}`}
        data-disabled={disabledReason ? 'true' : undefined}
        draggable={!off}
        onDragStart={(e) => !off && onDragStart(e, item)}
        onDragEnd={endPaletteDrag}
        onKeyDown={(e) => !off && onKeyDown(e, item)}
        // A tap or click adds the item at the centre of the view (or into the selected pool), as in draw.io.
        onClick={() => !off && runCommand('add-item', { item })}
        className={`flex items-start gap-2 rounded-md border border-transparent px-2 py-1.5 focus:border-blue-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500/50 ${
          off
            ? 'cursor-not-allowed opacity-50'
            : 'cursor-grab hover:border-slate-300 hover:bg-white active:cursor-grabbing dark:hover:border-slate-600 dark:hover:bg-slate-800'
        } ${readOnly ? 'pointer-events-none' : ''}`}
      >
        {icon}
        <span className="min-w-0">
          <span className="block text-[13px] font-medium leading-tight text-slate-800 dark:text-slate-100">{title}</span>
          <span
            data-testid={disabledReason ? 'palette-item-reason' : undefined}
            className="block text-[11px] leading-snug text-slate-500 dark:text-slate-400"
          >
            {disabledReason ?? description}
          </span>
        </span>
      </div>
    </li>
  );
}

const poolIcon = <span className="mt-0.5 h-7 w-7 shrink-0 rounded border-2 border-dashed border-slate-400 dark:border-slate-500" />;
const directorIcon = <span className="mt-0.5 h-7 w-7 shrink-0 rounded border-2 border-dashed border-red-400 dark:border-red-300" />;

function kindIcon(kind: (typeof NODE_KINDS)[number]) {
  return (
    <span
      className={`mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded bg-white shadow-sm dark:bg-slate-800 ${KIND_ACCENT[kind]}`}
    >
      <KindIcon kind={kind} className="h-5 w-5" />
    </span>
  );
}

/** The palette's sections, for a plan of `ocsVersion`. */
function sections(ocsVersion: '2007' | '2007-r2'): { id: string; title: string; entries: Entry[] }[] {
  const pools: Entry[] = [
    ...POOLS.map((kind): Entry => ({
      item: `pool-${kind}`,
      title: POOL_KIND_INFO[kind].label,
      description: POOL_KIND_INFO[kind].description,
      icon: poolIcon,
    })),
    ...DIRECTORS.map((d): Entry => ({
      item: `pool-${d}`,
      title: DIRECTOR_INFO[d].label,
      description: DIRECTOR_INFO[d].description,
      icon: directorIcon,
      keywords: 'director',
    })),
  ];
  return [
    { id: 'pools', title: 'Pools and Directors', entries: pools },
    ...PALETTE_GROUPS.map((group) => ({
      id: group,
      title: PALETTE_GROUP_LABELS[group],
      entries: NODE_KINDS.filter((k) => KINDS[k].group === group).map((kind): Entry => ({
        item: kind,
        title: kindLabel(kind, ocsVersion),
        description: KINDS[kind].description,
        icon: kindIcon(kind),
        disabledReason: kindInVersion(kind, ocsVersion) ? undefined : KINDS[kind].missingReason,
        keywords: `${KINDS[kind].tag} ${KINDS[kind].label}`,
      })),
    })),
  ];
}

const matches = (e: Entry, words: string[]) => {
  const text = `${e.title} ${e.description} ${e.keywords ?? ''}`.toLowerCase();
  return words.every((w) => text.includes(w));
};

export function Palette() {
  const ocsVersion = usePlan((s) => s.plan.ocsVersion);
  const [filter, setFilter] = useState('');
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = sections(ocsVersion)
    .map((s) => ({ ...s, entries: s.entries.filter((e) => matches(e, words)) }))
    .filter((s) => s.entries.length > 0);
  return (
    <aside
      aria-label="Palette"
      data-testid="palette"
      className="flex w-60 shrink-0 flex-col gap-3 overflow-y-auto border-r border-slate-200 bg-slate-50 p-2 dark:border-slate-700 dark:bg-slate-900"
    >
      <input
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filter) {
            e.stopPropagation();
            setFilter('');
          }
        }}
        placeholder="Filter (e.g. edge, voice, SQL)"
        aria-label="Filter the palette"
        data-testid="palette-filter"
        className="sticky top-0 z-10 rounded-md border border-slate-300 bg-white px-2 py-1 text-[13px] text-slate-800 placeholder:text-slate-400 focus:border-blue-500 focus:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      />
      {shown.map((s) => (
        <section key={s.id} data-testid={`palette-group-${s.id}`}>
          <h2 className="px-2 pb-1 text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">{s.title}</h2>
          <ul>
            {s.entries.map((e) => (
              <Item key={e.item} entry={e} />
            ))}
          </ul>
        </section>
      ))}
      {shown.length === 0 && (
        <p data-testid="palette-no-match" className="px-2 text-[12px] text-slate-500 dark:text-slate-400">
          Nothing matches “{filter}”.
        </p>
      )}
      <p className="mt-auto px-2 text-[11px] leading-snug text-slate-500 dark:text-slate-400">
        Drag items onto the canvas, or tap one (or focus it and press Enter). Drop servers inside a pool’s box to make them members; drag
        from a server’s border to link.
      </p>
    </aside>
  );
}
