import { JuspayError } from './juspay-connection.js';
import { StoreUnavailable } from './store.js';

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

/**
 * An answer before it is a Response. The handlers make these; the fetch-style handler turns them
 * into a Response, the Node adapter writes them as they are (a Response costs more than the rest of
 * an answer). A Response a merchant's callback throws is answered as it is.
 */
export interface Reply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export type Answer = Reply | Response;

export const toResponse = (answer: Answer): Response =>
  answer instanceof Response ? answer : new Response(answer.body, { status: answer.status, headers: answer.headers });

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

/** Deeper JSON than this is nothing the widget or Juspay sends; refusing it keeps recursion bounded. */
export const MAX_JSON_DEPTH = 32;

/** Counts nesting in the text itself, before parsing: strings are skipped, escapes honoured. */
function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92) index++; // a backslash escapes the next character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 || char === 91) {
      if (++depth > MAX_JSON_DEPTH) return true;
    } else if (char === 125 || char === 93) depth--;
  }
  return false;
}

/** A JSON body, or an answer saying why it is not one: invalid_json, or too deeply nested. */
export function parseJsonBody(text: string): { value: unknown } | { refusal: Reply } {
  if (tooDeep(text)) {
    return { refusal: errorReply(400, 'invalid_json', `The request body is nested deeper than ${MAX_JSON_DEPTH} levels.`) };
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { refusal: errorReply(400, 'invalid_json', 'The request body is not JSON.') };
  }
}

export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  // Payment answers are per customer and must never be cached by a proxy or the browser.
  return { status, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers } };
}

/** The error shape Juspay itself uses, which the widget's response parser understands. */
export function errorBody(code: string, message: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { status: 'error', error_code: code, error_message: message, ...extra };
}

export function errorReply(status: number, code: string, message: string, extra: Record<string, unknown> = {}): Reply {
  return jsonReply(status, errorBody(code, message, extra));
}

/** How long a client should wait before retrying while the shared store is unreachable. */
const STORE_RETRY_AFTER_SECONDS = '2';

/**
 * Turns anything a handler threw into an answer: a JuspayError keeps its status and code, a thrown
 * Response (e.g. a 401 from the merchant's own `resolveOrder`) is sent as is, anything else is a 500.
 */
export function failureReply(error: unknown, logger: Logger): Answer {
  // Cloned: requests sharing one Idempotency-Key may all be answered with the same thrown Response.
  if (error instanceof Response) return error.clone();
  if (error instanceof BodyTooLarge) return errorReply(413, 'payload_too_large', error.message);
  if (error instanceof StoreUnavailable) {
    logger.warn(`juspay-session-checkout: store_unavailable: ${error.message}`);
    return jsonReply(503, errorBody('store_unavailable', 'The payment service is briefly unavailable. Try again.'), {
      'Retry-After': STORE_RETRY_AFTER_SECONDS,
    });
  }
  if (error instanceof JuspayError) {
    logger.warn(`juspay-session-checkout: ${error.code} (${error.status}): ${error.message}`);
    return errorReply(error.status, error.code, error.message);
  }
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger.warn(`juspay-session-checkout: internal_error: ${reason}`);
  return errorReply(500, 'internal_error', 'The payment could not be set up. Try again.');
}
