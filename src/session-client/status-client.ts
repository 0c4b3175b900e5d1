import { isRecord } from '../contract/paths.js';
import { withDeadline } from './deadline.js';
import type { VerificationReason } from '../contract/status.js';

/** What the merchant's `status-endpoint` answers: the order as Juspay reports it, checked server-side. */
export interface VerifiedStatus {
  orderId: string;
  status: string;
  amount?: string | number;
  verified: boolean;
  /** Why it is not verified, when the server says. */
  reason?: VerificationReason;
}

const isVerifiedStatus = (value: unknown): value is VerifiedStatus =>
  isRecord(value) &&
  typeof value.orderId === 'string' &&
  typeof value.status === 'string' &&
  typeof value.verified === 'boolean' &&
  ['undefined', 'string', 'number'].includes(typeof value.amount);

/**
 * Asks the merchant's server for the order's real status. `params` are the order id and, after a
 * redirect, Juspay's signed return parameters, so the server can check the signature too.
 * Resolves undefined when the server cannot be asked or answers nonsense: the caller then
 * reports the browser's own hint, unverified.
 */
export function fetchVerifiedStatus(
  statusEndpoint: string,
  params: Record<string, string>,
  init: { headers?: Record<string, string>; timeoutMs: number; signal?: AbortSignal },
): Promise<VerifiedStatus | undefined> {
  return withDeadline(init.timeoutMs, init.signal, async (signal) => {
    try {
      const url = new URL(statusEndpoint, document.baseURI);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      const response = await fetch(url, { headers: { Accept: 'application/json', ...init.headers }, credentials: 'same-origin', signal });
      if (!response.ok) return undefined;
      const answer: unknown = await response.json();
      return isVerifiedStatus(answer) ? answer : undefined;
    } catch {
      return undefined;
    }
  });
}
