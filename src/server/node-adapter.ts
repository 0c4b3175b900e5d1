import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, errorReply, failureReply, MAX_BODY_BYTES, toResponse, type Answer, type Logger } from './http.js';
import { fetchInbound, type Inbound } from './inbound.js';

/** Node's request, as Node `http` gives it or as Express leaves it after its body parsers. */
export type NodeRequest = IncomingMessage & { body?: unknown; originalUrl?: string };
export type NodeHandler = (req: NodeRequest, res: ServerResponse) => Promise<void>;

/** Methods fetch refuses to express; Node's parser lets them through. */
const forbiddenMethods = /^(?:CONNECT|TRACE|TRACK)$/i;

/** The body as text, with events rather than an async iterator (a promise less per chunk); BodyTooLarge past the limit. */
function readStream(req: NodeRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      // The rest is read and dropped, so that the 413 reaches a client still sending.
      req.off('data', onData);
      reject(new BodyTooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

async function bodyOf(req: NodeRequest): Promise<string | undefined> {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return undefined;
  // Express's parsers have already read the stream: json() leaves an object, text() a string, raw() a Buffer.
  const parsed = req.body;
  if (parsed === undefined) return readStream(req); // which keeps to the limit itself
  const text = typeof parsed === 'string' ? parsed : Buffer.isBuffer(parsed) ? parsed.toString('utf8') : JSON.stringify(parsed);
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new BodyTooLarge();
  return text;
}

/** The request's URL. Express rewrites `req.url` under a mounted router; the query must survive either way. */
function urlOf(req: NodeRequest): string {
  return new URL(req.originalUrl ?? req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`).href;
}

/** Node's request as a fetch Request; `body` only where the handler reads the Request's own stream. */
function requestOf(req: NodeRequest, url: string, body?: string): Request {
  return new Request(url, { method: req.method ?? 'GET', headers: headersOf(req), ...(body === undefined ? {} : { body }) });
}

function headersOf(req: NodeRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return headers;
}

/**
 * Serves a fetch-style handler from Node's `http` or Express-style `(req, res)`. It never rejects:
 * Node's `http` and Express 4 leave a rejected promise unhandled, which ends the process.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  return serveNode(requestOf, handler);
}

/** A fetch-style handler with `.node`, both from one `answer`; whatever it throws is answered by `failureReply`. */
export function exposeHandler(answer: (inbound: Inbound) => Promise<Answer>, logger: Logger) {
  const safely = async (inbound: Inbound): Promise<Answer> => {
    try {
      return await answer(inbound);
    } catch (error) {
      return failureReply(error, logger);
    }
  };
  // `.node` keeps the body beside a body-less Request (no stream to read back) and writes Replies as they are, with no Response.
  const node = serveNode((req, url, body) => ({ ...fetchInbound(requestOf(req, url)), text: async () => body ?? '' }), safely);
  return Object.assign(async (request: Request) => toResponse(await safely(fetchInbound(request))), { node });
}

/** Reads Node's request (`prepare` makes what `handle` takes of it) and writes the answer; it never rejects. */
function serveNode<T>(
  prepare: (req: NodeRequest, url: string, body: string | undefined) => T,
  handle: (prepared: T) => Promise<Answer>,
): NodeHandler {
  return async (req, res) => {
    let prepared: T;
    try {
      if (forbiddenMethods.test(req.method ?? '')) throw new TypeError(`fetch cannot express a ${req.method} request.`);
      const url = urlOf(req);
      prepared = prepare(req, url, await bodyOf(req));
    } catch (error) {
      // A request Node accepts but fetch cannot express (a TRACE method, a malformed Host), or an oversized body.
      return send(
        res,
        error instanceof BodyTooLarge
          ? errorReply(413, 'payload_too_large', error.message)
          : errorReply(400, 'bad_request', 'The request could not be read.'),
      );
    }
    try {
      await send(res, await handle(prepared));
    } catch (error) {
      console.error('juspay-session-checkout: the handler failed:', error);
      if (!res.headersSent) await send(res, errorReply(500, 'internal_error', 'The request could not be handled.'));
      else res.destroy();
    }
  };
}

async function send(res: ServerResponse, answer: Answer): Promise<void> {
  if (!(answer instanceof Response)) {
    // With its length, the answer goes in one piece, not chunked.
    res.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(Buffer.byteLength(answer.body)) });
    res.end(answer.body);
    return;
  }
  const response = answer;
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(body);
}
