import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The element's live region text. A live region speaks only when its text changes, so an
 * identical message is cleared first, then set again after the next render.
 */
export class LiveAnnouncer implements ReactiveController {
  #host: ReactiveControllerHost;
  #message = '';
  #turn = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** What the live region says now. */
  get message(): string {
    return this.#message;
  }

  /** Says `message`, even when it is what was said last; an empty message clears the region. */
  announce(message: string): void {
    const turn = ++this.#turn;
    if (!message || message !== this.#message) return this.#show(message);
    this.#show('');
    void this.#host.updateComplete.then(() => {
      if (turn === this.#turn) this.#show(message);
    });
  }

  /** A message waiting to be said again is dropped with the element. */
  hostDisconnected(): void {
    this.#turn++;
  }

  #show(message: string): void {
    if (message === this.#message) return;
    this.#message = message;
    this.#host.requestUpdate();
  }
}
