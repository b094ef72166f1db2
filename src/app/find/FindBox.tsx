/**
 * Find (Ctrl+F): servers and pools whose name holds the text. Enter or ↓ goes to the next match,
 * Shift+Enter or ↑ to the previous; each match is selected and framed. Escape closes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { findByName } from '../../domain/search';
import { selectAndFrame } from '../actions';
import { usePlan } from '../stores';
import { uiStore, useUi } from '../uiStore';

function FindBoxOpen() {
  const plan = usePlan((s) => s.plan);
  const request = useUi((s) => s.findRequest);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findByName(plan, query), [plan, query]);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [request]);

  const go = (i: number) => {
    if (matches.length === 0) return;
    const next = (i + matches.length) % matches.length;
    setIndex(next);
    selectAndFrame([matches[next].id]);
  };

  const close = () => {
    uiStore.getState().setFind(false);
    (document.querySelector('.react-flow__pane') as HTMLElement | null)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      go(e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey) ? index - 1 : index + 1);
    }
  };

  const current = matches.length === 0 ? 0 : Math.min(index, matches.length - 1) + 1;
  return (
    <div
      role="search"
      data-testid="find-box"
      className="absolute top-3 left-1/2 z-20 flex -translate-x-1/2 items-center gap-1 rounded-md border border-slate-300 bg-white p-1 shadow-lg dark:border-slate-600 dark:bg-slate-900"
    >
      <input
        ref={input}
        type="search"
        data-testid="find"
        aria-label="Find a server or pool by name"
        placeholder="Find by name"
        value={query}
        onChange={(e) => {
          const q = e.currentTarget.value;
          setQuery(q);
          setIndex(0);
          const found = findByName(plan, q);
          if (found.length > 0) selectAndFrame([found[0].id]);
        }}
        onKeyDown={onKeyDown}
        className="w-56 rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:border-blue-500 focus:ring-2 focus:ring-blue-500/30 focus:outline-none dark:border-slate-600 dark:bg-slate-800"
      />
      <span
        data-testid="find-count"
        aria-live="polite"
        className="w-16 text-center text-xs whitespace-nowrap text-slate-500 dark:text-slate-400"
      >
        {query.trim() === '' ? '' : matches.length === 0 ? 'no match' : `${current} of ${matches.length}`}
      </span>
      <button
        type="button"
        aria-label="Previous match (Shift+Enter)"
        title="Previous match (Shift+Enter)"
        disabled={matches.length === 0}
        onClick={() => go(index - 1)}
        className="rounded px-1.5 text-sm hover:bg-slate-200 disabled:opacity-40 dark:hover:bg-slate-700"
      >
        ↑
      </button>
      <button
        type="button"
        aria-label="Next match (Enter)"
        title="Next match (Enter)"
        disabled={matches.length === 0}
        onClick={() => go(index + 1)}
        className="rounded px-1.5 text-sm hover:bg-slate-200 disabled:opacity-40 dark:hover:bg-slate-700"
      >
        ↓
      </button>
      <button
        type="button"
        aria-label="Close find (Escape)"
        title="Close (Escape)"
        onClick={close}
        className="rounded px-1.5 text-lg leading-none text-slate-500 hover:bg-slate-200 dark:hover:bg-slate-700"
      >
        ×
      </button>
    </div>
  );
}

export function FindBox() {
  const open = useUi((s) => s.findOpen);
  return open ? <FindBoxOpen /> : null;
}
