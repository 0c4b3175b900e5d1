/**
 * The zod half of the catalogue: each parameter's validator, by name. A parameter not listed here
 * takes the one its form hints imply (`impliedValidator`): its options, its control, its date
 * format or its shape; else it is text of at most 255 characters.
 */
import type { FieldHint } from './catalogue-hints.js';
import type { DateFormat } from './dates.js';
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
  type Validator,
} from './validators.js';

const udf = pattern(/^[A-Za-z0-9 ]*$/);

/** Validators by parameter name (a list's members by their own name, an object's by their path in it). */
export const validatorByName: Record<string, Validator> = {
  order_id: orderId,
  amount,
  currency,
  customer_id: text(300),
  action: oneOf(['paymentPage', 'paymentManagement']),
  return_url: returnUrl,
  'metadata.webhook_url': webUrl,
  udf1: udf,
  udf2: udf,
  udf3: udf,
  udf4: udf,
  udf5: udf,
  language: oneOf(['EN', 'TH', 'VI', 'ID', 'KO']),
  first_name: personName,
  last_name: personName,
  customer_first_name: personName,
  customer_middle_name: personName,
  customer_last_name: personName,
  customer_nominee_name: personName,
  name: personName,
  'metadata.student_name': personName,
  bank_beneficiary_name: personName,
  'metadata.sdk_payload': stringFlag,
  'options.get_client_auth_token': stringFlag,
  'options.get_upi_deep_links': stringFlag,
  'metadata.auto_refund_post_success': stringFlag,
  customer_pincode: pincode,
  customer_annual_income: decimal,
  'metadata.policy_renewal_year': wholeNumber,
  gateway_id: wholeNumber,
  bank_account_number: pattern(/^[A-Za-z0-9]+$/, 35),
  bank_ifsc: ifsc,
  order_type: oneOf(['TPV_PAYMENT']),
  'options.create_mandate': oneOf(['REQUIRED', 'OPTIONAL']),
  'mandate.max_amount': money(8),
  'mandate.start_date': mandateStartDate,
  'mandate.rule_value': wholeNumberIn(1, 31),
  'mandate.amount_rule': oneOf(['FIXED', 'VARIABLE']),
  'mandate.revokable_by_customer': flag,
  'mandate.block_funds': flag,
  'payment_flows.billing_creation.status': oneOf(['REQUIRED']),
  'payment_flows.billing_creation.info.plan_amount': asNumber(money()),
  'payment_flows.billing_creation.info.rule_info.plan_rule_value': asNumber(wholeNumber),
};

const gender = { other: 'Others' };

/** Other spellings seen in Juspay's samples, per parameter, read as the canonical option. */
const optionAliases: Record<string, Record<string, string>> = {
  customer_gender: gender,
  gender,
  customer_marital_status: { unmarried: 'Single' },
  customer_highest_education: { phd: 'Ph.D', 'ph.d.': 'Ph.D' },
  customer_employment_type: { 'self employed': 'SELF_EMPLOYED', 'self-employed': 'SELF_EMPLOYED' },
};

const dateValidators: Record<DateFormat, Validator> = {
  'dd-mm-yyyy': dateOfBirth,
  'dd-Mon-yyyy': travelDate,
  'epoch-seconds': epochSeconds,
};

const plainText = text();

/** The validator a hint implies when its parameter has none of its own. */
export function impliedValidator({ name, options, control, dateFormat, shape }: FieldHint): Validator {
  if (options) return oneOf(options, optionAliases[name]);
  if (dateFormat) return dateValidators[dateFormat];
  if (shape) return shape === 'array' ? jsonArray : plainObject;
  return control === 'email' ? email : control === 'tel' ? phone : control === 'checkbox' ? flag : plainText;
}
