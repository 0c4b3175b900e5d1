/**
 * The field catalogue: every Session API parameter we know, per vertical, with its validator,
 * who may set it, and how a form asks for it. Forms render from it; servers validate with it.
 */
import {
  amount,
  asNumber,
  currency,
  dateOfBirth,
  decimal,
  email,
  epochSeconds,
  flag,
  ifsc,
  jsonArray,
  mandateStartDate,
  money,
  oneOf,
  orderId,
  pattern,
  personName,
  phone,
  pincode,
  plainObject,
  returnUrl,
  stringFlag,
  text,
  travelDate,
  webUrl,
  wholeNumber,
  wholeNumberIn,
  type DateFormat,
  type Validator,
} from './validators.js';
import { parseItemName } from './control-names.js';
import type { Vertical } from './verticals.js';

export type Control = 'text' | 'email' | 'tel' | 'date' | 'select' | 'checkbox';
export type InputMode = 'text' | 'email' | 'tel' | 'numeric' | 'decimal';

/** Form sections, in the order a form shows them; labels are `group.<name>`. */
export const fieldGroups = [
  'contact',
  'personal',
  'address',
  'employment',
  'policy',
  'insured',
  'nominee',
  'student',
  'trip',
  'agent',
  'bank',
  'mandate',
] as const;
export type FieldGroup = (typeof fieldGroups)[number];

/** How a value reaches Juspay: the customer types it, the merchant fixes it, or only the server may set it. */
export type SetBy = 'customer' | 'merchant' | 'server';

export interface ParameterSpec {
  /**
   * The Session API parameter name, also the form control's name and its label key. For a
   * member of `items`: the key inside one entry (`name`) or, for an object, the dotted path in it.
   */
  name: string;
  validator: Validator;
  setBy: SetBy;
  /**
   * Juspay needs it. The browser check enforces this for customer fields only; server and
   * merchant parameters are enforced with `{complete: true}`. Members of a present entry always.
   */
  required?: boolean;
  /** Form hints: on customer fields, and on merchant terms a merchant may choose to collect. */
  control?: Control;
  autocomplete?: string;
  inputmode?: InputMode;
  group?: FieldGroup;
  /** Canonical values, for selects; labels are `option.<value>`. */
  options?: readonly string[];
  /** A date control's wire format; the control itself holds `yyyy-mm-dd`. */
  dateFormat?: DateFormat;
  /** What the control starts with when nothing is prefilled (Juspay's own default). */
  default?: string | boolean;
  /**
   * A structured parameter's members. With `shape: 'array'` it is a list of entries, sent as a
   * JSON string, whose form controls are named `<name>[<index>].<member>` and labelled
   * `<name>.<member>`; with `shape: 'object'` it is a nested object whose members are dotted paths.
   */
  items?: readonly ParameterSpec[];
  shape?: 'array' | 'object';
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
/** Our choice for `insured_member_details[].relationship`: Juspay documents no member fields. */
export const relationships = ['Self', 'Spouse', 'Son', 'Daughter', 'Father', 'Mother', 'Others'] as const;
export const mandateFrequencies = [
  'ONETIME',
  'DAILY',
  'WEEKLY',
  'FORTNIGHTLY',
  'MONTHLY',
  'BIMONTHLY',
  'QUARTERLY',
  'HALFYEARLY',
  'YEARLY',
  'ASPRESENTED',
] as const;

type Hints = Omit<ParameterSpec, 'name' | 'validator' | 'setBy'>;

const customer = (name: string, validator: Validator, hints: Hints): ParameterSpec => ({
  name,
  validator,
  setBy: 'customer',
  ...hints,
});
const merchant = (name: string, validator: Validator, hints: Hints = {}): ParameterSpec => ({
  name,
  validator,
  setBy: 'merchant',
  ...hints,
});
const server = (name: string, validator: Validator, hints: Hints = {}): ParameterSpec => ({
  name,
  validator,
  setBy: 'server',
  ...hints,
});
const select = (values: readonly string[], hints: Hints = {}): Hints => ({
  control: 'select',
  autocomplete: 'off',
  options: values,
  ...hints,
});
const textControl = (autocomplete: string, group: FieldGroup, hints: Hints = {}): Hints => ({
  control: 'text',
  autocomplete,
  inputmode: 'text',
  group,
  ...hints,
});
const dateControl = (dateFormat: DateFormat, group: FieldGroup, hints: Hints = {}): Hints => ({
  control: 'date',
  autocomplete: 'off',
  group,
  dateFormat,
  ...hints,
});
const genderValidator = oneOf(genders, { other: 'Others' });

/** Parameters that only the merchant's server may decide; a browser-sent value is never trusted. */
const baseServer: readonly ParameterSpec[] = [
  server('order_id', orderId, { required: true }),
  server('amount', amount, { required: true }),
  // The amount means nothing without its currency: both are the server's.
  server('currency', currency),
  // Optional: seed 002 sends an empty customer_id for a guest.
  server('customer_id', text(300)),
  server('payment_page_client_id', text(), { required: true }),
  server('action', oneOf(['paymentPage', 'paymentManagement']), { required: true }),
  // Optional: seed 002 lets the dashboard's return URL stand in.
  server('return_url', returnUrl),
  server('metadata.webhook_url', webUrl),
];

const udfs: ParameterSpec[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) =>
  merchant(`udf${n}`, n <= 5 ? pattern(/^[A-Za-z0-9 ]*$/) : text()),
);

/** Parameters any vertical may carry, fixed by the merchant rather than typed by the customer. */
const baseMerchant: readonly ParameterSpec[] = [
  merchant('description', text()),
  merchant('language', oneOf(['EN', 'TH', 'VI', 'ID', 'KO'])),
  merchant('first_name', personName),
  merchant('last_name', personName),
  merchant('metadata.source', text()),
  merchant('metadata.sdk_payload', stringFlag),
  merchant('metadata.JUSPAY:gateway_reference_id', text()),
  merchant('options.get_client_auth_token', stringFlag),
  ...udfs,
];

const contact = (required: boolean): readonly ParameterSpec[] => [
  customer('customer_email', email, { required, control: 'email', autocomplete: 'email', inputmode: 'email', group: 'contact' }),
  customer('customer_phone', phone, { required, control: 'tel', autocomplete: 'tel-national', inputmode: 'tel', group: 'contact' }),
];
const requiredContact = contact(true);

/** Seed 000's customer profile, shared by the credit verticals. */
const creditProfile: readonly ParameterSpec[] = [
  ...requiredContact,
  customer('customer_first_name', personName, textControl('given-name', 'personal')),
  customer('customer_middle_name', personName, textControl('additional-name', 'personal')),
  customer('customer_last_name', personName, textControl('family-name', 'personal')),
  customer('customer_dob', dateOfBirth, dateControl('dd-mm-yyyy', 'personal', { autocomplete: 'bday' })),
  customer('customer_gender', genderValidator, select(genders, { autocomplete: 'sex', group: 'personal' })),
  customer('customer_marital_status', oneOf(maritalStatuses, { unmarried: 'Single' }), select(maritalStatuses, { group: 'personal' })),
  customer('customer_address_line1', text(), textControl('address-line1', 'address')),
  customer('customer_address_line2', text(), textControl('address-line2', 'address')),
  customer('customer_city', text(), textControl('address-level2', 'address')),
  customer('customer_state', text(), textControl('address-level1', 'address')),
  customer('customer_pincode', pincode, textControl('postal-code', 'address', { inputmode: 'numeric' })),
  customer(
    'customer_highest_education',
    oneOf(educationLevels, { phd: 'Ph.D', 'ph.d.': 'Ph.D' }),
    select(educationLevels, { group: 'employment' }),
  ),
  customer(
    'customer_employment_type',
    oneOf(employmentTypes, { 'self employed': 'SELF_EMPLOYED', 'self-employed': 'SELF_EMPLOYED' }),
    select(employmentTypes, { group: 'employment' }),
  ),
  customer('customer_annual_income', decimal, textControl('off', 'employment', { inputmode: 'decimal' })),
];

/** Seed 000: the lender's product, passed by the merchant. */
const creditMerchant: readonly ParameterSpec[] = [
  merchant('customer_product_name', text()),
  merchant('customer_product_tenure', text()),
];

/** HyperCheckout (seeds 002–004): seed 002's name fields instead of seed 000's profile. */
const hyperCheckoutNames: readonly ParameterSpec[] = [
  customer('first_name', personName, textControl('given-name', 'personal')),
  customer('last_name', personName, textControl('family-name', 'personal')),
];

const insurance: readonly ParameterSpec[] = [
  customer('is_primary_holder', flag, { control: 'checkbox', group: 'policy' }),
  customer('insured_member_details', jsonArray, {
    group: 'insured',
    shape: 'array',
    items: [
      customer('name', personName, textControl('off', 'insured', { required: true })),
      customer('dob', dateOfBirth, dateControl('dd-mm-yyyy', 'insured', { required: true })),
      customer('gender', genderValidator, select(genders, { group: 'insured' })),
      customer('relationship', oneOf(relationships), select(relationships, { group: 'insured', required: true })),
    ],
  }),
  customer('customer_nominee_name', personName, textControl('off', 'nominee')),
  customer('customer_nominee_phone', phone, { control: 'tel', autocomplete: 'off', inputmode: 'tel', group: 'nominee' }),
  merchant('customer_policy_ref_no', text(), { required: true }),
  merchant('metadata.customer_policy_type', oneOf(['NEW', 'RENEWAL']), select(['NEW', 'RENEWAL'], { group: 'policy', required: true })),
  merchant('metadata.policy_renewal_year', wholeNumber, textControl('off', 'policy', { inputmode: 'numeric', required: true })),
  merchant('metadata.customer_policy_no', text(), textControl('off', 'policy', { required: true })),
];

const education: readonly ParameterSpec[] = [
  customer('metadata.student_name', personName, textControl('off', 'student', { required: true })),
  customer(
    'metadata.student_admission_type',
    oneOf(['NEW', 'RENEWAL', 'TRANSFER']),
    select(['NEW', 'RENEWAL', 'TRANSFER'], { group: 'student', required: true }),
  ),
  merchant('metadata.customer_product_name', text(), { required: true }),
  merchant('metadata.customer_product_payment_type', text(), { required: true }),
];

const travel: readonly ParameterSpec[] = [
  customer('metadata.origin', text(), textControl('off', 'trip', { required: true })),
  customer('metadata.destination', text(), textControl('off', 'trip', { required: true })),
  customer('metadata.travel_start_date', travelDate, dateControl('dd-Mon-yyyy', 'trip', { required: true })),
  customer('metadata.travel_end_date', travelDate, dateControl('dd-Mon-yyyy', 'trip', { required: true })),
  merchant('metadata.travel_type', text(), textControl('off', 'trip', { required: true })),
  // The agent is usually the merchant itself; a B2B agent portal may collect these.
  merchant('metadata.agent_email_id', email, { required: true, control: 'email', autocomplete: 'email', inputmode: 'email', group: 'agent' }),
  merchant('metadata.agent_mobile', phone, { required: true, control: 'tel', autocomplete: 'tel-national', inputmode: 'tel', group: 'agent' }),
  merchant('metadata.agent_name', text(), textControl('organization', 'agent', { required: true })),
  merchant('metadata.brand_name', text(), { required: true }),
];

/** Seed 003: the accounts the payment must come from. Either the number or Juspay's stored id. */
const tpv: readonly ParameterSpec[] = [
  customer('metadata.bank_account_details', jsonArray, {
    required: true,
    group: 'bank',
    shape: 'array',
    items: [
      customer('bank_account_number', pattern(/^[A-Za-z0-9]+$/, 35), textControl('off', 'bank', { inputmode: 'numeric' })),
      customer('bank_ifsc', ifsc, textControl('off', 'bank', { required: true })),
      customer('bank_beneficiary_name', personName, textControl('name', 'bank')),
      merchant('bank_account_id', text()),
      merchant('juspay_bank_code', text()),
    ],
  }),
  server('order_type', oneOf(['TPV_PAYMENT']), { required: true }),
];

const createMandate = (required: boolean) =>
  server('options.create_mandate', oneOf(['REQUIRED', 'OPTIONAL']), { required });
const mandateRequired = [createMandate(true)];

/**
 * Seeds 002 and 003: mandate terms. What money may be debited, when and how it can be stopped is
 * the server's to decide; the schedule (frequency, debit day) a form may let the customer choose.
 */
const mandateTerms: readonly ParameterSpec[] = [
  server('mandate.max_amount', money(8)),
  server('mandate.start_date', mandateStartDate, { dateFormat: 'epoch-seconds' }),
  server('mandate.end_date', epochSeconds, { dateFormat: 'epoch-seconds' }),
  merchant('mandate.frequency', oneOf(mandateFrequencies), select(mandateFrequencies, { group: 'mandate', default: 'ASPRESENTED' })),
  merchant('mandate.rule_value', wholeNumberIn(1, 31), textControl('off', 'mandate', { inputmode: 'numeric' })),
  server('mandate.amount_rule', oneOf(['FIXED', 'VARIABLE'])),
  server('mandate.revokable_by_customer', flag),
  server('mandate.block_funds', flag),
];

/** Seed 004: the billing plan the mandate sets up. */
const billing: readonly ParameterSpec[] = [
  server('payment_rules', plainObject, {
    required: true,
    shape: 'object',
    items: [
      server('payment_flows.billing_creation.status', oneOf(['REQUIRED']), { required: true }),
      server('payment_flows.billing_creation.info.plan_id', text(), { required: true }),
      server('payment_flows.billing_creation.info.plan_amount', asNumber(money())),
      server('payment_flows.billing_creation.info.rule_info.plan_rule_value', asNumber(wholeNumber)),
    ],
  }),
  server('gateway_id', wholeNumber),
  merchant('options.get_upi_deep_links', stringFlag),
  server('metadata.auto_refund_post_success', stringFlag),
];

/** One list per vertical; where two lists name a parameter, the first one wins. */
function vertical(...lists: (readonly ParameterSpec[])[]): readonly ParameterSpec[] {
  const byName = new Map<string, ParameterSpec>();
  for (const spec of lists.flat()) if (!byName.has(spec.name)) byName.set(spec.name, spec);
  return [...byName.values()];
}

const credit = (...specific: (readonly ParameterSpec[])[]) =>
  vertical(creditProfile, ...specific, creditMerchant, baseServer, baseMerchant);
const hyperCheckout = (...specific: (readonly ParameterSpec[])[]) => vertical(...specific, hyperCheckoutNames, baseServer, baseMerchant);

/** Every parameter each vertical knows, customer fields in form order. */
export const catalogue: Record<Vertical, readonly ParameterSpec[]> = {
  general: credit(),
  insurance: credit(insurance),
  education: credit(education),
  travel: credit(travel),
  tpv: hyperCheckout(requiredContact, tpv, [createMandate(false)], mandateTerms),
  mandate: hyperCheckout(requiredContact, mandateRequired, mandateTerms),
  billing: hyperCheckout(contact(false), billing, mandateRequired, mandateTerms),
};

/** The parameters a form may ask the customer for, in order. */
export function customerFields(vertical: Vertical): ParameterSpec[] {
  return catalogue[vertical].filter((spec) => spec.setBy === 'customer');
}

/**
 * Where a parameter or form control name lives: at the top level, in an array parameter's entry
 * (`metadata.bank_account_details[0].bank_ifsc`) or in an object parameter (`payment_rules.payment_flows.…`).
 */
export function locateParameter(
  vertical: Vertical,
  name: string,
): { parent?: ParameterSpec; member: string; index?: number } {
  const item = parseItemName(name);
  const parent = catalogue[vertical].find((spec) =>
    spec.shape === 'array' ? spec.name === item?.parent : spec.shape === 'object' && name.startsWith(`${spec.name}.`),
  );
  if (!parent) return { member: name };
  return parent.shape === 'array' ? { parent, member: item!.member, index: item!.index } : { parent, member: name.slice(parent.name.length + 1) };
}

/** The spec for a parameter or a form control name, members included. */
export function parameterSpec(vertical: Vertical, name: string): ParameterSpec | undefined {
  const { parent, member } = locateParameter(vertical, name);
  return (parent?.items ?? catalogue[vertical]).find((spec) => spec.name === member);
}

/** Mandate parameters, accepted only by verticals whose catalogue has mandate terms. */
export const isMandateParameter = (name: string) =>
  name === 'options.create_mandate' || name === 'mandate' || name.startsWith('mandate.');

/** Every parameter only the merchant's server may set, across verticals. */
export const serverOnlyParameters: readonly ParameterSpec[] = vertical(...Object.values(catalogue)).filter(
  (spec) => spec.setBy === 'server',
);

/** Names of the parameters only the merchant's server may set. */
export const serverOnlyNames: readonly string[] = serverOnlyParameters.map((spec) => spec.name);
