/**
 * One row per documented constraint: a valid seed sample with one parameter broken must fail
 * with exactly one issue, on that parameter's path. `undefined` removes a parameter.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateSessionRequest, type IssueCode, type Vertical } from '../../src/contract/index.js';
import { mandate002, seedRequests } from './contract-seeds.js';

const seed = (name: string) => seedRequests.find((request) => request.name === name)!.body;
const general = seed('000 general');
const names = seed('002 curl');
const insurance = seed('000 insurance');
const education = seed('000 education');
const travel = seed('000 travel');
const tpv = seed('003 TPV e-mandate');
const billing = seed('004 variable plan, custom debit date');

const long = (length: number) => 'a'.repeat(length);
const day = 86_400;
const now = Math.floor(Date.now() / 1000);
const member = { name: 'Asha Rao', dob: '01-01-1990', relationship: 'Spouse' };
const account = { bank_account_number: '198731890', bank_ifsc: 'ICIC0000300' };
const plan = (info: Record<string, unknown>, status = 'REQUIRED') => ({
  payment_flows: { billing_creation: { status, info: { plan_id: 'gold', ...info } } },
});

type Row = [constraint: string, vertical: Vertical, base: Record<string, unknown>, changes: Record<string, unknown>, path: string, code: IssueCode, complete?: boolean];

const rows: Row[] = [
  // Base order parameters, seeds 000 and 002.
  ['order_id at most 21 characters', 'general', general, { order_id: long(22) }, 'order_id', 'too_long'],
  ['order_id letters, digits, - and _', 'general', general, { order_id: 'order#1' }, 'order_id', 'format'],
  ['amount at most two decimals', 'general', general, { amount: '100.153' }, 'amount', 'format'],
  ['amount positive', 'general', general, { amount: '0' }, 'amount', 'range'],
  ['amount not negative', 'general', general, { amount: '-5' }, 'amount', 'format'],
  ['amount a number', 'general', general, { amount: 'ten' }, 'amount', 'format'],
  ['currency uppercase', 'general', general, { currency: 'inr' }, 'currency', 'format'],
  ['currency a three-letter code', 'general', general, { currency: 'RUPEE' }, 'currency', 'too_long'],
  ['customer_email shape', 'general', general, { customer_email: 'not-an-email' }, 'customer_email', 'email'],
  ['customer_email local part not starting with .', 'general', general, { customer_email: '.john@x.com' }, 'customer_email', 'email'],
  ['customer_email local part not ending with _', 'general', general, { customer_email: 'john_@x.com' }, 'customer_email', 'email'],
  ['customer_email character set', 'general', general, { customer_email: 'jo hn@x.com' }, 'customer_email', 'email'],
  ['customer_email required', 'general', general, { customer_email: undefined }, 'customer_email', 'required'],
  ['customer_phone digits', 'general', general, { customer_phone: 'call me' }, 'customer_phone', 'phone'],
  ['customer_phone required', 'general', general, { customer_phone: '  ' }, 'customer_phone', 'required'],
  ['action paymentPage or paymentManagement', 'general', general, { action: 'pay' }, 'action', 'enum'],
  ['return_url https only', 'general', general, { return_url: 'http://shop.merchant.com' }, 'return_url', 'return_url'],
  ['return_url no query string', 'general', general, { return_url: 'https://shop.merchant.com/?a=1' }, 'return_url', 'return_url'],
  ['return_url no IP host', 'general', general, { return_url: 'https://192.168.0.1/done' }, 'return_url', 'return_url'],
  ['return_url no disguised IP host', 'general', general, { return_url: 'https://0x7f.1/done' }, 'return_url', 'return_url'],
  ['return_url at most 255 characters', 'general', general, { return_url: `https://shop.merchant.com/${long(240)}` }, 'return_url', 'too_long'],
  ['description at most 255 characters', 'general', general, { description: long(256) }, 'description', 'too_long'],
  ['first_name letters, digits, ().-_', 'general', names, { first_name: 'John!' }, 'first_name', 'format'],
  ['last_name letters, digits, ().-_', 'general', names, { last_name: 'wick@home' }, 'last_name', 'format'],
  ['language EN, TH, VI, ID or KO', 'general', names, { language: 'FR' }, 'language', 'enum'],
  ['metadata flags are booleans', 'general', general, { 'metadata.sdk_payload': 'yes' }, 'metadata.sdk_payload', 'format'],
  ['options flags are booleans', 'general', general, { 'options.get_client_auth_token': 'maybe' }, 'options.get_client_auth_token', 'format'],
  ['udf1–udf5 no special characters', 'general', general, { udf1: 'user_5349' }, 'udf1', 'format'],
  ['udf1–udf5 at most 255 characters', 'general', general, { udf5: long(256) }, 'udf5', 'too_long'],
  ['udf6–udf10 at most 255 characters', 'general', general, { udf6: long(256) }, 'udf6', 'too_long'],
  ['metadata.webhook_url a URL', 'general', general, { 'metadata.webhook_url': 'webhook please' }, 'metadata.webhook_url', 'format'],

  // Customer profile, seed 000.
  ['customer_dob dd-mm-yyyy', 'general', general, { customer_dob: '1997-12-06' }, 'customer_dob', 'date'],
  ['customer_dob a real date', 'general', general, { customer_dob: '31-02-1997' }, 'customer_dob', 'date'],
  ['customer_dob in the past', 'general', general, { customer_dob: '01-01-2999' }, 'customer_dob', 'date_not_past'],
  ['customer_gender enum', 'general', general, { customer_gender: 'Unknown' }, 'customer_gender', 'enum'],
  ['customer_marital_status enum', 'general', general, { customer_marital_status: 'Divorced' }, 'customer_marital_status', 'enum'],
  ['customer_highest_education enum', 'general', general, { customer_highest_education: 'School' }, 'customer_highest_education', 'enum'],
  ['customer_employment_type enum', 'general', general, { customer_employment_type: 'Student' }, 'customer_employment_type', 'enum'],
  ['customer_pincode 6 digits, not 5', 'general', general, { customer_pincode: '56009' }, 'customer_pincode', 'pincode'],
  ['customer_pincode 6 digits, not 7', 'general', general, { customer_pincode: '5600951' }, 'customer_pincode', 'pincode'],
  ['customer_annual_income a number', 'general', general, { customer_annual_income: '3 lakh' }, 'customer_annual_income', 'format'],

  // Insurance.
  ['metadata.customer_policy_type NEW or RENEWAL', 'insurance', insurance, { 'metadata.customer_policy_type': 'OLD' }, 'metadata.customer_policy_type', 'enum'],
  ['metadata.policy_renewal_year a number', 'insurance', insurance, { 'metadata.policy_renewal_year': 'two' }, 'metadata.policy_renewal_year', 'format'],
  ['insured_member_details JSON', 'insurance', insurance, { insured_member_details: 'name=Asha' }, 'insured_member_details', 'json'],
  ['insured_member_details an array', 'insurance', insurance, { insured_member_details: JSON.stringify(member) }, 'insured_member_details', 'json'],
  ['insured member name required', 'insurance', insurance, { insured_member_details: JSON.stringify([{ ...member, name: '' }]) }, 'insured_member_details[0].name', 'required'],
  ['insured member dob dd-mm-yyyy', 'insurance', insurance, { insured_member_details: [member, { ...member, dob: '1990-01-01' }] }, 'insured_member_details[1].dob', 'date'],
  ['insured member relationship enum', 'insurance', insurance, { insured_member_details: [{ ...member, relationship: 'Friend' }] }, 'insured_member_details[0].relationship', 'enum'],
  ['customer_nominee_phone digits', 'insurance', insurance, { customer_nominee_phone: 'none' }, 'customer_nominee_phone', 'phone'],
  ['is_primary_holder a boolean', 'insurance', insurance, { is_primary_holder: 'perhaps' }, 'is_primary_holder', 'format'],
  ['customer_policy_ref_no required', 'insurance', insurance, { customer_policy_ref_no: undefined }, 'customer_policy_ref_no', 'required', true],

  // Education.
  ['metadata.student_admission_type NEW, RENEWAL or TRANSFER', 'education', education, { 'metadata.student_admission_type': 'LATERAL' }, 'metadata.student_admission_type', 'enum'],
  ['metadata.student_name required', 'education', education, { 'metadata.student_name': '' }, 'metadata.student_name', 'required'],
  ['metadata.student_name a name', 'education', education, { 'metadata.student_name': '<b>John</b>' }, 'metadata.student_name', 'format'],
  ['metadata.customer_product_name required', 'education', education, { 'metadata.customer_product_name': undefined }, 'metadata.customer_product_name', 'required', true],

  // Travel.
  ['metadata.travel_start_date dd-Mon-yyyy', 'travel', travel, { 'metadata.travel_start_date': '2024-12-29' }, 'metadata.travel_start_date', 'date'],
  ['metadata.travel_end_date a real month', 'travel', travel, { 'metadata.travel_end_date': '31-Dex-2024' }, 'metadata.travel_end_date', 'date'],
  ['metadata.travel_end_date not before the start', 'travel', travel, { 'metadata.travel_end_date': '28-Dec-2024' }, 'metadata.travel_end_date', 'date_order'],
  ['metadata.agent_email_id an email', 'travel', travel, { 'metadata.agent_email_id': 'xyz' }, 'metadata.agent_email_id', 'email'],
  ['metadata.agent_mobile a phone number', 'travel', travel, { 'metadata.agent_mobile': '98888' }, 'metadata.agent_mobile', 'phone'],
  ['metadata.origin required', 'travel', travel, { 'metadata.origin': undefined }, 'metadata.origin', 'required'],
  ['metadata.travel_type required', 'travel', travel, { 'metadata.travel_type': undefined }, 'metadata.travel_type', 'required', true],

  // TPV, seed 003.
  ['order_type TPV_PAYMENT', 'tpv', tpv, { order_type: 'TPV' }, 'order_type', 'enum'],
  ['order_type required', 'tpv', tpv, { order_type: undefined }, 'order_type', 'required', true],
  ['TPV amount at least INR 1', 'tpv', tpv, { amount: '0.50' }, 'amount', 'range'],
  ['bank_account_details required', 'tpv', tpv, { 'metadata.bank_account_details': undefined }, 'metadata.bank_account_details', 'required'],
  ['bank_account_details non-empty', 'tpv', tpv, { 'metadata.bank_account_details': '[]' }, 'metadata.bank_account_details', 'required'],
  ['bank_account_details JSON', 'tpv', tpv, { 'metadata.bank_account_details': '[{bank_ifsc: ICIC0000300}]' }, 'metadata.bank_account_details', 'json'],
  ['bank_ifsc 4 letters, 0, 6 alphanumerics', 'tpv', tpv, { 'metadata.bank_account_details': JSON.stringify([{ ...account, bank_ifsc: 'ICICI0000300' }]) }, 'metadata.bank_account_details[0].bank_ifsc', 'ifsc'],
  ['bank_ifsc fifth character 0', 'tpv', tpv, { 'metadata.bank_account_details': JSON.stringify([account, { ...account, bank_ifsc: 'ICIC1000300' }]) }, 'metadata.bank_account_details[1].bank_ifsc', 'ifsc'],
  ['bank_ifsc required', 'tpv', tpv, { 'metadata.bank_account_details': JSON.stringify([{ bank_account_number: '198731890' }]) }, 'metadata.bank_account_details[0].bank_ifsc', 'required'],
  ['bank_account_number or bank_account_id', 'tpv', tpv, { 'metadata.bank_account_details': JSON.stringify([{ bank_ifsc: 'ICIC0000300' }]) }, 'metadata.bank_account_details[0].bank_account_number', 'required'],

  // Mandate, seeds 002 and 003.
  ['options.create_mandate REQUIRED or OPTIONAL', 'tpv', tpv, { 'options.create_mandate': 'OPTIONAL/REQUIRED' }, 'options.create_mandate', 'enum'],
  ['options.create_mandate required on mandate', 'mandate', mandate002, { 'options.create_mandate': undefined }, 'options.create_mandate', 'required', true],
  ['mandate.start_date today', 'tpv', tpv, { 'mandate.start_date': '1644420442' }, 'mandate.start_date', 'date_not_today'],
  ['mandate.start_date 10-digit epoch seconds', 'tpv', tpv, { 'mandate.start_date': '2026-01-01' }, 'mandate.start_date', 'format'],
  ['mandate.end_date 10-digit epoch seconds', 'tpv', tpv, { 'mandate.end_date': '164623482' }, 'mandate.end_date', 'format'],
  ['mandate.end_date after the start', 'tpv', tpv, { 'mandate.end_date': String(now - day) }, 'mandate.end_date', 'date_not_after'],
  ['mandate.end_date not equal to the start', 'mandate', mandate002, { 'mandate.end_date': mandate002['mandate.start_date'] }, 'mandate.end_date', 'date_not_after'],
  ['mandate.max_amount at most 8 characters', 'tpv', tpv, { 'mandate.max_amount': '123456789' }, 'mandate.max_amount', 'too_long'],
  ['mandate.max_amount two decimals', 'tpv', tpv, { 'mandate.max_amount': '10.001' }, 'mandate.max_amount', 'format'],
  ['mandate.max_amount for a VARIABLE mandate', 'mandate', mandate002, { 'mandate.max_amount': undefined }, 'mandate.max_amount', 'required'],
  ['mandate.frequency enum', 'mandate', mandate002, { 'mandate.frequency': 'HOURLY' }, 'mandate.frequency', 'enum'],
  ['mandate.rule_value 1–7 for WEEKLY', 'mandate', mandate002, { 'mandate.frequency': 'WEEKLY', 'mandate.rule_value': '8' }, 'mandate.rule_value', 'range'],
  ['mandate.rule_value 1–16 for FORTNIGHTLY', 'mandate', mandate002, { 'mandate.frequency': 'FORTNIGHTLY', 'mandate.rule_value': '17' }, 'mandate.rule_value', 'range'],
  ['mandate.rule_value 1–31 for MONTHLY', 'mandate', mandate002, { 'mandate.rule_value': '32' }, 'mandate.rule_value', 'range'],
  ['mandate.rule_value at least 1', 'mandate', mandate002, { 'mandate.rule_value': '0' }, 'mandate.rule_value', 'range'],
  ['mandate.rule_value a number', 'mandate', mandate002, { 'mandate.rule_value': 'first' }, 'mandate.rule_value', 'format'],
  ['mandate.rule_value required for WEEKLY', 'mandate', mandate002, { 'mandate.frequency': 'WEEKLY', 'mandate.rule_value': undefined }, 'mandate.rule_value', 'required'],
  ['mandate.rule_value required for YEARLY', 'mandate', mandate002, { 'mandate.frequency': 'YEARLY', 'mandate.rule_value': undefined }, 'mandate.rule_value', 'required'],
  ['mandate.amount_rule FIXED or VARIABLE', 'mandate', mandate002, { 'mandate.amount_rule': 'CAPPED' }, 'mandate.amount_rule', 'enum'],
  ['mandate.revokable_by_customer a boolean', 'mandate', mandate002, { 'mandate.revokable_by_customer': 'sometimes' }, 'mandate.revokable_by_customer', 'format'],
  ['mandate.block_funds a boolean', 'mandate', mandate002, { 'mandate.block_funds': 'nope' }, 'mandate.block_funds', 'format'],
  ['mandate parameters only on tpv, mandate, billing', 'general', general, { 'mandate.max_amount': '100' }, 'mandate.max_amount', 'unsupported'],
  ['options.create_mandate only on tpv, mandate, billing', 'travel', travel, { 'options.create_mandate': 'REQUIRED' }, 'options.create_mandate', 'unsupported'],

  // Billing, seed 004.
  ['payment_rules an object', 'billing', billing, { payment_rules: 'gold' }, 'payment_rules', 'format'],
  ['payment_rules required', 'billing', billing, { payment_rules: undefined }, 'payment_rules', 'required', true],
  ['billing_creation.status REQUIRED', 'billing', billing, { payment_rules: plan({}, 'OPTIONAL') }, 'payment_rules.payment_flows.billing_creation.status', 'enum'],
  ['billing_creation.info.plan_id required', 'billing', billing, { payment_rules: plan({ plan_id: undefined }) }, 'payment_rules.payment_flows.billing_creation.info.plan_id', 'required'],
  ['billing_creation.info.plan_amount an amount', 'billing', billing, { payment_rules: plan({ plan_amount: 20.123 }) }, 'payment_rules.payment_flows.billing_creation.info.plan_amount', 'format'],
  ['billing_creation.info.rule_info.plan_rule_value a number', 'billing', billing, { payment_rules: plan({ rule_info: { plan_rule_value: 'first' } }) }, 'payment_rules.payment_flows.billing_creation.info.rule_info.plan_rule_value', 'format'],
  ['gateway_id a number', 'billing', billing, { gateway_id: 'PAYU' }, 'gateway_id', 'format'],
  ['options.get_upi_deep_links a boolean', 'billing', billing, { 'options.get_upi_deep_links': 'yes' }, 'options.get_upi_deep_links', 'format'],
  ['metadata.auto_refund_post_success a boolean', 'billing', billing, { 'metadata.auto_refund_post_success': 'later' }, 'metadata.auto_refund_post_success', 'format'],

  // Server-set requirements, checked on the complete body.
  ['order_id required', 'general', general, { order_id: undefined }, 'order_id', 'required', true],
  ['amount required', 'tpv', tpv, { amount: '' }, 'amount', 'required', true],
  ['payment_page_client_id required', 'billing', billing, { payment_page_client_id: undefined }, 'payment_page_client_id', 'required', true],
  ['action required', 'education', education, { action: undefined }, 'action', 'required', true],
];

const withChanges = (base: Record<string, unknown>, changes: Record<string, unknown>) => {
  const body = { ...base, ...changes };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete body[name];
  return body;
};

/** The parameter a path names: `metadata.bank_account_details[0].bank_ifsc` → `metadata.bank_account_details`. */
const namesChanged = (path: string, changes: Record<string, unknown>) =>
  Object.keys(changes).some((name) => path === name || path.startsWith(`${name}[`) || path.startsWith(`${name}.`));

describe('documented constraints reject bad input', () => {
  it('has at least 50 rows', () => assert.ok(rows.length >= 50, `${rows.length} rows`));

  for (const [constraint, vertical, base, changes, path, code, complete] of rows) {
    it(`${vertical}: ${constraint}`, () => {
      assert.ok(validateSessionRequest(base, vertical, { complete: true }).success, 'the base sample is valid');
      const result = validateSessionRequest(withChanges(base, changes), vertical, { complete: complete === true });
      assert.ok(!result.success, 'rejected');
      assert.deepEqual(
        result.issues.map((issue) => [issue.path, issue.code]),
        [[path, code]],
      );
      assert.ok(namesChanged(path, changes), `${path} names a changed parameter`);
    });
  }
});
