/** A stable reason a value was refused; the browser translates it, the server returns it. */
export type IssueCode =
  | 'required'
  | 'format'
  | 'email'
  | 'phone'
  | 'pincode'
  | 'ifsc'
  | 'return_url'
  | 'consent'
  | 'too_long'
  | 'enum'
  | 'date'
  | 'date_not_past'
  | 'date_order'
  | 'date_not_after'
  | 'date_not_today'
  | 'range'
  | 'json'
  | 'not_allowed'
  | 'unsupported';

export interface ValidationIssue {
  /** The Session API parameter, e.g. `customer_email` or `insured_member_details[0].name`. */
  path: string;
  code: IssueCode;
  message: string;
}

export const issueMessages: Record<IssueCode, string> = {
  required: 'This field is required.',
  format: 'This value is not in the expected format.',
  email: 'An email address such as name@example.com.',
  phone: '7 to 15 digits, + first at most; 10 recommended.',
  pincode: 'Six digits, not starting with 0.',
  ifsc: 'Four letters, 0, then six letters or digits.',
  return_url: 'https, at most 255 characters, no query string, no IP host.',
  consent: 'The terms were not agreed to.',
  too_long: 'This value is too long.',
  enum: 'Choose one of the listed options.',
  date: 'Enter a real date.',
  date_not_past: 'The date must be before today.',
  date_order: 'The end date must be on or after the start date.',
  date_not_after: 'The end date must be after the start date.',
  date_not_today: 'The start date must be today.',
  range: 'This value is out of the allowed range.',
  json: 'This value must be a JSON array.',
  not_allowed: 'This parameter is set by the merchant, not the browser.',
  unsupported: 'This parameter is not accepted for this vertical.',
};

export function isIssueCode(value: string): value is IssueCode {
  return value in issueMessages;
}

export function issue(path: string, code: IssueCode): ValidationIssue {
  return { path, code, message: issueMessages[code] };
}
