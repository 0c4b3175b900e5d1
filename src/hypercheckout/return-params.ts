/**
 * Juspay's return parameters (`order_id`, `status`, `signature`, …) from a URL's query, or
 * undefined when it is not a return from Juspay. All of them are kept: the signature covers every one.
 * Read on every page load, before any checkout code; the rest of navigation ships with the flow.
 */
export function readReturnParams(search: string): Record<string, string> | undefined {
  const query = new URLSearchParams(search);
  if (!query.get('order_id') || !query.get('status')) return undefined;
  return Object.fromEntries(query);
}
