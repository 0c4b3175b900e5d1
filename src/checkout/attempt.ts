import type { SessionRequestBody } from '../contract/request.js';
import { TOKEN_EXPIRY_MARGIN_MS, type SessionResponse } from '../contract/response.js';

export type SdkSession = Extract<SessionResponse, { kind: 'sdk' }>;

/**
 * One payment attempt: the body it was made for, its idempotency key (made when it is first sent)
 * and the session it created, kept after a failure or a cancel to retry on while its token holds.
 */
export class Attempt {
  #key?: string;
  #body?: string;
  #session?: SdkSession;

  /** Another body (edited input, another amount or cart) is another attempt: new key, new session. */
  begin(body: SessionRequestBody): void {
    const fingerprint = JSON.stringify(body);
    if (fingerprint !== this.#body) this.forget();
    this.#body = fingerprint;
  }

  get idempotencyKey(): string {
    return (this.#key ??= crypto.randomUUID());
  }

  get session(): SdkSession | undefined {
    return this.#session;
  }

  keep(session: SdkSession | undefined): void {
    this.#session = session;
  }

  /** The kept session, while its client auth token holds beyond the contract's margin. */
  usableSession(now = Date.now()): SdkSession | undefined {
    const expiry = Date.parse(this.#session?.sdkPayload.payload.clientAuthTokenExpiry ?? '');
    return Number.isFinite(expiry) && expiry - now > TOKEN_EXPIRY_MARGIN_MS ? this.#session : undefined;
  }

  /** After any outcome the next POST is a new request; the session stays for a retry. */
  newKey(): void {
    this.#key = undefined;
  }

  /** Starts over: a new key and no session. */
  forget(): void {
    this.#key = undefined;
    this.#session = undefined;
  }
}
