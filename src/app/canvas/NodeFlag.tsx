/** The badge on a flagged node or pool: coloured by the worst severity, messages on hover and focus. */
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Finding, Severity } from '../../rules';
import { useFindings } from '../stores';

export const SEVERITY_BADGE: Record<Severity, string> = {
  error: 'bg-red-600 text-white',
  warning: 'bg-amber-400 text-black',
  info: 'bg-sky-600 text-white',
};

const SYMBOL: Record<Severity, string> = { error: '!', warning: '!', info: 'i' };
const NO_FINDINGS: Finding[] = [];

export function NodeFlag({ id, pool = false }: { id: string; pool?: boolean }) {
  const worst = useFindings((s) => s.worstByNode.get(id));
  const findings = useFindings((s) => (pool ? s.byPool.get(id) : s.byNode.get(id)) ?? NO_FINDINGS);
  const [open, setOpen] = useState<DOMRect | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  if (!worst) return null;
  const show = () => setOpen(button.current?.getBoundingClientRect() ?? null);
  const hide = () => setOpen(null);
  return (
    <div className="absolute -top-2.5 -right-2.5 z-10" onMouseEnter={show} onMouseLeave={hide}>
      <button
        ref={button}
        type="button"
        data-testid="node-flag"
        data-severity={worst}
        aria-label={`${findings.length} finding${findings.length === 1 ? '' : 's'}, worst: ${worst}`}
        className={`nodrag flex h-5 w-5 items-center justify-center rounded-full text-xs font-bold shadow ring-2 ring-white dark:ring-slate-900 ${SEVERITY_BADGE[worst]}`}
        onFocus={show}
        onBlur={hide}
      >
        {SYMBOL[worst]}
      </button>
      {open &&
        // On the page's top layer, so other nodes never cover it.
        createPortal(
          <div
            role="tooltip"
            style={{ position: 'fixed', top: open.bottom + 6, left: Math.max(8, open.right - 320) }}
            className="z-50 w-80 space-y-1.5 rounded-md border border-slate-200 bg-white p-2 text-left text-xs shadow-lg dark:border-slate-700 dark:bg-slate-800"
          >
            {findings.map((f, i) => (
              <p key={i} className="text-slate-700 dark:text-slate-200">
                <span className={`mr-1 rounded px-1 font-mono text-[10px] ${SEVERITY_BADGE[f.severity]}`}>{f.rule}</span>
                {f.message}
              </p>
            ))}
          </div>,
          document.body,
        )}
    </div>
  );
}
