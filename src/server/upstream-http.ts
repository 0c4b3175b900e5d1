import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** Kept-alive connections to Juspay: Node's own client, which costs a fraction of `fetch` per call. */
const agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };

/** Juspay's answers are a few kilobytes; anything far larger is not one. */
const MAX_ANSWER_BYTES = 1024 * 1024;

export class UpstreamTimeout extends Error {
  override readonly name = 'TimeoutError';
}

export interface UpstreamAnswer {
  status: number;
  text: string;
}

/**
 * One HTTP exchange. Redirects are not followed. The timeout covers reading the answer too: a
 * stalled answer is still a timeout (UpstreamTimeout); any other failure rejects with Node's error.
 */
export async function exchange(url: string, init: ExchangeInit): Promise<UpstreamAnswer> {
  try {
    return await once(url, init);
  } catch (error) {
    // A kept-alive socket the server closed as we reused it: Node's documented case for one retry. Safe here:
    // a repeated order_id is the same order, and the Order Status API only reads.
    if (!(error instanceof StaleSocket)) throw error;
    return once(url, init);
  }
}

interface ExchangeInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

class StaleSocket extends Error {}

function once(url: string, init: ExchangeInit): Promise<UpstreamAnswer> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const agent = agents[target.protocol as keyof typeof agents];
  if (!agent) return Promise.reject(new TypeError(`Unsupported protocol ${target.protocol}`));
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = send(target, { method: init.method, headers: init.headers, agent }, (answer: IncomingMessage) => {
      answered = true;
      const chunks: Buffer[] = [];
      let size = 0;
      answer.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) outgoing.destroy(new Error('The answer is too large.'));
        else chunks.push(chunk);
      });
      answer.on('end', () => {
        clearTimeout(timer);
        resolve({ status: answer.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
      answer.on('error', fail);
    });
    function fail(error: Error & { code?: string }) {
      clearTimeout(timer);
      const stale = outgoing.reusedSocket && !answered && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      reject(stale ? new StaleSocket(error.message) : error);
    }
    const timer = setTimeout(() => outgoing.destroy(new UpstreamTimeout()), init.timeoutMs);
    outgoing.on('error', fail);
    outgoing.end(init.body);
  });
}
