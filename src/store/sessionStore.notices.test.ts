import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionStore, NOTICE_LIFETIME } from './sessionStore';

describe('notices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const texts = (store: ReturnType<typeof createSessionStore>) => store.getState().notices.map((n) => n.text);

  it('info and success notices leave by themselves; errors and warnings stay until dismissed', () => {
    const store = createSessionStore();
    store.getState().notify('info', 'imported');
    store.getState().notify('success', 'saved again');
    const error = store.getState().notify('error', 'could not read');
    store.getState().notify('warning', 'storage full');
    vi.advanceTimersByTime(NOTICE_LIFETIME - 1);
    expect(texts(store)).toEqual(['imported', 'saved again', 'could not read', 'storage full']);
    vi.advanceTimersByTime(1);
    expect(texts(store)).toEqual(['could not read', 'storage full']);
    vi.advanceTimersByTime(10 * NOTICE_LIFETIME);
    expect(texts(store)).toEqual(['could not read', 'storage full']);
    store.getState().dismiss(error);
    expect(texts(store)).toEqual(['storage full']);
  });

  it('a hovered or focused notice stays; released, it gets its full time again', () => {
    const store = createSessionStore();
    const id = store.getState().notify('info', 'imported');
    vi.advanceTimersByTime(NOTICE_LIFETIME - 100);
    store.getState().holdNotice(id, true);
    vi.advanceTimersByTime(5 * NOTICE_LIFETIME);
    expect(texts(store)).toEqual(['imported']);
    store.getState().holdNotice(id, false);
    vi.advanceTimersByTime(NOTICE_LIFETIME - 1);
    expect(texts(store)).toEqual(['imported']);
    vi.advanceTimersByTime(1);
    expect(texts(store)).toEqual([]);
  });

  it('holding an error changes nothing: it still waits for the user', () => {
    const store = createSessionStore();
    const id = store.getState().notify('error', 'bad file');
    store.getState().holdNotice(id, true);
    store.getState().holdNotice(id, false);
    vi.advanceTimersByTime(10 * NOTICE_LIFETIME);
    expect(texts(store)).toEqual(['bad file']);
  });

  it('the same text again is one notice, the newest, and its time starts again', () => {
    const store = createSessionStore();
    store.getState().notify('info', 'same');
    vi.advanceTimersByTime(NOTICE_LIFETIME - 10);
    store.getState().notify('info', 'same');
    vi.advanceTimersByTime(20);
    expect(texts(store)).toEqual(['same']);
    vi.advanceTimersByTime(NOTICE_LIFETIME);
    expect(texts(store)).toEqual([]);
  });

  it('a notice dismissed early leaves no timer that removes a later one', () => {
    const store = createSessionStore();
    const first = store.getState().notify('info', 'first');
    store.getState().dismiss(first);
    vi.advanceTimersByTime(NOTICE_LIFETIME / 2);
    store.getState().notify('error', 'second');
    vi.advanceTimersByTime(NOTICE_LIFETIME);
    expect(texts(store)).toEqual(['second']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
