/**
 * Per vertical: what the customer might type (`prefill`, in Session API formats) and what the
 * merchant fixes (`params`), after seeds 000–004. Dates are relative to today.
 */
/** A mandate's first payment and its ceiling: a later debit is at most the maximum. */
export const mandateAmount = '499.00';
export const mandateMaxAmount = '1000.00';
/** The billing plan: what each cycle costs, and the mandate's ceiling, the same. */
export const planAmount = 499;

const day = 86_400_000;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const travelDate = (offsetDays: number) => {
  const date = new Date(Date.now() + offsetDays * day);
  return `${String(date.getUTCDate()).padStart(2, '0')}-${months[date.getUTCMonth()]}-${date.getUTCFullYear()}`;
};
const epoch = (offsetDays: number) => String(Math.floor((Date.now() + offsetDays * day) / 1000));
// Mandate and billing terms here are what the customer is shown; the server sends its own (backend.ts).

const contact = { customer_email: 'testeml.123@gmail.com', customer_phone: '8667056789' };

const customerNames = { customer_first_name: 'John', customer_last_name: 'Doe' };
const background = {
  customer_gender: 'Male',
  customer_marital_status: 'Married',
  customer_highest_education: 'Graduate',
  customer_employment_type: 'SALARIED',
};

/** Seed 000's general sample: the credit profile; education and travel ask less (docs/forms-defaults.md). */
const creditProfile = {
  ...contact,
  ...customerNames,
  ...background,
  customer_dob: '06-12-1997',
  customer_address_line1: '12 MG Road',
  customer_address_line2: 'Indiranagar',
  customer_city: 'Bengaluru',
  customer_state: 'Karnataka',
  customer_pincode: '560095',
};

const names = { first_name: 'John', last_name: 'Wick' };

const mandateTerms = {
  'options.create_mandate': 'REQUIRED',
  'mandate.max_amount': mandateMaxAmount,
  'mandate.amount_rule': 'VARIABLE',
  'mandate.start_date': epoch(0),
  'mandate.end_date': epoch(365),
  'mandate.frequency': 'MONTHLY',
  'mandate.rule_value': '5',
  'mandate.revokable_by_customer': true,
};

export interface Sample {
  /** What the order costs: the page shows it, the demo's server charges it (backend.ts). */
  amount: string;
  prefill: Record<string, unknown>;
  params: Record<string, unknown>;
}


export const samples: Record<string, Sample> = {
  general: { amount: '30500.00', prefill: creditProfile, params: { 'metadata.source': 'Online' } },
  insurance: {
    amount: '30500.00',
    prefill: {
      ...creditProfile,
      is_primary_holder: true,
      insured_member_details: JSON.stringify([
        { name: 'John Doe', dob: '06-12-1997', gender: 'Male', relationship: 'Self' },
        { name: 'Jane Doe', dob: '14-03-1998', gender: 'Female', relationship: 'Spouse' },
      ]),
      customer_nominee_name: 'Jane Doe',
      customer_nominee_phone: '9079638543',
    },
    params: {
      customer_policy_ref_no: 'POLREF54735HFHFD',
      'metadata.customer_policy_type': 'NEW',
      'metadata.policy_renewal_year': '2',
      'metadata.customer_policy_no': 'D0082477897865',
      customer_product_name: 'Family Floater',
      customer_product_tenure: '2',
    },
  },
  education: {
    amount: '35000.00',
    prefill: { ...contact, ...customerNames, ...background, 'metadata.student_name': 'John Doe', 'metadata.student_admission_type': 'NEW' },
    params: { 'metadata.customer_product_name': 'MBA', 'metadata.customer_product_payment_type': '6' },
  },
  travel: {
    amount: '5000.00',
    prefill: {
      ...contact,
      ...customerNames,
      'metadata.origin': 'Bangalore',
      'metadata.destination': 'Mangalore',
      'metadata.travel_start_date': travelDate(30),
      'metadata.travel_end_date': travelDate(32),
    },
    params: {
      'metadata.travel_type': 'Visa',
      'metadata.agent_email_id': 'xyz@gmail.com',
      'metadata.agent_mobile': '9888888888',
      'metadata.agent_name': 'Juspay B2C',
      'metadata.brand_name': 'Juspay B2C',
    },
  },
  tpv: {
    amount: '30500.00',
    prefill: {
      ...contact,
      ...names,
      'metadata.bank_account_details': JSON.stringify([
        { bank_account_number: '198731890', bank_ifsc: 'ICIC0000300', bank_beneficiary_name: 'John Wick' },
      ]),
    },
    params: {},
  },
  mandate: { amount: mandateAmount, prefill: { ...contact, ...names }, params: mandateTerms },
  billing: {
    amount: `${planAmount}.00`,
    prefill: { ...contact, ...names },
    params: {
      'options.create_mandate': 'REQUIRED',
      'mandate.max_amount': String(planAmount),
      'options.get_upi_deep_links': 'true',
      'metadata.auto_refund_post_success': 'true',
      payment_rules: { payment_flows: { billing_creation: { status: 'REQUIRED', info: { plan_id: 'demo_monthly_plan', plan_amount: planAmount } } } },
    },
  },
};

export function sampleFor(vertical: string): Sample {
  return samples[vertical] ?? samples.general!;
}
