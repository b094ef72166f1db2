/** The share link: the whole plan in the URL's fragment; its length and what that means. */
import { useEffect, useMemo, useState } from 'react';
import { buildShareUrl } from '../../io/link';
import { buttonClass, Dialog, primaryButtonClass } from '../dialogs/Dialog';
import { planStore } from '../stores';
import { downloadJson } from '../io/exporting';

export const LONG_LINK = 8_000;
export const TOO_LONG_LINK = 100_000;

export function appBaseUrl(): string {
  return `${location.origin}${location.pathname}`;
}

export default function ShareDialog({ onClose }: { onClose(): void }) {
  const plan = planStore.getState().plan;
  const url = useMemo(() => buildShareUrl(appBaseUrl(), plan), [plan]);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = () =>
    navigator.clipboard?.writeText(url).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  useEffect(() => {
    if (url.length <= TOO_LONG_LINK) void copy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url]);
  return (
    <Dialog title="Share link" onClose={onClose} testId="share-dialog" wide>
      <p className="mb-2 text-sm">
        Anyone who opens this link sees this plan, read-only, and can edit a copy. The plan travels inside the link: no server stores it.
      </p>
      <input
        readOnly
        data-testid="share-url"
        aria-label="Share link"
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className="mb-2 w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
      />
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-300" data-testid="share-length">
        {url.length.toLocaleString('en-US')} characters
        {copied === 'yes' && ' · copied to the clipboard'}
        {copied === 'no' && ' · select it and copy with Ctrl+C'}
      </p>
      {url.length > TOO_LONG_LINK ? (
        <p role="alert" className="mb-2 rounded bg-red-50 p-2 text-xs text-red-900 dark:bg-red-950 dark:text-red-100">
          This link is over {TOO_LONG_LINK.toLocaleString('en-US')} characters: too long for most browsers and tools. Share the plan as a
          file instead.
        </p>
      ) : url.length > LONG_LINK ? (
        <p
          className="mb-2 rounded bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          data-testid="share-long-warning"
        >
          This link is over {LONG_LINK.toLocaleString('en-US')} characters: some chat and ticket tools cut long links. Sharing the plan file
          is safer.
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        {url.length > LONG_LINK && (
          <button type="button" className={buttonClass} onClick={() => downloadJson(plan)}>
            Download plan file
          </button>
        )}
        <button type="button" className={primaryButtonClass} onClick={() => void copy()}>
          Copy link
        </button>
      </div>
    </Dialog>
  );
}
