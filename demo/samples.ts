/** Seed 000's sample customers, per vertical, as `prefill` values (Session API names and formats). */
const customer = {
  customer_email: 'testeml.123@gmail.com',
  customer_phone: '8667056789',
  customer_first_name: 'John',
  customer_last_name: 'Doe',
  customer_dob: '06-12-1997',
  customer_gender: 'Male',
  customer_marital_status: 'Married',
  customer_highest_education: 'Graduate',
  customer_address_line1: '12 MG Road',
  customer_address_line2: 'Indiranagar',
  customer_city: 'Bengaluru',
  customer_state: 'Karnataka',
  customer_pincode: '560095',
  customer_employment_type: 'SALARIED',
  customer_annual_income: '300000',
};

export const samples: Record<string, Record<string, unknown>> = {
  general: customer,
};

export function sampleFor(vertical: string): Record<string, unknown> {
  return samples[vertical] ?? customer;
}
