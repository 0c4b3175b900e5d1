/**
 * Runs `work` with a signal that aborts after `timeoutMs`, or as soon as `outer` aborts; `timedOut`
 * tells the two apart. AbortSignal.any and AbortSignal.timeout are too new for some phones still in
 * use, so they are combined by hand, once, for the session and the status clients.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal, timedOut: () => boolean) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const abort = () => controller.abort();
  if (outer?.aborted) abort();
  outer?.addEventListener('abort', abort, { once: true });
  try {
    return await work(controller.signal, () => timedOut);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', abort);
  }
}
