import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withDeadline } from '../../src/session-client/deadline.js';

/** Resolves when `signal` aborts. */
const aborted = (signal: AbortSignal) => new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));

describe('withDeadline', () => {
  it('aborts the work when the time is up, and says it timed out', async () => {
    const result = await withDeadline(1, undefined, async (signal, timedOut) => {
      await aborted(signal);
      return timedOut();
    });
    assert.equal(result, true);
  });

  it('aborts the work when the caller aborts, even before it starts, without calling it a timeout', async () => {
    const outer = new AbortController();
    const later = withDeadline(60_000, outer.signal, async (signal, timedOut) => {
      await aborted(signal);
      return timedOut();
    });
    outer.abort();
    assert.equal(await later, false);
    const early = await withDeadline(60_000, outer.signal, async (signal) => signal.aborted);
    assert.equal(early, true);
  });

  it('lets go of the caller’s signal and the timer when the work ends', async () => {
    const outer = new AbortController();
    let inner: AbortSignal | undefined;
    await withDeadline(60_000, outer.signal, async (signal) => void (inner = signal));
    outer.abort();
    assert.equal(inner?.aborted, false);
  });
});
