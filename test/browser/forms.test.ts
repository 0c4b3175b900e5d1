import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import { samples } from '../../demo/samples.js';
import { decodeSessionRequest } from '../../src/contract/decode.js';
import { encodeSessionRequest } from '../../src/contract/encode.js';
import { verticals, type Vertical } from '../../src/contract/verticals.js';
import { shownFields } from '../../src/forms/field-plan.js';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { SDK_URL, clearRequests, control, fill, nextEvent, payButton, recordedRequests, statusText, steerDouble } from './helpers.js';

async function mount(vertical: Vertical, setup: (element: JuspaySessionCheckout) => void = () => undefined) {
  const element = await fixture<JuspaySessionCheckout>(
    html`<juspay-session-checkout endpoint="/api/session/${vertical}" vertical=${vertical} amount="30500" currency="INR" sdk-url=${SDK_URL}></juspay-session-checkout>`,
  );
  setup(element);
  await element.updateComplete;
  return element;
}

const controls = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('form [name]')];

/** Types every value as the customer would, adding list rows as needed. */
async function typeValues(element: JuspaySessionCheckout, values: Record<string, string | boolean | undefined>) {
  for (const [name, value] of Object.entries(values)) {
    const row = /^(.+)\[(\d+)\]\./.exec(name);
    while (row && !element.shadowRoot!.querySelector(`[name="${CSS.escape(name)}"]`)) {
      element.shadowRoot!.querySelector<HTMLButtonElement>(`[data-name="${CSS.escape(row[1]!)}"] .add`)!.click();
      await element.updateComplete;
    }
    const target = control(element, name);
    if (typeof value === 'boolean') {
      if ((target as HTMLInputElement).checked !== value) (target as HTMLInputElement).click();
      await element.updateComplete;
    } else {
      await fill(element, { [name]: value ?? '' });
    }
  }
}

const parsed = (value: unknown) => (typeof value === 'string' && value.startsWith('[') ? JSON.parse(value) : value);

describe('forms for every vertical', () => {
  beforeEach(async () => {
    steerDouble({ outcome: 'charged' });
    await clearRequests();
  });

  for (const vertical of verticals) {
    describe(vertical, () => {
      it('renders every default field under its Session API name, with a label, the right control, autocomplete and inputmode', async () => {
        const element = await mount(vertical);
        for (const spec of shownFields(vertical, {})) {
          const members = spec.items?.filter((item) => item.setBy === 'customer') ?? [spec];
          for (const member of members) {
            const name = spec.items ? `${spec.name}[0].${member.name}` : spec.name;
            const target = control(element, name);
            const label = element.shadowRoot!.querySelector(`label[for="${target.id}"]`);
            expect(label?.textContent?.trim(), `label of ${name}`).to.not.equal('');
            expect(label?.textContent?.trim(), `label of ${name} is translated, not its key`).to.not.equal(name);
            if (member.control === 'select') expect(target.tagName, name).to.equal('SELECT');
            else expect((target as HTMLInputElement).type, name).to.equal(member.control ?? 'text');
            // Absent, not empty: an empty type or aria-describedby is still an attribute.
            if (member.control === 'text') expect(target.hasAttribute('type'), `type attribute of ${name}`).to.equal(false);
            expect(target.hasAttribute('aria-describedby'), `aria-describedby of ${name} before any error`).to.equal(false);
            if (member.autocomplete) expect(target.getAttribute('autocomplete'), `autocomplete of ${name}`).to.equal(member.autocomplete);
            if (member.inputmode && member.control !== 'date') {
              expect(target.getAttribute('inputmode'), `inputmode of ${name}`).to.equal(member.inputmode);
            }
            // A required field shows a star after its label that is drawn, not read: the control says required.
            const star = getComputedStyle(label!, '::after').content;
            expect(star, `star of ${name}`).to.equal(member.required ? '"\u00a0*" / ""' : 'none');
            expect(target.required, `required of ${name}`).to.equal(member.required === true);
          }
        }
      });

      it("posts the seed sample's values under their names", async () => {
        const sample = samples[vertical]!;
        const element = await mount(vertical, (el) => (el.params = sample.params));
        const typed = decodeSessionRequest(sample.prefill, vertical);
        await typeValues(element, typed);
        const consent = element.shadowRoot!.querySelector<HTMLInputElement>('[name="consent"]');
        if (consent) {
          consent.click();
          await element.updateComplete;
        }
        const success = nextEvent(element, 'juspay-payment-success');
        await element.submit();
        await success;
        const [call] = await recordedRequests();
        const expected = encodeSessionRequest(typed, vertical);
        for (const [name, value] of Object.entries(expected)) {
          expect(parsed(call!.body[name]), name).to.deep.equal(parsed(value));
        }
        expect(call!.body).not.to.have.property('consent');
      });

      it('axe finds nothing when empty, showing errors, busy, and after a failed session', async () => {
        const element = await mount(vertical, (el) => (el.params = samples[vertical]!.params));
        await expect(element).to.be.accessible();
        const invalid = nextEvent(element, 'juspay-payment-failed');
        await element.submit();
        await invalid;
        expect(element.shadowRoot!.querySelector('[aria-invalid="true"]'), 'errors shown').to.exist;
        await expect(element).to.be.accessible();

        await typeValues(element, decodeSessionRequest(samples[vertical]!.prefill, vertical));
        element.shadowRoot!.querySelector<HTMLInputElement>('[name="consent"]')?.click();
        let answer: (response: Response) => void = () => undefined;
        element.fetchSession = () => new Promise((resolve) => (answer = resolve));
        void element.submit();
        await waitUntil(() => element.shadowRoot!.querySelector('button[aria-busy="true"]'), 'busy');
        await expect(element).to.be.accessible();

        const failed = nextEvent(element, 'juspay-payment-failed');
        answer(new Response(JSON.stringify({ status: 'error', error_code: 'access_denied' }), { status: 401 }));
        expect((await failed).detail.code).to.equal('api_error');
        await element.updateComplete;
        await expect(element).to.be.accessible();
      });
    });
  }
});

describe('fields, prefill and params', () => {
  beforeEach(async () => {
    steerDouble({ outcome: 'charged' });
    await clearRequests();
  });

  it('collect, prefill, fixed and hidden each do what they say, and params are sent', async () => {
    const element = await mount('general', (el) => {
      el.prefill = { customer_email: 'asha@example.com', customer_city: 'Pune', customer_state: 'Maharashtra' };
      el.fields = { customer_city: 'fixed', customer_middle_name: 'hidden', customer_state: 'prefill' };
      el.params = { udf1: 'web', 'metadata.source': 'Online' };
    });
    const names = controls(element).map((c) => c.name);
    expect(names).to.not.include('customer_city');
    expect(names).to.not.include('customer_middle_name');
    expect(control(element, 'customer_state').value).to.equal('Maharashtra');
    expect(control(element, 'customer_email').value).to.equal('asha@example.com');
    await fill(element, { customer_phone: '9876543210', customer_state: 'Goa' });
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
    const [call] = await recordedRequests();
    expect(call!.body).to.include({
      customer_email: 'asha@example.com',
      customer_city: 'Pune',
      customer_state: 'Goa',
      udf1: 'web',
      'metadata.source': 'Online',
    });
    expect(call!.body).to.not.have.property('customer_middle_name');
  });

  it('a new but equal prefill object keeps what the customer typed', async () => {
    const element = await mount('general', (el) => (el.prefill = { customer_email: 'asha@example.com' }));
    await fill(element, { customer_city: 'Pune' });
    element.prefill = { customer_email: 'asha@example.com' };
    await element.updateComplete;
    expect(control(element, 'customer_city').value).to.equal('Pune');
  });

  it('reset() and a changed prefill write through to what the controls show', async () => {
    const element = await mount('insurance', (el) => (el.prefill = { customer_email: 'asha@example.com' }));
    await typeValues(element, { customer_email: 'ravi@example.com', customer_city: 'Pune', customer_gender: 'Male', is_primary_holder: true });
    element.reset();
    await element.updateComplete;
    expect(control(element, 'customer_email').value).to.equal('asha@example.com');
    expect(control(element, 'customer_city').value).to.equal('');
    expect(control(element, 'customer_gender').value).to.equal('');
    expect((control(element, 'is_primary_holder') as HTMLInputElement).checked).to.equal(false);
    await typeValues(element, { customer_email: 'ravi@example.com' });
    element.prefill = { customer_email: 'ravi@example.com', customer_city: 'Goa' };
    await element.updateComplete;
    expect(control(element, 'customer_email').value).to.equal('ravi@example.com');
    expect(control(element, 'customer_city').value).to.equal('Goa');
  });
});

describe('repeatable groups', () => {
  beforeEach(async () => {
    steerDouble({ outcome: 'charged' });
    await clearRequests();
  });

  it('insured members: add moves focus to the new row, remove shifts rows up, the body gets the JSON string', async () => {
    // The policy terms are the merchant's: Juspay needs them, so the server refuses a body without them.
    const element = await mount('insurance', (el) => (el.params = samples.insurance!.params));
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('.row')).to.have.length(1);
    expect(root.querySelector('.row .remove'), 'the only row cannot be removed').to.equal(null);
    const add = root.querySelector<HTMLButtonElement>('[data-name="insured_member_details"] .add')!;
    add.click();
    await waitUntil(() => root.activeElement?.getAttribute('name') === 'insured_member_details[1].name', 'focus on the new row');
    add.click();
    await element.updateComplete;
    await fill(element, {
      customer_email: 'asha@example.com',
      customer_phone: '9876543210',
      'insured_member_details[0].name': 'Asha Rao',
      'insured_member_details[0].dob': '1990-01-31',
      'insured_member_details[0].relationship': 'Self',
      'insured_member_details[1].name': 'Wrong Row',
      'insured_member_details[2].name': 'Ravi Rao',
      'insured_member_details[2].dob': '1988-05-02',
      'insured_member_details[2].relationship': 'Spouse',
    });
    const remove = root.querySelectorAll<HTMLButtonElement>('.row .remove')[1]!;
    // A short label inside its row, heard with the row's name.
    expect(remove.textContent!.trim()).to.equal('Remove');
    expect(remove.getAttribute('aria-label')).to.equal('Remove Insured member 2');
    remove.click();
    await element.updateComplete;
    expect(root.querySelectorAll('.row')).to.have.length(2);
    expect(statusText(element)).to.equal('Insured member 2 removed.');
    expect(control(element, 'insured_member_details[1].name').value).to.equal('Ravi Rao');
    await waitUntil(() => root.activeElement === add, 'focus on the add button after removing');
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
    const [call] = await recordedRequests();
    expect(call!.body.insured_member_details).to.be.a('string');
    expect(JSON.parse(call!.body.insured_member_details as string)).to.deep.equal([
      { name: 'Asha Rao', dob: '31-01-1990', relationship: 'Self' },
      { name: 'Ravi Rao', dob: '02-05-1988', relationship: 'Spouse' },
    ]);
  });

  it('bank accounts: IFSC errors are tied to their row, and the body gets the documented JSON string', async () => {
    const element = await mount('tpv');
    await fill(element, {
      customer_email: 'asha@example.com',
      customer_phone: '9876543210',
      'metadata.bank_account_details[0].bank_account_number': '198731890',
      'metadata.bank_account_details[0].bank_ifsc': 'ICICI0000300',
    });
    const ifsc = control(element, 'metadata.bank_account_details[0].bank_ifsc');
    expect(ifsc.getAttribute('aria-invalid')).to.equal('true');
    expect(element.shadowRoot!.getElementById(ifsc.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).to.not.equal('');
    await fill(element, { 'metadata.bank_account_details[0].bank_ifsc': 'icic0000300' });
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
    const [call] = await recordedRequests();
    expect(JSON.parse(call!.body['metadata.bank_account_details'] as string)).to.deep.equal([
      { bank_account_number: '198731890', bank_ifsc: 'ICIC0000300' },
    ]);
  });
});

describe('mandate terms', () => {
  it('rule_value appears, disappears and validates its range as the frequency changes', async () => {
    const element = await mount('mandate', (el) => {
      el.params = { 'options.create_mandate': 'REQUIRED', 'mandate.max_amount': '1000.00' };
      el.fields = { 'mandate.frequency': 'collect', 'mandate.rule_value': 'collect' };
    });
    const ruleValue = () => element.shadowRoot!.querySelector<HTMLInputElement>('[name="mandate.rule_value"]');
    expect(control(element, 'mandate.frequency').value).to.equal('ASPRESENTED');
    expect(ruleValue(), 'ASPRESENTED takes no rule_value').to.equal(null);
    await fill(element, { 'mandate.frequency': 'WEEKLY' });
    expect(ruleValue(), 'WEEKLY takes one').to.exist;
    expect(element.shadowRoot!.textContent).to.contain('1 to 7');
    await fill(element, { 'mandate.rule_value': '9' });
    expect(ruleValue()!.getAttribute('aria-invalid')).to.equal('true');
    await fill(element, { 'mandate.frequency': 'FORTNIGHTLY' });
    expect(ruleValue()!.getAttribute('aria-invalid')).to.equal('false');
    await fill(element, { 'mandate.frequency': 'DAILY' });
    expect(ruleValue()).to.equal(null);
    await fill(element, { 'mandate.frequency': 'MONTHLY' });
    expect(element.shadowRoot!.textContent).to.contain('1 to 31');
  });

  it('shows the fixed terms in words and requires consent before paying', async () => {
    const element = await mount('mandate', (el) => (el.params = samples.mandate!.params));
    const terms = element.shadowRoot!.querySelector('[part="terms"]')!;
    expect(terms.textContent).to.contain('₹1,000.00');
    expect(terms.textContent).to.contain('Monthly');
    await fill(element, { customer_email: 'asha@example.com', customer_phone: '9876543210' });
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    expect((await failed).detail.issues!.map((issue) => issue.path)).to.deep.equal(['consent']);
    expect(element.shadowRoot!.activeElement?.getAttribute('name')).to.equal('consent');
  });

  it('the consent box is a 44 px tap target: a tap on its row, off the 24 px box and the words, ticks it', async () => {
    const element = await mount('mandate', (el) => (el.params = samples.mandate!.params));
    const box = control(element, 'consent') as HTMLInputElement;
    // The row's reach arrives with the deferred chunk, once the browser is idle.
    await waitUntil(() => getComputedStyle(box.labels![0]!).minHeight === '44px', 'the deferred chunk', { timeout: 5000 });
    box.scrollIntoView({ block: 'center' });
    const row = box.parentElement!.getBoundingClientRect();
    const square = box.getBoundingClientRect();
    expect(row.height).to.be.at.least(44);
    expect(square.height).to.be.below(44);
    const above: [number, number] = [Math.round(square.left + square.width / 2), Math.round(row.top + 2)];
    expect(above[1]).to.be.below(square.top);
    await sendMouse({ type: 'click', position: above });
    expect(box.checked).to.equal(true);
    await sendMouse({ type: 'click', position: [Math.round(square.left + square.width / 2), Math.round(row.top + 42)] });
    expect(box.checked).to.equal(false);
  });

  it('Pay pressed with the mouse right after typing a bad value still submits, though the field’s error appears', async () => {
    // The whole form in view, as on a desktop: nothing scrolls to keep the button in place.
    await setViewport({ width: 390, height: 1400 });
    const element = await mount('mandate', (el) => (el.params = samples.mandate!.params));
    const adopted = element.shadowRoot!.adoptedStyleSheets.length;
    const email = control(element, 'customer_email') as HTMLInputElement;
    email.focus();
    await sendKeys({ type: 'john@example' });
    // Errors show once the validation has arrived with the deferred chunk.
    await waitUntil(() => element.shadowRoot!.adoptedStyleSheets.length > adopted, 'the deferred chunk');
    const pay = payButton(element);
    const box = pay.getBoundingClientRect();
    const failed = nextEvent(element, 'juspay-payment-failed');
    const centre: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    // Press, let the element render whatever the press caused, then release where the button was.
    await sendMouse({ type: 'move', position: centre });
    await sendMouse({ type: 'down' });
    await element.updateComplete;
    await sendMouse({ type: 'up' });
    expect((await failed).detail.code).to.equal('invalid_input');
    await setViewport({ width: 800, height: 600 });
  });

  it('a mandate term the customer may choose shows what params fixed, and that is what is posted', async () => {
    const element = await mount('mandate', (el) => {
      el.params = { ...samples.mandate!.params, 'mandate.frequency': 'MONTHLY', 'mandate.rule_value': '5' };
      el.fields = { 'mandate.frequency': 'collect', 'mandate.rule_value': 'collect' };
    });
    expect(control(element, 'mandate.frequency').value).to.equal('MONTHLY');
    expect(control(element, 'mandate.rule_value').value).to.equal('5');
    expect(element.shadowRoot!.textContent).to.contain('A day number from 1 to 31.');
    await fill(element, { customer_email: 'asha@example.com', customer_phone: '9876543210' });
    (control(element, 'consent') as HTMLInputElement).click();
    await clearRequests();
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
    const [call] = await recordedRequests();
    expect(call!.body['mandate.frequency']).to.equal('MONTHLY');
    expect(call!.body['mandate.rule_value']).to.equal('5');
  });

  it('columns follow the element’s own width: one in a 300 px sidebar of a wide page, two when it is 800 px wide', async () => {
    await setViewport({ width: 1280, height: 800 });
    const element = await mount('general');
    const lefts = () => ['customer_email', 'customer_phone'].map((name) => Math.round(control(element, name).getBoundingClientRect().left));
    element.style.width = '300px';
    await element.updateComplete;
    const [email, phone] = lefts();
    expect(phone, 'one column').to.equal(email);
    expect(control(element, 'customer_email').getBoundingClientRect().width).to.be.above(280);
    element.style.width = '800px';
    const [wideEmail, widePhone] = lefts();
    expect(widePhone, 'two columns').to.be.above(wideEmail! + 300);
    await setViewport({ width: 800, height: 600 });
  });

  it('has its own light surface: its dark text stays readable on a dark page', async () => {
    document.body.style.background = '#111';
    const element = await mount('general');
    expect(getComputedStyle(element).backgroundColor).to.equal('rgb(255, 255, 255)');
    element.style.setProperty('--juspay-color-background', 'transparent');
    expect(getComputedStyle(element).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    document.body.style.background = '';
  });

  it('billing shows the plan from params', async () => {
    const element = await mount('billing', (el) => (el.params = samples.billing!.params));
    const terms = element.shadowRoot!.querySelector('[part="terms"]')!;
    expect(terms.textContent).to.contain('demo_monthly_plan');
    expect(terms.textContent).to.contain('₹499.00');
  });
});

describe('theming', () => {
  it('a merchant stylesheet replaces the required star through ::part(required)::after, on required labels only', async () => {
    const style = document.createElement('style');
    style.textContent = 'juspay-session-checkout::part(required)::after { content: " (required)" / ""; }';
    document.head.append(style);
    try {
      const element = await mount('general');
      const after = (name: string) =>
        getComputedStyle(element.shadowRoot!.querySelector(`label[for="${control(element, name).id}"]`)!, '::after').content;
      expect(after('customer_email')).to.equal('" (required)" / ""');
      expect(after('customer_first_name')).to.equal('none');
    } finally {
      style.remove();
    }
  });
});

describe('languages', () => {
  it('renders Hindi and Thai labels, falls back from hi-IN and unknown languages, and translations win', async () => {
    const element = await mount('insurance', (el) => (el.lang = 'hi-IN'));
    const label = () =>
      element.shadowRoot!.querySelector(`label[for="${control(element, 'customer_email').id}"]`)!.textContent!.trim();
    await waitUntil(() => /[\u0900-\u097F]/.test(label()), 'Hindi loaded');
    element.lang = 'th';
    await waitUntil(() => /[\u0E00-\u0E7F]/.test(label()), 'Thai loaded');
    element.translations = { customer_email: 'ईमेल पता (कार्यालय)' };
    await element.updateComplete;
    expect(label()).to.equal('ईमेल पता (कार्यालय)');
    element.translations = {};
    element.lang = 'xx';
    await element.updateComplete;
    expect(label()).to.equal('Email');
  });

  it('formats the amount for the language and currency', async () => {
    const element = await mount('general', (el) => {
      el.lang = 'id';
      el.currency = 'IDR';
      el.amount = '150000';
    });
    await waitUntil(() => /Rp/.test(element.shadowRoot!.querySelector('button[type="submit"]')!.textContent!), 'IDR amount');
  });
});

describe('keyboard only', () => {
  it('the whole mandate form can be completed and paid with Tab, typing, Space and Enter', async () => {
    steerDouble({ outcome: 'charged' });
    await clearRequests();
    const element = await mount('mandate', (el) => (el.params = samples.mandate!.params));
    const focused = () => element.shadowRoot!.activeElement as HTMLInputElement | null;
    control(element, 'customer_email').focus();
    await sendKeys({ type: 'asha@example.com' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.name).to.equal('customer_phone');
    await sendKeys({ type: '9876543210' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Asha' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Rao' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.name).to.equal('consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.type).to.equal('submit');
    const success = nextEvent(element, 'juspay-payment-success');
    await sendKeys({ press: 'Enter' });
    await success;
    const [call] = await recordedRequests();
    expect(call!.body).to.include({ customer_email: 'asha@example.com', first_name: 'Asha', last_name: 'Rao' });
  });
});

describe('issues the customer cannot see', () => {
  beforeEach(async () => {
    steerDouble({ outcome: 'charged' });
    await clearRequests();
  });

  it('a TPV payment with no bank account marks the first account row and focuses it', async () => {
    const element = await mount('tpv');
    await fill(element, { customer_email: 'asha@example.com', customer_phone: '9876543210' });
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    expect((await failed).detail.code).to.equal('invalid_input');
    const first = element.shadowRoot!.activeElement as HTMLInputElement;
    expect(first.name).to.match(/^metadata\.bank_account_details\[0\]\./);
    expect(first.getAttribute('aria-invalid')).to.equal('true');
  });

  it("a merchant's invalid param is a configuration error, not a field to correct", async () => {
    const element = await mount('general', (el) => (el.params = { udf1: 'web-app' }));
    await fill(element, { customer_email: 'asha@example.com', customer_phone: '9876543210' });
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    const { detail } = await failed;
    expect(detail).to.include({ stage: 'validation', code: 'configuration_error', retryable: false });
    expect(detail.message).to.contain('udf1');
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/not set up correctly/);
    expect(await recordedRequests()).to.have.length(0);
  });

  it('an empty row before a filled one: errors land on the row the customer typed in', async () => {
    const element = await mount('insurance');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-name="insured_member_details"] .add')!.click();
    await element.updateComplete;
    await fill(element, { customer_email: 'asha@example.com', customer_phone: '9876543210', 'insured_member_details[1].name': 'Ravi Rao' });
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    await failed;
    expect(control(element, 'insured_member_details[1].dob').getAttribute('aria-invalid')).to.equal('true');
    expect(control(element, 'insured_member_details[0].dob').getAttribute('aria-invalid')).to.equal('false');
  });
});
