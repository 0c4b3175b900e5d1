/**
 * The script-tag drop-in's classic entry (`juspay-session-checkout.iife.js`). Vite's IIFE build
 * cannot code-split, so the element ships as ES chunks in `juspay-session-checkout/` beside this
 * file, and this script only finds them, from its own URL, and imports the first. The chunks load
 * the rest with `import()` relative to themselves, as the npm build does.
 *
 * If the first chunk cannot load (an ad blocker, a flaky network), each element on the page gets
 * `juspay-payment-failed` (`stage: 'sdk'`, `code: 'sdk_load_failed'`), and the import is tried
 * again when the browser is back online or after a growing delay. Nothing is lost: there is no
 * form yet, and the elements upgrade with their attributes and properties once it loads.
 */
import { emit } from '../events/events.js';
import { chunkFailure } from './chunk-failure.js';

const tag = 'juspay-session-checkout';
/** Read while this script runs: `currentScript` is null afterwards, and in modules. */
const entryUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const elementChunk = new URL('./juspay-session-checkout/element.js', entryUrl).href;
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function load(): void {
  clearTimeout(retryTimer);
  window.removeEventListener('online', load);
  import(/* @vite-ignore */ elementChunk).catch(() => {
    if (customElements.get(tag)) return;
    console.error(`${tag}: ${chunkFailure.message} (${elementChunk})`);
    for (const element of document.querySelectorAll(tag)) emit(element, 'juspay-payment-failed', { ...chunkFailure });
    window.addEventListener('online', load);
    retryTimer = setTimeout(load, RETRY_DELAYS_MS[Math.min(attempt++, RETRY_DELAYS_MS.length - 1)]);
  });
}

// Loaded twice, or beside the npm build: the element that is already there stays.
if (!customElements.get(tag)) load();
