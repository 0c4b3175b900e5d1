/** Leaving the page for Juspay's payment page or an authentication step. */

export function redirectTo(url: string): void {
  window.location.assign(url);
}

/** An authentication step that wants a POST: an auto-submitted form, built without HTML strings. */
export function postTo(url: string, params: Record<string, string> = {}): void {
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = url;
  form.hidden = true;
  for (const [name, value] of Object.entries(params)) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
}

/**
 * Juspay's return parameters (`order_id`, `status`, `signature`, …) from a URL's query, or
 * undefined when it is not a return from Juspay. All of them are kept: the signature covers every one.
 */
export function readReturnParams(search: string): Record<string, string> | undefined {
  const query = new URLSearchParams(search);
  if (!query.get('order_id') || !query.get('status')) return undefined;
  return Object.fromEntries(query);
}
