/**
 * Generates the "Session API parameters" section of docs/forms.md from the contract's catalogue.
 * `npx tsx scripts/parameter-table.ts` prints it; `npm run docs:write` (scripts/docs.ts) puts it between
 * the page's `<!-- parameters:start -->` and `<!-- parameters:end -->` markers, touching nothing else.
 * The prose per parameter lives here, not in the catalogue, to keep it out of the browser bundle.
 */
import { pathToFileURL } from 'node:url';
import { catalogue, verticals, type ParameterSpec, type Vertical } from '../src/contract/index.js';

/** Where the section goes in a page. */
export const parameterMarkers = { start: '<!-- parameters:start -->', end: '<!-- parameters:end -->' };

/** What each parameter is and which constraint the contract checks. Members: `parent[].member`, `parent.path`. */
const descriptions: Record<string, string> = {
  order_id: 'Letters, digits, `-` and `_`; at most 21 characters.',
  amount: 'Positive decimal string, at most two decimals, e.g. `100.15`.',
  customer_id: 'The customer in your system, at most 300 characters; empty or absent for a guest.',
  payment_page_client_id: 'From Juspay’s welcome e-mail.',
  action: '`paymentPage` or `paymentManagement`.',
  return_url: 'https only, no query string, no IP address host, at most 255 characters; a `#fragment` is fine.',
  'metadata.webhook_url': 'An http(s) URL for this order’s webhooks.',
  currency: 'Uppercase ISO 4217 code, e.g. `INR`.',
  description: 'At most 255 characters.',
  language: 'Payment page language: `EN`, `TH`, `VI`, `ID` or `KO`.',
  first_name: 'Letters, digits, spaces and `().-_`; at most 255 characters.',
  last_name: 'Letters, digits, spaces and `().-_`; at most 255 characters.',
  'metadata.source': 'Channel, e.g. `Online`.',
  'metadata.sdk_payload': 'Flag: `true`/`false`, boolean or string; sent as a string.',
  'metadata.JUSPAY:gateway_reference_id': 'Gateway reference id, at most 255 characters.',
  'options.get_client_auth_token': 'Flag: `true`/`false`, boolean or string; sent as a string.',
  udf1: 'Letters, digits and spaces only; at most 255 characters.',
  udf6: 'Any characters; at most 255.',
  customer_email: 'Letters, digits and ``!#$%&\'*+-/=?^_.{|}~` ``; `.` and `_` may not begin or end the local part; at most 300 characters.',
  customer_phone: 'Digits with an optional leading `+`, 7–15 digits; Juspay recommends 10 digits without `+91`.',
  customer_first_name: 'Letters, digits, spaces and `().-_`.',
  customer_middle_name: 'Letters, digits, spaces and `().-_`.',
  customer_last_name: 'Letters, digits, spaces and `().-_`.',
  customer_dob: 'A real date in the past.',
  customer_gender: 'Case-insensitive; `Other` reads as `Others`.',
  customer_marital_status: 'Case-insensitive; `Unmarried` reads as `Single`.',
  customer_address_line1: 'At most 255 characters.',
  customer_address_line2: 'At most 255 characters.',
  customer_city: 'At most 255 characters.',
  customer_state: 'At most 255 characters.',
  customer_pincode: 'Six digits, not starting with 0.',
  customer_highest_education: 'Case-insensitive; `PhD` reads as `Ph.D`.',
  customer_employment_type: 'Case-insensitive (`salaried` → `SALARIED`); `self employed` reads as `SELF_EMPLOYED`.',
  customer_annual_income: 'A number, at most two decimals.',
  customer_product_name: 'The lender’s product name.',
  customer_product_tenure: 'The loan tenure.',
  is_primary_holder: 'Boolean; `"true"`/`"false"` strings are read too.',
  insured_member_details:
    'The insured people: an array sent as a JSON string (an array is accepted too). Juspay documents no member fields; these are ours. Optional, as seed 000’s own insurance sample leaves it out.',
  'insured_member_details[].name': 'Letters, digits, spaces and `().-_`.',
  'insured_member_details[].dob': 'A real date in the past.',
  'insured_member_details[].gender': 'Case-insensitive.',
  'insured_member_details[].relationship': 'Relationship to the customer; case-insensitive.',
  customer_nominee_name: 'Letters, digits, spaces and `().-_`.',
  customer_nominee_phone: 'Digits with an optional leading `+`, 7–15 digits.',
  customer_policy_ref_no: 'Policy reference number, passed on to the lender.',
  'metadata.customer_policy_type': 'Whether the policy is new or a renewal.',
  'metadata.policy_renewal_year': 'Digits.',
  'metadata.customer_policy_no': 'The customer’s policy number.',
  'metadata.student_name': 'Letters, digits, spaces and `().-_`.',
  'metadata.student_admission_type': 'Case-insensitive.',
  'metadata.customer_product_name': 'The course, e.g. `MBA`.',
  'metadata.customer_product_payment_type': 'Loan tenure, e.g. `6`.',
  'metadata.origin': 'Where the trip starts.',
  'metadata.destination': 'Where the trip goes.',
  'metadata.travel_start_date': 'A real date.',
  'metadata.travel_end_date': 'A real date, not before `metadata.travel_start_date`.',
  'metadata.travel_type': 'E.g. `Visa`, `One-way`, `Return`.',
  'metadata.agent_email_id': 'Same rules as `customer_email`.',
  'metadata.agent_mobile': 'Same rules as `customer_phone`.',
  'metadata.agent_name': 'Agent or agency name.',
  'metadata.brand_name': 'Brand name.',
  'metadata.bank_account_details':
    'The accounts the payment must come from: a non-empty array sent as a JSON string (an array is accepted too). Each entry needs `bank_account_number` or `bank_account_id`. When your records hold the customer’s registered accounts, set it in `resolveOrder` instead: the server’s value wins.',
  'metadata.bank_account_details[].bank_account_number': 'Letters and digits, at most 35; required unless `bank_account_id` is given.',
  'metadata.bank_account_details[].bank_ifsc': 'IFSC: four letters, `0`, six letters or digits (11 characters); read in any case, sent uppercase; required unless `bank_account_id` is given.',
  'metadata.bank_account_details[].bank_beneficiary_name': 'Account holder; letters, digits, spaces and `().-_`.',
  'metadata.bank_account_details[].bank_account_id': 'The id Juspay stored the account under.',
  'metadata.bank_account_details[].juspay_bank_code': 'From Juspay’s eligibility API, e.g. `JP_HDFC`.',
  order_type: 'Must be `TPV_PAYMENT`.',
  'options.create_mandate': 'Whether a mandate is needed (`REQUIRED`) or the customer’s choice (`OPTIONAL`).',
  'mandate.max_amount':
    'Ceiling of each debit: positive, at most two decimals, at most 8 characters. Required when `options.create_mandate` is set, unless `mandate.amount_rule` is `FIXED`.',
  'mandate.start_date': 'Today (a day either side is accepted for time zones). Juspay defaults it to today.',
  'mandate.end_date': 'After `mandate.start_date`. Juspay defaults it to the start plus 30 years.',
  'mandate.frequency': 'How often the customer is debited; `ONETIME` is UPI only.',
  'mandate.rule_value':
    'Day of the period: required for `WEEKLY` (1–7, Monday is 1), `FORTNIGHTLY` (1–16) and `MONTHLY` to `YEARLY` (1–31); not needed for `ONETIME`, `DAILY`, `ASPRESENTED`.',
  'mandate.amount_rule': '`FIXED` debits the order amount; `VARIABLE` up to `mandate.max_amount`.',
  'mandate.revokable_by_customer': 'Boolean (UPI): whether the customer may revoke the mandate.',
  'mandate.block_funds': 'Boolean: block the funds while the mandate is created.',
  payment_rules: 'Nested object (not a string): the billing plan to create.',
  'payment_rules.payment_flows.billing_creation.status': 'Must be `REQUIRED`.',
  'payment_rules.payment_flows.billing_creation.info.plan_id': 'The plan, as set up in Juspay Billing.',
  'payment_rules.payment_flows.billing_creation.info.plan_amount': 'For variable plans: a positive number, at most two decimals.',
  'payment_rules.payment_flows.billing_creation.info.rule_info.plan_rule_value': 'For a custom debit date: a whole number.',
  gateway_id: 'Juspay’s gateway id, digits.',
  'options.get_upi_deep_links': 'Flag: `true`/`false`, boolean or string; sent as a string.',
  'metadata.auto_refund_post_success': 'Flag: `true`/`false`, boolean or string; sent as a string.',
};

/** One row stands for udf2–udf5 and one for udf7–udf10. */
const siblings: Record<string, string> = { udf1: '`udf1`–`udf5`', udf6: '`udf6`–`udf10`' };
const isSibling = (name: string) => /^udf([2-5]|[7-9]|10)$/.test(name);

interface Row {
  name: string;
  spec: ParameterSpec;
}

function rowsOf(spec: ParameterSpec): Row[] {
  if (isSibling(spec.name)) return [];
  const member = (item: ParameterSpec) =>
    spec.shape === 'array' ? `${spec.name}[].${item.name}` : `${spec.name}.${item.name}`;
  return [{ name: spec.name, spec }, ...(spec.items ?? []).map((item) => ({ name: member(item), spec: item }))];
}

function describe(row: Row): string {
  const text = descriptions[row.name];
  if (text === undefined) throw new Error(`scripts/parameter-table.ts: describe ${row.name}`);
  const { spec } = row;
  const extras = [
    spec.options ? `One of ${spec.options.map((option) => `\`${option}\``).join(', ')}.` : '',
    spec.dateFormat ? `Sent as \`${spec.dateFormat}\`.` : '',
    spec.default !== undefined ? `Default \`${String(spec.default)}\`.` : '',
  ];
  return [text, ...extras].filter(Boolean).join(' ');
}

function form(spec: ParameterSpec): string {
  if (!spec.control) return '';
  const parts = [`\`${spec.control}\``];
  if (spec.autocomplete) parts.push(`autocomplete \`${spec.autocomplete}\``);
  if (spec.inputmode && spec.control !== 'date') parts.push(`inputmode \`${spec.inputmode}\``);
  if (spec.group) parts.push(`group \`${spec.group}\``);
  return parts.join(', ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(rows: Row[]): string {
  const lines = ['| Parameter | Set by | Required | Form | Constraint |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const required = row.spec.required ? 'yes' : '';
    lines.push(`| ${siblings[row.name] ?? `\`${row.name}\``} | ${row.spec.setBy} | ${required} | ${cell(form(row.spec))} | ${cell(describe(row))} |`);
  }
  return lines.join('\n');
}

/**
 * Parameters grouped by the verticals that share them (the same spec), widest first, so each
 * appears once: a vertical's parameters are the tables whose heading names it.
 */
function groups(): { verticals: Vertical[]; specs: ParameterSpec[] }[] {
  const byKey = new Map<string, { verticals: Vertical[]; specs: ParameterSpec[] }>();
  for (const spec of new Set(verticals.flatMap((vertical) => catalogue[vertical]))) {
    const sharing = verticals.filter((vertical) => catalogue[vertical].includes(spec));
    const group = byKey.get(sharing.join()) ?? { verticals: sharing, specs: [] };
    group.specs.push(spec);
    byKey.set(sharing.join(), group);
  }
  const first = (group: { verticals: Vertical[] }) => verticals.indexOf(group.verticals[0]!);
  return [...byKey.values()].sort((a, b) => b.verticals.length - a.verticals.length || first(a) - first(b));
}

/** The section between the markers. */
export function parameterSection(): string {
  const heading = (names: Vertical[]) =>
    names.length === verticals.length ? 'Every vertical' : names.map((name) => `\`${name}\``).join(', ');
  return [
    '## Session API parameters',
    '',
    'What `validateSessionRequest(body, vertical)` checks, generated from the contract’s catalogue',
    '(`npm run docs:write`; `npm run docs:check` fails when this section is out of date). A vertical’s parameters are those in',
    'every table whose heading names it.',
    '',
    '- **Set by**: `customer` fields are what the form asks for; `merchant` parameters come from the `params`',
    '  property or your server; `server` parameters come only from `resolveOrder()`, and a browser-sent value is dropped.',
    '  Merchant parameters with form hints (policy, agent, mandate terms) are ones a merchant may choose to ask the customer for.',
    '- **Required**: Juspay needs it. The browser checks required customer fields; `validateSessionRequest(body, vertical,',
    '  {complete: true})` checks all of them on the body going to Juspay. An entry’s required members are checked whenever',
    '  the entry is there. Rules between parameters (dates in order, `mandate.rule_value` per frequency, a `tpv` amount of',
    '  at least INR 1) apply whenever the parameters they relate are in the body.',
    '- Enums are read case-insensitively and sent in the spelling shown. Dates are `yyyy-mm-dd` in the form and sent in',
    '  the format shown. Array parameters are form controls named `<parameter>[<index>].<member>`, labelled',
    '  `<parameter>.<member>`, and sent as one JSON string.',
    '- Mandate parameters (`options.create_mandate`, `mandate.*`) are refused outside `tpv`, `mandate` and `billing`.',
    '  `validateSessionRequest` passes parameters the catalogue does not know through unchecked; `createSessionHandler`',
    '  drops any the browser sends, under any spelling, so only `resolveOrder` can add them.',
    ...groups().flatMap((group) => ['', `### ${heading(group.verticals)}`, '', table(group.specs.flatMap(rowsOf))]),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(parameterSection());
