/** Reads the controls an element rendered in its shadow root: whatever each vertical renders at run time. */
import type { ControlInfo } from './values.js';

const root = (element: HTMLElement) => element.shadowRoot!;

export function readControls(element: HTMLElement): ControlInfo[] {
  const found = root(element).querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'input[name], select[name], textarea[name]',
  );
  return [...found].map((control) => {
    const label = control.id ? root(element).querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
    const legend = control.closest('fieldset')?.querySelector('legend');
    return {
      name: control.name,
      id: control.id,
      tag: control.localName as ControlInfo['tag'],
      type: control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement ? control.localName : control.type,
      inputmode: control.getAttribute('inputmode'),
      autocomplete: control.getAttribute('autocomplete'),
      required: control.required,
      label: label?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      group: legend?.textContent?.trim() ?? '',
      options:
        control instanceof HTMLSelectElement
          ? [...control.options].map((option) => ({ value: option.value, label: option.text }))
          : [],
    };
  });
}
