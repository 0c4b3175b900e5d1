/**
 * While a payment page is open, the browser's Back goes to `onBack` (HyperCheckout's `handleBackpress()`)
 * instead of leaving the merchant's page: an entry of our own sits on top of the history, and stays
 * while `onBack` says it handled Back. Returns the undo, which removes that entry if it is still on top
 * and resolves once the browser is back on the page's own entry.
 */
export function guardBack(onBack: () => boolean): () => Promise<void> {
  const state: unknown = history.state;
  // The page's own state is carried along, so a router that finds our entry sees its own.
  const marker = { ...(typeof state === 'object' ? state : {}), juspayCheckout: crypto.randomUUID() };
  const onTop = () => (history.state as typeof marker | null)?.juspayCheckout === marker.juspayCheckout;
  history.pushState(marker, '');
  const onPopState = () => {
    // Landing on a marker means a late history.back() of an earlier run, not the customer.
    if ((history.state as typeof marker | null)?.juspayCheckout) return;
    if (onBack()) history.pushState(marker, '');
  };
  addEventListener('popstate', onPopState);
  return () =>
    new Promise<void>((resolve) => {
      removeEventListener('popstate', onPopState);
      if (!onTop()) return resolve();
      // history.back() lands later: a page that navigates on the outcome must not be sent back by it.
      addEventListener('popstate', () => resolve(), { once: true });
      setTimeout(resolve, 1000);
      history.back();
    });
}
