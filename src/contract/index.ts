/**
 * The Session API contract: what Juspay's `POST /session` accepts and answers, per vertical.
 * No DOM, no Node built-ins: the browser form and the server companion share it.
 */
export { verticals, isVertical, type Vertical } from './verticals.js';
export {
  catalogue,
  customerFields,
  fieldGroups,
  locateParameter,
  parameterSpec,
  genders,
  maritalStatuses,
  educationLevels,
  employmentTypes,
  relationships,
  mandateFrequencies,
  type Control,
  type FieldGroup,
  type InputMode,
  type ParameterSpec,
  type SetBy,
} from './catalogue.js';
export { serverOnlyNames, serverOnlyParameters } from './server-only.js';
export { parseItemName } from './control-names.js';
export type { DateFormat } from './dates.js';
export { issueMessages, type IssueCode, type ValidationIssue } from './issues.js';
export {
  validateSessionRequest,
  type SessionRequestBody,
  type ValidateOptions,
  type ValidationResult,
} from './request.js';
export { encodeSessionRequest, type FormValues } from './encode.js';
export { decodeSessionRequest, decodeSessionValue } from './decode.js';
export { parseSessionResponse, type PaymentLinks, type SdkPayload, type SessionResponse } from './response.js';
export { outcomeOfStatus, isFinalOrderStatus, isNotStarted, type PaymentOutcome } from './status.js';
