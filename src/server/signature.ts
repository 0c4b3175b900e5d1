import { createHmac, timingSafeEqual } from 'node:crypto';

/** A return URL's query as parsed by `URLSearchParams`, Express's `req.query` or similar. */
export type ReturnUrlParams = URLSearchParams | Record<string, unknown>;

function entriesOf(params: ReturnUrlParams): [string, string][] | undefined {
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params);
  // A repeated or nested parameter (`a[]=…`) is nothing Juspay sends: refuse rather than guess.
  return entries.every(([, value]) => typeof value === 'string') ? (entries as [string, string][]) : undefined;
}

function signEntries(entries: [string, string][], responseKey: string): string {
  const message = entries
    .filter(([key]) => key !== 'signature' && key !== 'signature_algorithm')
    .map(([key, value]) => [encodeURIComponent(key), encodeURIComponent(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const digest = createHmac('sha256', responseKey).update(encodeURIComponent(message)).digest('base64');
  return encodeURIComponent(digest);
}

/**
 * The `signature` value Juspay puts in a return URL for these parameters, before the URL's own
 * encoding: the steps of Juspay's "Status Verification". For tests and the Juspay double.
 */
export function signReturnUrlParams(params: ReturnUrlParams, responseKey: string): string {
  const entries = entriesOf(params);
  if (!entries) throw new TypeError('Return URL parameters must be strings.');
  return signEntries(entries, responseKey);
}

const decodeOnce = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
};

/**
 * Checks the `signature` of a return URL (`?status_id=…&status=…&order_id=…&signature=…&signature_algorithm=HMAC-SHA256`)
 * with the dashboard's Response Key, in constant time. `params` is the parsed query; parsing is the
 * "decoded once" of Juspay's last step.
 */
export function verifyReturnUrlSignature(params: ReturnUrlParams | null | undefined, responseKey: string): boolean {
  if (typeof params !== 'object' || params === null) return false;
  const entries = entriesOf(params);
  const received = entries?.find(([key]) => key === 'signature')?.[1];
  const algorithm = entries?.find(([key]) => key === 'signature_algorithm')?.[1];
  if (!entries || !received || !responseKey || (algorithm !== undefined && algorithm !== 'HMAC-SHA256')) return false;
  // Frameworks differ in how often they decode a query; base64 holds no `%`, so compare fully decoded.
  const expected = Buffer.from(decodeOnce(signEntries(entries, responseKey)) ?? '');
  const actual = Buffer.from(decodeOnce(received) ?? '');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
