/** Messages to the user: errors are alerts (announced at once), the rest status messages. */
import { useEffect } from 'react';
import { sessionStore, useSession } from '../stores';
import type { Notice } from '../../store/sessionStore';

const TONE: Record<Notice['kind'], string> = {
  error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100',
  warning: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  info: 'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100',
};

function NoticeView({ notice }: { notice: Notice }) {
  useEffect(() => {
    if (notice.kind !== 'info') return;
    const t = setTimeout(() => sessionStore.getState().dismiss(notice.id), 8000);
    return () => clearTimeout(t);
  }, [notice]);
  return (
    <div role={notice.kind === 'info' ? 'status' : 'alert'} data-testid={`notice-${notice.kind}`} className={`pointer-events-auto flex max-w-xl items-start gap-3 rounded-md border px-3 py-2 text-sm shadow-lg ${TONE[notice.kind]}`}>
      <p className="flex-1 break-words">{notice.text}</p>
      <button type="button" aria-label="Dismiss" className="text-lg leading-none opacity-60 hover:opacity-100" onClick={() => sessionStore.getState().dismiss(notice.id)}>
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useSession((s) => s.notices);
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4">
      {notices.map((n) => (
        <NoticeView key={n.id} notice={n} />
      ))}
    </div>
  );
}
