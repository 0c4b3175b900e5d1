import { CheckoutError } from '../errors/checkout-error.js';
import { chunkFailure } from './chunk-failure.js';

/**
 * A part of the element that is its own chunk, fetched on first use with `import()` and shared
 * by every caller. A failed fetch is forgotten, so the next call fetches again; it rejects with
 * the same failure the script-tag entry reports.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new CheckoutError({ ...chunkFailure, cause });
    }));
}

