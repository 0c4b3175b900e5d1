/** Filling a rendered form through real input, as a customer would: Playwright's keyboard and pointer. */
import type { Locator } from 'playwright-core';
import { validValue, type ControlInfo } from './pages/values.js';

/**
 * Gives every control a valid value: selects chosen, checkboxes checked, dates filled, and text
 * typed key by key (`keyByKey`) or filled at once.
 */
export async function fillAsCustomer(element: Locator, controls: ControlInfo[], { keyByKey }: { keyByKey: boolean }): Promise<void> {
  for (const control of controls) {
    const target = element.locator(`[name=${JSON.stringify(control.name)}]`);
    const value = validValue(control);
    if (control.tag === 'select') await target.selectOption(String(value));
    else if (control.type === 'checkbox') await target.check();
    else if (control.type === 'date' || !keyByKey) await target.fill(String(value));
    else await target.pressSequentially(String(value));
  }
}
