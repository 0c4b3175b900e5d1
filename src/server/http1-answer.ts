/**
 * Reads one HTTP/1.1 answer from the bytes a socket delivers, framed as RFC 9112 section 6.3 says:
 * no body for 204 and 304, else chunked, else Content-Length, else until the connection closes.
 * Interim 1xx answers are skipped. Throws on anything that is not such an answer.
 */

/** A head is a few hundred bytes; one far larger is not an answer we expect. */
const MAX_HEAD_BYTES = 32 * 1024;

type Stage = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'until-close' | 'done';

export class AnswerReader {
  status = 0;
  /** Whether the connection may carry another exchange once this answer is read. */
  reusable = false;
  /** Whether any byte has arrived: a kept-alive connection that closes before one was dropped by the server. */
  received = false;
  #stage: Stage = 'head';
  #pending: Buffer = Buffer.alloc(0);
  #body: Buffer[] = [];
  #size = 0;
  #remaining = 0;

  constructor(private readonly maxBytes: number) {}

  get done(): boolean {
    return this.#stage === 'done';
  }

  push(chunk: Buffer): void {
    this.received = true;
    this.#pending = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
    while (this.#stage !== 'done' && this.#step());
    if (this.#stage === 'done' && this.#pending.length) this.reusable = false; // bytes nobody asked for
    if (this.#size + this.#pending.length > this.maxBytes) throw new Error('The answer is too large.');
  }

  /** The connection closed: that ends a body read until close; any other unfinished answer is an error. */
  end(): void {
    if (this.#stage === 'until-close') this.#stage = 'done';
    if (this.#stage !== 'done') throw new Error('The connection closed before the answer was complete.');
  }

  text(): string {
    return this.#body.length === 1 ? this.#body[0]!.toString('utf8') : Buffer.concat(this.#body).toString('utf8');
  }

  /** One step of parsing; false when it needs more bytes. */
  #step(): boolean {
    switch (this.#stage) {
      case 'head': {
        const end = this.#pending.indexOf('\r\n\r\n');
        if (end < 0) {
          if (this.#pending.length > MAX_HEAD_BYTES) throw new Error('The answer head is too large.');
          return false;
        }
        const head = this.#pending.toString('latin1', 0, end);
        this.#pending = this.#pending.subarray(end + 4);
        this.#readHead(head);
        return true;
      }
      case 'length':
      case 'chunk-data':
      case 'until-close': {
        const take = this.#stage === 'until-close' ? this.#pending.length : Math.min(this.#remaining, this.#pending.length);
        if (take > 0) {
          this.#body.push(this.#pending.subarray(0, take));
          this.#size += take;
          this.#pending = this.#pending.subarray(take);
          this.#remaining -= take;
        }
        if (this.#stage === 'until-close' || this.#remaining > 0) return false;
        this.#stage = this.#stage === 'length' ? 'done' : 'chunk-end';
        return true;
      }
      case 'chunk-size': {
        const end = this.#pending.indexOf('\r\n');
        if (end < 0) return false;
        const size = this.#pending.toString('latin1', 0, end).split(';')[0]!.trim();
        if (!/^[0-9a-fA-F]{1,8}$/.test(size)) throw new Error('The answer has a malformed chunk.');
        this.#pending = this.#pending.subarray(end + 2);
        this.#remaining = parseInt(size, 16);
        this.#stage = this.#remaining === 0 ? 'trailers' : 'chunk-data';
        return true;
      }
      case 'chunk-end': {
        if (this.#pending.length < 2) return false;
        if (this.#pending[0] !== 13 || this.#pending[1] !== 10) throw new Error('The answer has a malformed chunk.');
        this.#pending = this.#pending.subarray(2);
        this.#stage = 'chunk-size';
        return true;
      }
      case 'trailers': {
        // No trailers: an empty line. Else trailer lines up to an empty one; they are not read.
        const end = this.#pending.indexOf(this.#pending[0] === 13 ? '\r\n' : '\r\n\r\n');
        if (end < 0) return false;
        this.#pending = this.#pending.subarray(end + (this.#pending[0] === 13 ? 2 : 4));
        this.#stage = 'done';
        return true;
      }
      default:
        return false;
    }
  }

  #readHead(head: string): void {
    const lines = head.split('\r\n');
    const statusLine = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(lines[0]!);
    if (!statusLine) throw new Error('The answer is not HTTP/1.x.');
    const status = Number(statusLine[2]);
    // An interim answer (100 Continue, 103 Early Hints): the real one follows.
    if (status >= 100 && status < 200) return;
    let length: string | undefined;
    let encoding: string | undefined;
    let connection = '';
    for (let index = 1; index < lines.length; index++) {
      const line = lines[index]!;
      const colon = line.indexOf(':');
      if (colon <= 0) throw new Error('The answer has a malformed header.');
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') {
        if (length !== undefined && length !== value) throw new Error('The answer has conflicting lengths.');
        length = value;
      } else if (name === 'transfer-encoding') encoding = encoding === undefined ? value : `${encoding}, ${value}`;
      else if (name === 'connection') connection += `,${value.toLowerCase()}`;
    }
    this.status = status;
    const tokens = connection.split(',').map((token) => token.trim());
    this.reusable = statusLine[1] === '1' ? !tokens.includes('close') : tokens.includes('keep-alive');
    if (status === 204 || status === 304) this.#stage = 'done';
    else if (encoding !== undefined) {
      // Only chunked, last, frames a body; any other coding runs until the connection closes.
      if (/(?:^|,)\s*chunked\s*$/i.test(encoding)) this.#stage = 'chunk-size';
      else this.#untilClose();
      this.reusable &&= length === undefined;
    } else if (length !== undefined) {
      if (!/^\d{1,10}$/.test(length)) throw new Error('The answer has a malformed length.');
      this.#remaining = Number(length);
      if (this.#remaining > this.maxBytes) throw new Error('The answer is too large.');
      this.#stage = this.#remaining === 0 ? 'done' : 'length';
    } else this.#untilClose();
  }

  #untilClose(): void {
    this.#stage = 'until-close';
    this.reusable = false;
  }
}
