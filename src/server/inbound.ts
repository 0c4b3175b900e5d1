import { errorReply, readBodyText, type Reply } from './http.js';

/**
 * What a handler reads of a request: its method, URL, headers and body text, and the fetch Request the
 * merchant's callbacks (`caller`, `resolveOrder`, `expectedOrder`) get. Under `.node` the body is kept
 * beside a body-less Request, so the handlers read no stream back.
 */
export interface Inbound {
  readonly method: string;
  readonly url: string;
  /** A header's value as `Headers.get` gives it; null when it is absent. */
  header(name: string): string | null;
  /** The body as text, read to at most `MAX_BODY_BYTES`. */
  text(): Promise<string>;
  /** The request as a fetch Request, for the merchant's callbacks. */
  readonly request: Request;
}

export const fetchInbound = (request: Request): Inbound => ({
  method: request.method,
  url: request.url,
  header: (name) => request.headers.get(name),
  text: () => readBodyText(request),
  request,
});

/** A body that is not declared JSON is refused: a cross-site form can send text/plain, never application/json. */
export function isJsonContentType(inbound: Inbound): boolean {
  const type = inbound.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/** The answer to a body that is not declared JSON. */
export const notJsonReply = (): Reply => errorReply(415, 'unsupported_media_type', 'Send the body as Content-Type: application/json.');

/** With `allowedOrigins`, a request whose Origin is not listed is refused; one without an Origin is not a browser's cross-site request. */
export function isAllowedOrigin(inbound: Inbound, allowedOrigins: readonly string[] | undefined): boolean {
  const origin = inbound.header('origin');
  return !allowedOrigins || origin === null || allowedOrigins.includes(origin);
}
