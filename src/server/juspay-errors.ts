import { catalogue } from '../contract/catalogue.js';
import { parseSessionResponse } from '../contract/response.js';

/**
 * A failure the merchant's endpoint reports to the browser: an HTTP status, a stable code and a
 * message that is safe to show. It never carries the API key or Juspay's raw answer.
 */
export class JuspayError extends Error {
  override readonly name = 'JuspayError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Every parameter name we know: the only words of Juspay's own text that may reach a message. */
const knownNames = new Set([...Object.values(catalogue).flatMap((specs) => specs.map((spec) => spec.name)), 'x-routing-id']);

function namedParameters(text: string): string {
  const names = [...new Set(text.match(/[A-Za-z][\w.-]*/g) ?? [])].filter((word) => knownNames.has(word)).slice(0, 10);
  return names.length ? ` (${names.join(', ')})` : '';
}

/**
 * Juspay's answer → ours. Juspay's own `error_code` and `error_message` are never passed on: only the
 * code and message below, and the names of parameters we know. docs/security-model.md has this table.
 *
 * | Juspay answers | status | error_code |
 * | --- | --- | --- |
 * | 400 `Mandatory fields are missing` | 400 | `juspay_missing_fields` |
 * | any other 400 (`INVALID_REQUEST`, …) | 400 | `juspay_invalid_request` |
 * | 401, 403 (`access_denied`) | 401 | `juspay_access_denied` |
 * | 404 | 404 | `juspay_not_found` |
 * | 429 | 503 | `juspay_rate_limited` |
 * | 5xx | 502 | `juspay_unavailable` |
 * | anything else (1xx, 3xx such as 304, other 4xx) | 502 | `upstream_unexpected_status` |
 */
export function upstreamError(status: number, json: unknown): JuspayError {
  const parsed = parseSessionResponse(json, status);
  const said = parsed.kind === 'error' ? `${parsed.errorCode} ${parsed.errorMessage}` : '';
  if (status === 400) {
    return /mandatory fields are missing/i.test(said)
      ? new JuspayError(400, 'juspay_missing_fields', `Juspay refused the request: mandatory fields are missing${namedParameters(said)}.`)
      : new JuspayError(400, 'juspay_invalid_request', `Juspay refused the request as invalid${namedParameters(said)}.`);
  }
  if (status === 401 || status === 403) {
    return new JuspayError(401, 'juspay_access_denied', 'Juspay refused the merchant credentials: check the API key and merchant id on the server.');
  }
  if (status === 404) return new JuspayError(404, 'juspay_not_found', 'Juspay could not find what was asked for.');
  if (status === 429) return new JuspayError(503, 'juspay_rate_limited', 'Juspay is busy. Try again shortly.');
  if (status >= 500 && status <= 599) return new JuspayError(502, 'juspay_unavailable', 'Juspay had an internal error. Try again shortly.');
  return new JuspayError(502, 'upstream_unexpected_status', `Juspay answered with an unexpected status (${status}).`);
}
