import { JuspayError } from './juspay-connection.js';

/** Where the handlers report failures; `console` by default. Lines never hold the API key. */
export interface Logger {
  warn(message: string): void;
}

export function jsonResponse(status: number, body: unknown): Response {
  // Payment answers are per customer and must never be cached by a proxy or the browser.
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

/** The error shape Juspay itself uses, which the widget's response parser understands. */
export function errorBody(code: string, message: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { status: 'error', error_code: code, error_message: message, ...extra };
}

export function errorResponse(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Response {
  return jsonResponse(status, errorBody(code, message, extra));
}

/**
 * Turns anything a handler threw into an answer: a JuspayError keeps its status and code, a thrown
 * Response (e.g. a 401 from the merchant's own `resolveOrder`) is sent as is, anything else is a 500.
 */
export function failureResponse(error: unknown, logger: Logger): Response {
  // Cloned: requests sharing one Idempotency-Key may all be answered with the same thrown Response.
  if (error instanceof Response) return error.clone();
  if (error instanceof JuspayError) {
    logger.warn(`juspay-session-checkout: ${error.code} (${error.status}): ${error.message}`);
    return errorResponse(error.status, error.code, error.message);
  }
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger.warn(`juspay-session-checkout: internal_error: ${reason}`);
  return errorResponse(500, 'internal_error', 'The payment could not be set up. Try again.');
}
