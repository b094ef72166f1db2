/**
 * Decodes a file or a share link in a Web Worker, so that even input at the limits never freezes the
 * page. Where no worker can start (none in this browser, or a policy forbids it), it decodes here.
 */
import type { DecodeRequest } from '../../io/decodeRequest';
import { fromWire } from '../../io/readResultWire';
import type { ReadResult, WireResult } from '../../io/readResultWire';
import { PlanReadError } from '../../io/planErrors';

async function decodeHere(request: DecodeRequest): Promise<ReadResult> {
  // Loaded only when needed: the readers of links and SVG stay out of the first download.
  const { decodeRequest } = await import('../../io/decodeRequest');
  return decodeRequest(request);
}

export function decodeOffThread(request: DecodeRequest): Promise<ReadResult> {
  if (typeof Worker === 'undefined') return decodeHere(request);
  return new Promise<ReadResult>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./decodeWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(decodeHere(request));
      return;
    }
    let started = false;
    const done = (result: ReadResult | Promise<ReadResult>) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<WireResult | { started: true }>) => {
      if ('started' in event.data) started = true;
      else done(fromWire(event.data));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // Before it started, the worker could not load: decode here. After, the reader itself failed.
      done(
        started
          ? { ok: false, error: new PlanReadError(`the plan cannot be read (${event.message || 'the reader stopped'})`) }
          : decodeHere(request),
      );
    };
    worker.onmessageerror = () =>
      done({ ok: false, error: new PlanReadError('the plan cannot be read (it could not be passed back from the reader)') });
    worker.postMessage(request);
  });
}
