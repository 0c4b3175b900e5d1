import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { AnswerReader } from './http1-answer.js';

/**
 * Juspay's client: HTTP/1.1 on kept-alive connections (TLS for https), for the one kind of exchange the
 * server half makes, a small JSON request and a small answer. Node's `http` client builds a
 * ClientRequest, an agent queue and a response stream per call; on a session request that was a third of
 * the handler's CPU. This writes the request in one write and reads the answer with `AnswerReader`.
 */

/** Juspay's answers are a few kilobytes; anything far larger is not one. */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** Idle connections kept per origin, as Node's agent keeps them (`maxFreeSockets`). */
const MAX_IDLE = 256;

export class UpstreamTimeout extends Error {
  override readonly name = 'TimeoutError';
}

export interface UpstreamAnswer {
  status: number;
  text: string;
}

interface ExchangeInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

/** A connection and the exchange it is carrying, if any: its listeners are set once, not per exchange. */
interface Connection {
  socket: Socket;
  origin: string;
  current?: {
    reader: AnswerReader;
    finish: (error?: Error) => void;
  };
}

class StaleConnection extends Error {}

const idle = new Map<string, Connection[]>();

const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const headerValue = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * One HTTP exchange. Redirects are not followed. The timeout covers reading the answer too: a
 * stalled answer is still a timeout (UpstreamTimeout); any other failure rejects with its error.
 */
export async function exchange(url: string, init: ExchangeInit): Promise<UpstreamAnswer> {
  const target = new URL(url);
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new TypeError(`Unsupported protocol ${target.protocol}`);
  let head = `${init.method} ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\n`;
  for (const [name, value] of Object.entries(init.headers)) {
    if (!headerName.test(name) || !headerValue.test(value)) throw new TypeError(`Invalid header ${JSON.stringify(name)}.`);
    head += `${name}: ${value}\r\n`;
  }
  const request = init.body === undefined ? `${head}\r\n` : `${head}Content-Length: ${Buffer.byteLength(init.body)}\r\n\r\n${init.body}`;
  try {
    return await send(target, request, init.timeoutMs, false);
  } catch (error) {
    // A kept-alive connection the server closed as we reused it: Node's documented case for one retry. Safe here:
    // a repeated order_id is the same order, and the Order Status API only reads.
    if (!(error instanceof StaleConnection)) throw error;
    return send(target, request, init.timeoutMs, true);
  }
}

function send(target: URL, request: string, timeoutMs: number, fresh: boolean): Promise<UpstreamAnswer> {
  const origin = `${target.protocol}//${target.host}`;
  const reused = fresh ? undefined : idleConnection(origin);
  const connection = reused ?? open(target, origin);
  if (reused) reused.socket.ref();
  return new Promise((resolve, reject) => {
    const reader = new AnswerReader(MAX_ANSWER_BYTES);
    const timer = setTimeout(() => finish(new UpstreamTimeout()), timeoutMs);
    function finish(error?: Error) {
      if (connection.current?.reader !== reader) return;
      clearTimeout(timer);
      connection.current = undefined;
      if (error) {
        connection.socket.destroy();
        reject(reused && !reader.received && !(error instanceof UpstreamTimeout) ? new StaleConnection(error.message) : error);
        return;
      }
      if (reader.reusable) keep(connection);
      else connection.socket.destroy();
      resolve({ status: reader.status, text: reader.text() });
    }
    connection.current = { reader, finish };
    connection.socket.write(request);
  });
}

function open(target: URL, origin: string): Connection {
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(target.port) || (target.protocol === 'https:' ? 443 : 80);
  const socket =
    target.protocol === 'https:'
      ? connectTls({ host, port, ALPNProtocols: ['http/1.1'], ...(isIP(host) ? {} : { servername: host }) })
      : connectTcp({ host, port });
  socket.setNoDelay(true);
  const connection: Connection = { socket, origin };
  socket.on('data', (chunk: Buffer) => {
    const current = connection.current;
    // Bytes on an idle connection answer nothing we asked: the connection cannot be trusted.
    if (!current) return void socket.destroy();
    try {
      current.reader.push(chunk);
    } catch (error) {
      return current.finish(error as Error);
    }
    if (current.reader.done) current.finish();
  });
  socket.on('error', (error) => connection.current?.finish(error));
  socket.on('close', () => {
    const current = connection.current;
    if (current) {
      try {
        current.reader.end();
        current.finish();
      } catch (error) {
        current.finish(error as Error);
      }
    }
    const pool = idle.get(origin);
    const index = pool?.indexOf(connection) ?? -1;
    if (index >= 0) pool!.splice(index, 1);
  });
  return connection;
}

/** The most recently used idle connection still open: one the server closed may not have said so yet. */
function idleConnection(origin: string): Connection | undefined {
  const pool = idle.get(origin);
  for (let connection = pool?.pop(); connection; connection = pool!.pop()) if (!connection.socket.destroyed) return connection;
  return undefined;
}

/** Back to the idle pool, not holding the process open (as Node's agent does with its free sockets). */
function keep(connection: Connection): void {
  let pool = idle.get(connection.origin);
  if (!pool) idle.set(connection.origin, (pool = []));
  if (pool.length >= MAX_IDLE) return void connection.socket.destroy();
  connection.socket.unref();
  pool.push(connection);
}
