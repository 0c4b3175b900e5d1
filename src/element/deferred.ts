/**
 * What the element needs only after the form is painted, as one chunk (one request, one gzip
 * context): validation (zod and the catalogue's validators), the checkout flow (session client,
 * launcher, navigation, status check) and the English messages they show. The element imports it
 * with `import()`.
 */
import { issue } from '../contract/issues.js';
import { validateSessionRequest } from '../contract/request.js';
import { createFormValidator } from '../forms/form-check.js';
import type { FormValidator } from '../forms/form-model.js';
import { createAttributeCheck } from './attribute-checks.js';

export { connectCheckout } from './checkout-connection.js';
export { enMessages } from '../i18n/en-messages.js';
export { renderNotice, renderOutcome } from './outcome-views.js';

/** What the form model checks with: zod's validators and the contract's English messages arrive here. */
export const formValidator: FormValidator = createFormValidator({ validate: validateSessionRequest, issue });

/** The element's attribute check, reading the amount and currency with the same validation. */
export const checkAttributes = createAttributeCheck(validateSessionRequest);
