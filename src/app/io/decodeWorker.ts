/** The Web Worker that decodes incoming files and share links, away from the page's main thread. */
import { decodeRequest } from '../../io/decodeRequest';
import type { DecodeRequest } from '../../io/decodeRequest';
import { toWire } from '../../io/readResultWire';

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
  self.postMessage({ started: true });
  self.postMessage(toWire(await decodeRequest(event.data)));
};
