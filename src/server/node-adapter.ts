import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, errorReply, failureReply, MAX_BODY_BYTES, toResponse, withBodyText, type Answer, type Logger } from './http.js';

/** Node's request, as Node `http` gives it or as Express leaves it after its body parsers. */
export type NodeRequest = IncomingMessage & { body?: unknown; originalUrl?: string };
export type NodeHandler = (req: NodeRequest, res: ServerResponse) => Promise<void>;

async function bodyOf(req: NodeRequest): Promise<string | undefined> {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return undefined;
  // Express's parsers have already read the stream: json() leaves an object, text() a string, raw() a Buffer.
  if (typeof req.body === 'string') return req.body;
  if (Buffer.isBuffer(req.body)) return req.body.toString('utf8');
  if (req.body !== undefined) return JSON.stringify(req.body);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A base URL whose host holds no path, query or fragment: a path appended to it means what URL resolution would. */
const plainHost = /^http:\/\/[\w.:[\]-]+$/;

/** With `outOfBand`, the body is kept beside the Request instead of in it: our own handlers read it from there, without a stream. */
async function toRequest(req: NodeRequest, outOfBand: boolean): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  // Express rewrites `req.url` under a mounted router; the query must survive either way. An origin-form
  // target (the usual case) is joined as text: Request parses its URL itself, a URL object would be parsed twice.
  const target = req.originalUrl ?? req.url ?? '/';
  const base = `http://${req.headers.host ?? 'localhost'}`;
  const url = target.startsWith('/') && !target.startsWith('//') && plainHost.test(base) ? `${base}${target}` : new URL(target, base);
  const body = await bodyOf(req);
  const method = req.method ?? 'GET';
  if (outOfBand && body !== undefined) return withBodyText(new Request(url, { method, headers }), body);
  return new Request(url, { method, headers, ...(body === undefined ? {} : { body }) });
}

/**
 * Serves a fetch-style handler from Node's `http` or Express-style `(req, res)`. It never rejects:
 * Node's `http` and Express 4 leave a rejected promise unhandled, which ends the process.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  return nodeHandler(handler, false);
}

/** A fetch-style handler with `.node`, both from one `answer`; whatever it throws is answered by `failureReply`. */
export function exposeHandler(answer: (request: Request) => Promise<Answer>, logger: Logger) {
  const safely = async (request: Request): Promise<Answer> => {
    try {
      return await answer(request);
    } catch (error) {
      return failureReply(error, logger);
    }
  };
  // `.node` keeps bodies beside the Request and writes Replies as they are: this package's handlers read neither stream.
  return Object.assign(async (request: Request) => toResponse(await safely(request)), { node: nodeHandler(safely, true) });
}

function nodeHandler(handler: (request: Request) => Promise<Answer>, outOfBand: boolean): NodeHandler {
  return async (req, res) => {
    let request: Request;
    try {
      request = await toRequest(req, outOfBand);
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
      await send(res, await handler(request));
    } catch (error) {
      console.error('juspay-session-checkout: the handler failed:', error);
      if (!res.headersSent) await send(res, errorReply(500, 'internal_error', 'The request could not be handled.'));
      else res.destroy();
    }
  };
}

async function send(res: ServerResponse, answer: Answer): Promise<void> {
  if (!(answer instanceof Response)) {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
    return;
  }
  const response = answer;
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(body);
}
