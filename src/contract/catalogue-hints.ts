/**
 * The field catalogue's form hints: every Session API parameter we know, per vertical, with who
 * may set it and how a form asks for it. No zod: a form renders from this alone; `catalogue.ts`
 * joins each parameter to its validator (`catalogue-validators.ts`) for checking and for servers.
 */
import { parseItemName } from './control-names.js';
import type { DateFormat } from './dates.js';
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

export interface FieldHint {
  /**
   * The Session API parameter name, also the form control's name and its label key. For a
   * member of `items`: the key inside one entry (`name`) or, for an object, the dotted path in it.
   */
  name: string;
  setBy: SetBy;
  /**
   * Juspay needs it. The browser check enforces this for customer fields only; server and
   * merchant parameters are enforced with `{complete: true}`. Members of a present entry always.
   */
  required?: boolean;
  /**
   * A member that `required` asks for only while its entry lacks this other member (seed 003: an
   * account is named by its number and IFSC, or by the id Juspay stored it under). Forms, which
   * never ask for that member, show it required.
   */
  requiredUnless?: string;
  /** Form hints: on customer fields, and on merchant terms a merchant may choose to collect. */
  control?: Control;
  autocomplete?: string;
  inputmode?: InputMode;
  group?: FieldGroup;
  /** Canonical values, for selects (and what they accept); labels are `option.<value>`. */
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
  items?: readonly FieldHint[];
  shape?: 'array' | 'object';
  /**
   * The highest value depends on another parameter: `max` by the value of `by` (upper-cased,
   * `fallback` when unset). Where `max` has no entry the field does not apply: not shown, not sent.
   * Forms show the range with the hint `<name>.hint`.
   */
  bound?: { by: string; fallback: string; max: Readonly<Record<string, number>> };
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

/** Seed 002: the highest `mandate.rule_value` per frequency; frequencies not listed take none. Forms show the range. */
export const ruleValueMax: Partial<Record<(typeof mandateFrequencies)[number], number>> = {
  WEEKLY: 7,
  FORTNIGHTLY: 16,
  MONTHLY: 31,
  BIMONTHLY: 31,
  QUARTERLY: 31,
  HALFYEARLY: 31,
  YEARLY: 31,
};

type Hints = Omit<FieldHint, 'name' | 'setBy'>;

const customer = (name: string, hints: Hints = {}): FieldHint => ({ name, setBy: 'customer', ...hints });
const merchant = (name: string, hints: Hints = {}): FieldHint => ({ name, setBy: 'merchant', ...hints });
const server = (name: string, hints: Hints = {}): FieldHint => ({ name, setBy: 'server', ...hints });
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

/** Parameters that only the merchant's server may decide; a browser-sent value is never trusted. */
const baseServer: readonly FieldHint[] = [
  server('order_id', { required: true }),
  server('amount', { required: true }),
  // The amount means nothing without its currency: both are the server's.
  server('currency'),
  // Optional: seed 002 sends an empty customer_id for a guest.
  server('customer_id'),
  server('payment_page_client_id', { required: true }),
  server('action', { required: true }),
  // Required, as seeds 000 and 002 tag it: a dashboard URL stands in unchecked, and a wrong one leaves the SDK open.
  server('return_url', { required: true }),
  server('metadata.webhook_url'),
];

const udfs: FieldHint[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => merchant(`udf${n}`));

/** Parameters any vertical may carry, fixed by the merchant rather than typed by the customer. */
const baseMerchant: readonly FieldHint[] = [
  merchant('description'),
  merchant('language'),
  merchant('first_name'),
  merchant('last_name'),
  merchant('metadata.source'),
  merchant('metadata.sdk_payload'),
  merchant('metadata.JUSPAY:gateway_reference_id'),
  merchant('options.get_client_auth_token'),
  ...udfs,
];

const email = (group: FieldGroup, hints: Hints = {}): Hints => ({ control: 'email', autocomplete: 'email', inputmode: 'email', group, ...hints });
const phone = (autocomplete: string, group: FieldGroup, hints: Hints = {}): Hints => ({ control: 'tel', autocomplete, inputmode: 'tel', group, ...hints });

const contact = (required: boolean): readonly FieldHint[] => [
  customer('customer_email', email('contact', { required })),
  customer('customer_phone', phone('tel-national', 'contact', { required })),
];
const requiredContact = contact(true);

/** Seed 000's customer profile, shared by the credit verticals. */
const creditProfile: readonly FieldHint[] = [
  ...requiredContact,
  customer('customer_first_name', textControl('given-name', 'personal')),
  customer('customer_middle_name', textControl('additional-name', 'personal')),
  customer('customer_last_name', textControl('family-name', 'personal')),
  customer('customer_dob', dateControl('dd-mm-yyyy', 'personal', { autocomplete: 'bday' })),
  customer('customer_gender', select(genders, { autocomplete: 'sex', group: 'personal' })),
  customer('customer_marital_status', select(maritalStatuses, { group: 'personal' })),
  customer('customer_address_line1', textControl('address-line1', 'address')),
  customer('customer_address_line2', textControl('address-line2', 'address')),
  customer('customer_city', textControl('address-level2', 'address')),
  customer('customer_state', textControl('address-level1', 'address')),
  customer('customer_pincode', textControl('postal-code', 'address', { inputmode: 'numeric' })),
  customer('customer_highest_education', select(educationLevels, { group: 'employment' })),
  customer('customer_employment_type', select(employmentTypes, { group: 'employment' })),
  customer('customer_annual_income', textControl('off', 'employment', { inputmode: 'decimal' })),
];

/** Seed 000: the lender's product, passed by the merchant. */
const creditMerchant: readonly FieldHint[] = [merchant('customer_product_name'), merchant('customer_product_tenure')];

/** HyperCheckout (seeds 002–004): seed 002's name fields instead of seed 000's profile. */
const hyperCheckoutNames: readonly FieldHint[] = [
  customer('first_name', textControl('given-name', 'personal')),
  customer('last_name', textControl('family-name', 'personal')),
];

const insurance: readonly FieldHint[] = [
  customer('is_primary_holder', { control: 'checkbox', group: 'policy' }),
  customer('insured_member_details', {
    group: 'insured',
    shape: 'array',
    items: [
      customer('name', textControl('off', 'insured', { required: true })),
      customer('dob', dateControl('dd-mm-yyyy', 'insured', { required: true })),
      customer('gender', select(genders, { group: 'insured' })),
      customer('relationship', select(relationships, { group: 'insured', required: true })),
    ],
  }),
  customer('customer_nominee_name', textControl('off', 'nominee')),
  customer('customer_nominee_phone', phone('off', 'nominee')),
  merchant('customer_policy_ref_no', { required: true }),
  merchant('metadata.customer_policy_type', select(['NEW', 'RENEWAL'], { group: 'policy', required: true })),
  merchant('metadata.policy_renewal_year', textControl('off', 'policy', { inputmode: 'numeric', required: true })),
  merchant('metadata.customer_policy_no', textControl('off', 'policy', { required: true })),
];

const education: readonly FieldHint[] = [
  customer('metadata.student_name', textControl('off', 'student', { required: true })),
  customer('metadata.student_admission_type', select(['NEW', 'RENEWAL', 'TRANSFER'], { group: 'student', required: true })),
  merchant('metadata.customer_product_name', { required: true }),
  merchant('metadata.customer_product_payment_type', { required: true }),
];

const travel: readonly FieldHint[] = [
  customer('metadata.origin', textControl('off', 'trip', { required: true })),
  customer('metadata.destination', textControl('off', 'trip', { required: true })),
  customer('metadata.travel_start_date', dateControl('dd-Mon-yyyy', 'trip', { required: true })),
  customer('metadata.travel_end_date', dateControl('dd-Mon-yyyy', 'trip', { required: true })),
  merchant('metadata.travel_type', textControl('off', 'trip', { required: true })),
  // The agent is usually the merchant itself; a B2B agent portal may collect these.
  merchant('metadata.agent_email_id', email('agent', { required: true })),
  merchant('metadata.agent_mobile', phone('tel-national', 'agent', { required: true })),
  merchant('metadata.agent_name', textControl('organization', 'agent', { required: true })),
  merchant('metadata.brand_name', { required: true }),
];

/** Seed 003: the accounts the payment must come from, each by its number and IFSC, or by Juspay's stored id. */
const storedAccount = { required: true, requiredUnless: 'bank_account_id' };
const tpv: readonly FieldHint[] = [
  customer('metadata.bank_account_details', {
    required: true,
    group: 'bank',
    shape: 'array',
    items: [
      customer('bank_account_number', textControl('off', 'bank', { inputmode: 'numeric', ...storedAccount })),
      customer('bank_ifsc', textControl('off', 'bank', storedAccount)),
      customer('bank_beneficiary_name', textControl('name', 'bank')),
      merchant('bank_account_id'),
      merchant('juspay_bank_code'),
    ],
  }),
  server('order_type', { required: true }),
];

const createMandate = (required: boolean) => server('options.create_mandate', { required });
const mandateRequired = [createMandate(true)];

/**
 * Seeds 002 and 003: mandate terms. What money may be debited, when and how it can be stopped is
 * the server's to decide; the schedule (frequency, debit day) a form may let the customer choose.
 */
const mandateTerms: readonly FieldHint[] = [
  server('mandate.max_amount'),
  server('mandate.start_date', { dateFormat: 'epoch-seconds' }),
  server('mandate.end_date', { dateFormat: 'epoch-seconds' }),
  merchant('mandate.frequency', select(mandateFrequencies, { group: 'mandate', default: 'ASPRESENTED' })),
  merchant('mandate.rule_value', textControl('off', 'mandate', { inputmode: 'numeric', bound: { by: 'mandate.frequency', fallback: 'ASPRESENTED', max: ruleValueMax } })),
  server('mandate.amount_rule'),
  server('mandate.revokable_by_customer'),
  server('mandate.block_funds'),
];

/** Seed 004: the billing plan the mandate sets up. */
const billing: readonly FieldHint[] = [
  server('payment_rules', {
    required: true,
    shape: 'object',
    items: [
      server('payment_flows.billing_creation.status', { required: true }),
      server('payment_flows.billing_creation.info.plan_id', { required: true }),
      server('payment_flows.billing_creation.info.plan_amount'),
      server('payment_flows.billing_creation.info.rule_info.plan_rule_value'),
    ],
  }),
  server('gateway_id'),
  merchant('options.get_upi_deep_links'),
  server('metadata.auto_refund_post_success'),
];

/** One list per vertical; where two lists name a parameter, the first one wins. */
export function vertical<T extends FieldHint>(...lists: (readonly T[])[]): readonly T[] {
  const byName = new Map<string, T>();
  for (const spec of lists.flat()) if (!byName.has(spec.name)) byName.set(spec.name, spec);
  return [...byName.values()];
}

const credit = (...specific: (readonly FieldHint[])[]) => vertical(creditProfile, ...specific, creditMerchant, baseServer, baseMerchant);
const hyperCheckout = (...specific: (readonly FieldHint[])[]) => vertical(...specific, hyperCheckoutNames, baseServer, baseMerchant);

/** Every parameter each vertical knows, customer fields in form order. */
export const formCatalogue: Record<Vertical, readonly FieldHint[]> = {
  general: credit(),
  insurance: credit(insurance),
  education: credit(education),
  travel: credit(travel),
  tpv: hyperCheckout(requiredContact, tpv, [createMandate(false)], mandateTerms),
  mandate: hyperCheckout(requiredContact, mandateRequired, mandateTerms),
  billing: hyperCheckout(contact(false), billing, mandateRequired, mandateTerms),
};

/**
 * Where a parameter or form control name lives in `specs`: at the top level, in an array
 * parameter's entry (`metadata.bank_account_details[0].bank_ifsc`) or in an object parameter.
 */
export function locateIn<T extends FieldHint>(specs: readonly T[], name: string): { parent?: T; member: string; index?: number } {
  const item = parseItemName(name);
  const parent = specs.find((spec) =>
    spec.shape === 'array' ? spec.name === item?.parent : spec.shape === 'object' && name.startsWith(`${spec.name}.`),
  );
  if (!parent) return { member: name };
  return parent.shape === 'array' ? { parent, member: item!.member, index: item!.index } : { parent, member: name.slice(parent.name.length + 1) };
}

/** The spec in `specs` for a parameter or a form control name, members included. */
export function specIn<T extends FieldHint>(specs: readonly T[], name: string): T | undefined {
  const { parent, member } = locateIn(specs, name);
  return ((parent?.items as readonly T[] | undefined) ?? specs).find((spec) => spec.name === member);
}
