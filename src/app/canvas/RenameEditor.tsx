/**
 * Rename in place: an editor laid over the name of a server or pool on the canvas. Enter or
 * leaving the field commits (one undo step); Escape cancels.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { nameOf } from '../editActions';
import { runCommand } from '../commands';
import { usePlan } from '../stores';
import { uiStore, useUi } from '../uiStore';

interface Place {
  left: number;
  top: number;
  width: number;
  height: number;
}

function placeOf(id: string): Place | null {
  const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  if (!node) return null;
  const label = node.querySelector('[data-testid="server-name"], [data-testid="pool-name"]') ?? node;
  const r = label.getBoundingClientRect();
  return { left: r.left - 4, top: r.top - 3, width: Math.max(r.width + 8, 180), height: Math.max(r.height + 6, 24) };
}

function Editor({ id, name }: { id: string; name: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(name);
  const [place, setPlace] = useState<Place | null>(null);
  const done = useRef(false);

  useLayoutEffect(() => {
    setPlace(placeOf(id));
  }, [id]);
  useLayoutEffect(() => {
    if (!place) return;
    ref.current?.focus();
    ref.current?.select();
  }, [place]);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) runCommand('rename-to', { target: id, text: ref.current?.value ?? text });
    uiStore.getState().setRenaming(null);
  };

  if (!place) return null;
  return (
    <input
      ref={ref}
      data-testid="rename-input"
      aria-label="New name"
      value={text}
      spellCheck={false}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
      style={{ position: 'fixed', left: place.left, top: place.top, width: place.width, height: place.height }}
      className="z-40 rounded border border-blue-500 bg-white px-1 text-[13px] font-medium text-slate-900 shadow-lg ring-2 ring-blue-500/40 outline-none dark:bg-slate-800 dark:text-slate-100"
    />
  );
}

export function RenameEditor() {
  const id = useUi((s) => s.renaming);
  const name = usePlan((s) => (id === null ? undefined : nameOf(s.plan, id)));
  const readOnly = usePlan((s) => s.readOnly);
  if (id === null || name === undefined || readOnly) return null;
  return <Editor key={id} id={id} name={name} />;
}
