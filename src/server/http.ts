import { JuspayError } from './juspay-connection.js';

/** Where the handlers report failures; `console` by default. Lines never hold the API key. */
export interface Logger {
  warn(message: string): void;
}

/** A session or status request is a few kilobytes; a body far larger is refused before it is all read. */
export const MAX_BODY_BYTES = 64 * 1024;

export class BodyTooLarge extends Error {
  constructor() {
    super(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    this.name = 'BodyTooLarge';
  }
}

/** The request's body as text, read to at most `MAX_BODY_BYTES`; throws `BodyTooLarge` beyond that. */
export async function readBodyText(request: Request): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw new BodyTooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
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
  if (error instanceof BodyTooLarge) return errorResponse(413, 'payload_too_large', error.message);
  if (error instanceof JuspayError) {
    logger.warn(`juspay-session-checkout: ${error.code} (${error.status}): ${error.message}`);
    return errorResponse(error.status, error.code, error.message);
  }
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger.warn(`juspay-session-checkout: internal_error: ${reason}`);
  return errorResponse(500, 'internal_error', 'The payment could not be set up. Try again.');
}
