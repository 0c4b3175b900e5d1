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
