/**
 * Messages to the user: errors and warnings are alerts (announced at once) that stay until
 * dismissed, stacked newest first, a few at a time; info and success are status messages that
 * leave by themselves (the session store times them; hovering or focusing one holds it).
 */
import { useState } from 'react';
import { sessionStore, useSession } from '../stores';
import type { Notice } from '../../store/sessionStore';
import { noticeLeavesByItself } from '../../store/sessionStore';

/** Alerts shown before the rest fold into "+N more". */
export const VISIBLE_ALERTS = 3;

const TONE: Record<Notice['kind'], string> = {
  error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100',
  warning: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  info: 'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100',
  success: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100',
};

const hold = (id: number, held: boolean) => sessionStore.getState().holdNotice(id, held);

function NoticeView({ notice, folded = false }: { notice: Notice; folded?: boolean }) {
  const passing = noticeLeavesByItself(notice.kind);
  return (
    <div
      role={passing ? 'status' : 'alert'}
      data-testid={`notice-${notice.kind}`}
      className={`pointer-events-auto flex w-full items-start gap-2 rounded-md border px-3 py-1.5 text-sm shadow-lg ${TONE[notice.kind]}`}
      onPointerEnter={() => hold(notice.id, true)}
      onPointerLeave={() => hold(notice.id, false)}
      onFocus={() => hold(notice.id, true)}
      onBlur={() => hold(notice.id, false)}
    >
      <p className={`flex-1 break-words ${folded ? 'line-clamp-1' : 'line-clamp-3'}`} title={notice.text}>
        {notice.text}
      </p>
      <button
        type="button"
        aria-label="Dismiss"
        data-testid="notice-dismiss"
        className="text-lg leading-none opacity-60 hover:opacity-100"
        onClick={() => sessionStore.getState().dismiss(notice.id)}
      >
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useSession((s) => s.notices);
  const [expanded, setExpanded] = useState(false);
  // Newest first: the one the user just caused is on top.
  const alerts = notices.filter((n) => !noticeLeavesByItself(n.kind)).reverse();
  const passing = notices.filter((n) => noticeLeavesByItself(n.kind)).reverse();
  const shown = expanded ? alerts : alerts.slice(0, VISIBLE_ALERTS);
  const hidden = alerts.length - shown.length;
  return (
    <div
      data-testid="notices"
      className="pointer-events-none fixed bottom-4 left-1/2 z-50 flex w-[min(34rem,calc(100vw-2rem))] -translate-x-1/2 flex-col gap-1.5"
    >
      {passing.map((n) => (
        <NoticeView key={n.id} notice={n} />
      ))}
      {/* The newest alert in full (three lines at most); the older ones one line each, the whole text on hover. */}
      {shown.map((n, i) => (
        <NoticeView key={n.id} notice={n} folded={i > 0 && !expanded} />
      ))}
      {alerts.length > 1 && (
        <div className="pointer-events-auto flex justify-end gap-3 text-xs">
          {hidden > 0 && (
            <button
              type="button"
              data-testid="notices-more"
              className="rounded bg-slate-800/80 px-2 py-0.5 text-white hover:bg-slate-800"
              onClick={() => setExpanded(true)}
            >
              +{hidden} more
            </button>
          )}
          {expanded && alerts.length > VISIBLE_ALERTS && (
            <button
              type="button"
              className="rounded bg-slate-800/80 px-2 py-0.5 text-white hover:bg-slate-800"
              onClick={() => setExpanded(false)}
            >
              Show fewer
            </button>
          )}
          {alerts.length > 1 && (
            <button
              type="button"
              data-testid="notices-dismiss-all"
              className="rounded bg-slate-800/80 px-2 py-0.5 text-white hover:bg-slate-800"
              onClick={() => {
                for (const n of alerts) sessionStore.getState().dismiss(n.id);
                setExpanded(false);
              }}
            >
              Dismiss all
            </button>
          )}
        </div>
      )}
    </div>
  );
}
