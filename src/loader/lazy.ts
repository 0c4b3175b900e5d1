/**
 * A part of the element that is its own chunk, fetched on first use with `import()` and shared
 * by every caller. A failed fetch is forgotten, so the next call fetches again.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

