import { parseSessionResponse, type SessionResponse } from '../contract/response.js';
import type { SessionRequestBody } from '../contract/request.js';
import { CheckoutError, type FailureCode } from '../errors/checkout-error.js';
import { withDeadline } from './deadline.js';

/**
 * Replaces the POST: receives the body and an abort signal, returns a `Response`
 * or the already-parsed JSON answer.
 */
export type FetchSession = (
  body: SessionRequestBody,
  init: { signal: AbortSignal; idempotencyKey: string; headers: Record<string, string> },
) => Promise<Response | unknown>;

export interface SessionRequest {
  endpoint: string;
  body: SessionRequestBody;
  idempotencyKey: string;
  timeoutMs: number;
  headers?: Record<string, string>;
  fetchSession?: FetchSession;
  credentials?: RequestCredentials;
  /** Aborts the whole request, e.g. when the element is removed. */
  signal?: AbortSignal;
  /** Automatic retries for network errors and 502/503/504, with backoff and jitter. */
  autoRetries?: number;
}

const RETRYABLE_HTTP = new Set([408, 429, 500, 502, 503, 504]);
const AUTO_RETRY_HTTP = new Set([502, 503, 504]);

function sessionError(code: FailureCode, message: string, retryable: boolean, extra: Partial<CheckoutError> = {}) {
  return new CheckoutError({ stage: 'session', code, message, retryable, ...extra });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    // An HTML error page from a proxy, or a broken body: never shown, only classified.
    throw response.ok
      ? sessionError('invalid_response', 'The checkout server sent an answer that is not JSON.', true)
      : sessionError(
          'http_error',
          `The checkout server answered with status ${response.status} and no readable details.`,
          RETRYABLE_HTTP.has(response.status),
          { httpStatus: response.status },
        );
  }
}

function toResult(json: unknown, httpStatus: number): SessionResponse {
  const parsed = parseSessionResponse(json, httpStatus);
  // A brand-new order with nothing to open it with is a broken session answer, not an outcome.
  if (parsed.kind === 'order' && parsed.status.toUpperCase() === 'NEW') {
    throw sessionError('invalid_response', 'The session answer has no sdk_payload to open checkout with.', true, {
      orderId: parsed.orderId,
    });
  }
  if (parsed.kind !== 'error') return parsed;
  if (parsed.source === 'shape') {
    throw sessionError('invalid_response', 'The checkout server answered without a payment session.', true);
  }
  // The merchant's server says its own setup is wrong (session handler): retrying cannot help.
  if (parsed.errorCode === 'configuration_error') throw sessionError('configuration_error', parsed.errorMessage, false, { httpStatus });
  const fromJuspay = parsed.source === 'juspay';
  throw sessionError(
    fromJuspay ? 'api_error' : 'http_error',
    parsed.errorMessage,
    RETRYABLE_HTTP.has(httpStatus),
    // CheckoutError keeps only the details that are there.
    { httpStatus, errorCode: fromJuspay ? parsed.errorCode : undefined, status: parsed.status },
  );
}

/** A merchant's fetchSession may ignore its signal: the timeout and close() must still end the wait. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

async function attempt(request: SessionRequest, signal: AbortSignal): Promise<SessionResponse> {
  const headers = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    ...request.headers,
    'Idempotency-Key': request.idempotencyKey,
  };
  const answer = request.fetchSession
    ? await untilAborted(request.fetchSession(request.body, { signal, idempotencyKey: request.idempotencyKey, headers }), signal)
    : await fetch(request.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify(request.body),
        credentials: request.credentials ?? 'same-origin',
        signal,
      });
  if (answer instanceof Response) return toResult(await readJson(answer), answer.status);
  return toResult(answer, 200);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

function isAutoRetryable(error: CheckoutError): boolean {
  return error.code === 'network_error' || (error.httpStatus !== undefined && AUTO_RETRY_HTTP.has(error.httpStatus));
}

/**
 * POSTs the body to the merchant's endpoint and classifies the answer. Every failure is a
 * `CheckoutError` with `stage: 'session'`. The whole call, retries included, ends by `timeoutMs`.
 */
export function createSession(request: SessionRequest): Promise<SessionResponse> {
  const retries = request.autoRetries ?? 2;
  return withDeadline(request.timeoutMs, request.signal, async (signal, timedOut) => {
    for (let n = 0; ; n++) {
      try {
        return await attempt(request, signal);
      } catch (caught) {
        const error = classify(caught, timedOut(), request.signal?.aborted ?? false);
        if (n >= retries || !isAutoRetryable(error) || signal.aborted) throw error;
        await sleep(250 * 2 ** n + Math.random() * 250, signal);
        if (signal.aborted) throw classify(new DOMException('', 'AbortError'), timedOut(), true);
      }
    }
  });
}

function classify(caught: unknown, timedOut: boolean, cancelled: boolean): CheckoutError {
  if (caught instanceof CheckoutError) return caught;
  if (timedOut) return sessionError('timeout', 'The checkout server did not answer in time.', true);
  if (cancelled) return sessionError('network_error', 'The request was cancelled.', true);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return sessionError('offline', 'You appear to be offline.', true);
  }
  return sessionError('network_error', 'The checkout server could not be reached.', true);
}
