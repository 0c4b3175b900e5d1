/**
 * `juspay-session-checkout/script` is the script-tag drop-in: a classic script, not a module.
 * Loading it (a `<script src>`, or `import 'juspay-session-checkout/script'` in a bundler) only
 * registers `<juspay-session-checkout>`; it exports nothing. These are the element's global
 * types (`HTMLElementTagNameMap`, the event map), the same as the main entry's.
 */
import type {} from './index.js';

export {};
