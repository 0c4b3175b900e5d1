import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { verticals } from '../../src/contract/verticals.js';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { SDK_URL } from './helpers.js';

async function mount(vertical: string, fields: Record<string, string> = {}) {
  return fixture<JuspaySessionCheckout>(
    html`<juspay-session-checkout endpoint="/api/session/${vertical}" vertical=${vertical} sdk-url=${SDK_URL} .fields=${fields}></juspay-session-checkout>`,
  );
}

const names = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('form [name]')].map((control) => control.name);

const contact = ['customer_email', 'customer_phone'];
const customerNames = ['customer_first_name', 'customer_middle_name', 'customer_last_name'];

describe('default forms follow the seed samples', () => {
  it('travel asks for contact, names and the trip', async () => {
    expect(names(await mount('travel'))).to.deep.equal([
      ...contact,
      ...customerNames,
      'metadata.origin',
      'metadata.destination',
      'metadata.travel_start_date',
      'metadata.travel_end_date',
    ]);
  });

  it('education asks for names, contact, gender, marital status, education, employment and the student', async () => {
    expect(names(await mount('education'))).to.deep.equal([
      ...contact,
      ...customerNames,
      'customer_gender',
      'customer_marital_status',
      'customer_highest_education',
      'customer_employment_type',
      'metadata.student_name',
      'metadata.student_admission_type',
    ]);
  });

  it('general and insurance ask for the credit profile, without income', async () => {
    for (const vertical of ['general', 'insurance']) {
      const shown = names(await mount(vertical));
      for (const name of [...contact, ...customerNames, 'customer_dob', 'customer_pincode', 'customer_employment_type']) expect(shown, vertical).to.include(name);
    }
  });

  it('no vertical shows income by default; fields: {customer_annual_income: "collect"} asks for it', async () => {
    for (const vertical of verticals) expect(names(await mount(vertical)), vertical).not.to.include('customer_annual_income');
    const travel = names(await mount('travel', { customer_annual_income: 'collect', customer_dob: 'collect' }));
    expect(travel).to.include.members(['customer_annual_income', 'customer_dob']);
  });
});

describe('the billing terms', () => {
  it('show the plan by its name (translations plan.<plan_id>), else by its id', async () => {
    const params = { payment_rules: { payment_flows: { billing_creation: { status: 'REQUIRED', info: { plan_id: 'gold_monthly', plan_amount: 499 } } } } };
    const element = await fixture<JuspaySessionCheckout>(
      html`<juspay-session-checkout vertical="billing" currency="INR" .params=${params}></juspay-session-checkout>`,
    );
    const plan = () => element.shadowRoot!.querySelector('.terms dd')!.textContent;
    expect(plan()).to.equal('gold_monthly');
    element.translations = { 'plan.gold_monthly': 'Gold, monthly' };
    await element.updateComplete;
    expect(plan()).to.equal('Gold, monthly');
  });
});
