/**
 * The field catalogue: every Session API parameter we know, per vertical, with its validator,
 * who may set it, and how a form asks for it. Forms render from it; servers validate with it.
 */
import {
  amount,
  currency,
  dateOfBirth,
  decimal,
  email,

  oneOf,
  orderId,
  pattern,
  personName,
  phone,
  pincode,
  stringFlag,
  text,
  type Validator,
} from './validators.js';
import type { Vertical } from './verticals.js';

export type Control = 'text' | 'email' | 'tel' | 'date' | 'select' | 'checkbox';
export type InputMode = 'text' | 'email' | 'tel' | 'numeric' | 'decimal';
export type FieldGroup = 'contact' | 'personal' | 'address' | 'employment';

/** How a value reaches Juspay: the customer types it, the merchant fixes it, or only the server may set it. */
export type SetBy = 'customer' | 'merchant' | 'server';

export interface ParameterSpec {
  /** The Session API parameter name, also the form control's name. */
  name: string;
  validator: Validator;
  setBy: SetBy;
  required?: boolean;
  /** Form hints, for parameters the customer can be asked for. */
  control?: Control;
  autocomplete?: string;
  inputmode?: InputMode;
  group?: FieldGroup;
  /** Canonical values, for selects. */
  options?: readonly string[];
  /** A date control's wire format. */
  dateFormat?: 'dd-mm-yyyy';
}

export const genders = ['Male', 'Female', 'Others'] as const;
export const maritalStatuses = ['Single', 'Married'] as const;
export const educationLevels = [
  'Undergraduate',
  'Professional Degree',
  'Graduate',
  'Post Graduate',
  'Ph.D',
  'Others',
] as const;
export const employmentTypes = ['SALARIED', 'SELF_EMPLOYED'] as const;

const server = (name: string, validator: Validator): ParameterSpec => ({ name, validator, setBy: 'server' });
const merchant = (name: string, validator: Validator): ParameterSpec => ({ name, validator, setBy: 'merchant' });

/** Parameters that only the merchant's server may decide; a browser-sent value is never trusted. */
export const serverOnlyParameters: readonly ParameterSpec[] = [
  server('order_id', orderId),
  server('amount', amount),
  server('customer_id', text(300)),
  server('payment_page_client_id', text()),
  server('action', oneOf(['paymentPage', 'paymentManagement'])),
  server('return_url', text(255)),
  server('metadata.webhook_url', text(1024)),
];

const udfs: ParameterSpec[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) =>
  merchant(`udf${n}`, n <= 5 ? pattern(/^[A-Za-z0-9 ]*$/) : text()),
);

/** Parameters any vertical may carry, fixed by the merchant rather than typed by the customer. */
const merchantParameters: readonly ParameterSpec[] = [
  merchant('currency', currency),
  merchant('description', text()),
  merchant('metadata.source', text()),
  merchant('metadata.sdk_payload', stringFlag),
  merchant('options.get_client_auth_token', stringFlag),
  merchant('customer_product_name', text()),
  merchant('customer_product_tenure', text()),
  ...udfs,
];

/** Seed 000's customer profile, shared by the credit verticals. */
const customerProfile: readonly ParameterSpec[] = [
  { name: 'customer_email', validator: email, setBy: 'customer', required: true, control: 'email', autocomplete: 'email', inputmode: 'email', group: 'contact' },
  { name: 'customer_phone', validator: phone, setBy: 'customer', required: true, control: 'tel', autocomplete: 'tel-national', inputmode: 'tel', group: 'contact' },
  { name: 'customer_first_name', validator: personName, setBy: 'customer', control: 'text', autocomplete: 'given-name', inputmode: 'text', group: 'personal' },
  { name: 'customer_middle_name', validator: personName, setBy: 'customer', control: 'text', autocomplete: 'additional-name', inputmode: 'text', group: 'personal' },
  { name: 'customer_last_name', validator: personName, setBy: 'customer', control: 'text', autocomplete: 'family-name', inputmode: 'text', group: 'personal' },
  { name: 'customer_dob', validator: dateOfBirth, setBy: 'customer', control: 'date', autocomplete: 'bday', group: 'personal', dateFormat: 'dd-mm-yyyy' },
  { name: 'customer_gender', validator: oneOf(genders, { other: 'Others' }), setBy: 'customer', control: 'select', autocomplete: 'sex', group: 'personal', options: genders },
  { name: 'customer_marital_status', validator: oneOf(maritalStatuses, { unmarried: 'Single' }), setBy: 'customer', control: 'select', autocomplete: 'off', group: 'personal', options: maritalStatuses },
  { name: 'customer_address_line1', validator: text(), setBy: 'customer', control: 'text', autocomplete: 'address-line1', inputmode: 'text', group: 'address' },
  { name: 'customer_address_line2', validator: text(), setBy: 'customer', control: 'text', autocomplete: 'address-line2', inputmode: 'text', group: 'address' },
  { name: 'customer_city', validator: text(), setBy: 'customer', control: 'text', autocomplete: 'address-level2', inputmode: 'text', group: 'address' },
  { name: 'customer_state', validator: text(), setBy: 'customer', control: 'text', autocomplete: 'address-level1', inputmode: 'text', group: 'address' },
  { name: 'customer_pincode', validator: pincode, setBy: 'customer', control: 'text', autocomplete: 'postal-code', inputmode: 'numeric', group: 'address' },
  { name: 'customer_highest_education', validator: oneOf(educationLevels, { phd: 'Ph.D', 'ph.d.': 'Ph.D' }), setBy: 'customer', control: 'select', autocomplete: 'off', group: 'employment', options: educationLevels },
  { name: 'customer_employment_type', validator: oneOf(employmentTypes, { 'self employed': 'SELF_EMPLOYED', 'self-employed': 'SELF_EMPLOYED' }), setBy: 'customer', control: 'select', autocomplete: 'off', group: 'employment', options: employmentTypes },
  { name: 'customer_annual_income', validator: decimal, setBy: 'customer', control: 'text', autocomplete: 'off', inputmode: 'decimal', group: 'employment' },
];

const shared = [...serverOnlyParameters, ...merchantParameters];

/** Every parameter each vertical knows, in form order for the customer's fields. */
export const catalogue: Record<Vertical, readonly ParameterSpec[]> = {
  general: [...customerProfile, ...shared],
  insurance: [...customerProfile, ...shared],
  education: [...customerProfile, ...shared],
  travel: [...customerProfile, ...shared],
  tpv: [...customerProfile, ...shared],
  mandate: [...customerProfile, ...shared],
  billing: [...customerProfile, ...shared],
};

/** The parameters a form may ask the customer for, in order. */
export function customerFields(vertical: Vertical): ParameterSpec[] {
  return catalogue[vertical].filter((spec) => spec.setBy === 'customer');
}

/** Names of the parameters only the merchant's server may set. */
export const serverOnlyNames: readonly string[] = serverOnlyParameters.map((spec) => spec.name);

