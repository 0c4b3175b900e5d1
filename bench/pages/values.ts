/**
 * What a form control looks like once rendered, and a plausible valid value for it. The benchmark
 * reads the controls each vertical renders at run time, so it keeps up as verticals grow fields.
 */
export interface ControlInfo {
  name: string;
  id: string;
  tag: 'input' | 'select' | 'textarea';
  type: string;
  inputmode: string | null;
  autocomplete: string | null;
  required: boolean;
  label: string;
  /** The legend of the fieldset the control sits in, if any. */
  group: string;
  options: { value: string; label: string }[];
}

/** Values from seed 000's general sample, as a customer would type them (dates as the date control holds them). */
const known: Record<string, string> = {
  customer_email: 'testeml.123@gmail.com',
  customer_phone: '8667056789',
  customer_first_name: 'John',
  customer_middle_name: 'Alex',
  customer_last_name: 'Doe',
  customer_dob: '1997-12-06',
  customer_address_line1: 'address line 1',
  customer_address_line2: 'address line 2',
  customer_city: 'Bengaluru',
  customer_state: 'Karnataka',
  customer_pincode: '560095',
  customer_annual_income: '300000',
};

/** A value the control should accept, by name first, then by what the control asks for. */
export function validValue(control: ControlInfo): string | boolean {
  if (control.tag === 'select') return control.options.find((option) => option.value !== '')?.value ?? '';
  if (control.type === 'checkbox') return true;
  const exact = known[control.name];
  if (exact !== undefined) return exact;
  const name = control.name.toLowerCase();
  const hint = `${name} ${control.autocomplete ?? ''}`;
  if (control.type === 'date') return /expir|end|valid_till|until/.test(name) ? '2030-12-31' : '1997-12-06';
  if (control.type === 'email' || /email/.test(hint)) return 'testeml.123@gmail.com';
  if (control.type === 'tel' || /phone|mobile/.test(hint)) return '8667056789';
  if (/ifsc/.test(name)) return 'HDFC0000123';
  if (/pincode|postal|zip/.test(hint)) return '560095';
  if (/account_number|account_no|bank_account/.test(name)) return '50100012345678';
  if (/pan\b|pan_/.test(name)) return 'ABCDE1234F';
  if (/year/.test(name)) return '2024';
  if (/amount|income|premium|fee|sum/.test(name) || control.inputmode === 'decimal') return '30500';
  if (control.inputmode === 'numeric') return '12345';
  if (/name/.test(hint)) return 'John Doe';
  return 'Test value';
}
