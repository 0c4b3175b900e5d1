import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  catalogue,
  customerFields,
  decodeSessionRequest,
  decodeSessionValue,
  encodeSessionRequest,
  parameterSpec,
  parseSessionResponse,
  serverOnlyNames,
  validateSessionRequest,
  verticals,
  type ValidationResult,
} from '../../src/contract/index.js';
import { mandate002, seedRequests, seedResponses } from './contract-seeds.js';

const data = (result: ValidationResult) => {
  assert.ok(result.success, JSON.stringify(!result.success && result.issues));
  return result.data;
};
const paths = (result: ValidationResult) => (result.success ? [] : result.issues.map((issue) => `${issue.path}:${issue.code}`));
const seed = (name: string) => seedRequests.find((request) => request.name === name)!.body;

describe('seed requests', () => {
  for (const { name, vertical, body } of [...seedRequests, { name: '002 mandate terms', vertical: 'mandate' as const, body: mandate002 }]) {
    it(`${name} passes for ${vertical}, from the browser and complete`, () => {
      data(validateSessionRequest(body, vertical));
      data(validateSessionRequest(body, vertical, { complete: true }));
    });
  }

  it('canonicalises the samples’ enum spellings', () => {
    const education = data(validateSessionRequest(seed('000 education'), 'education'));
    assert.equal(education.customer_gender, 'Male');
    assert.equal(education.customer_marital_status, 'Single');
    assert.equal(education.customer_employment_type, 'SALARIED');
    const general = data(validateSessionRequest(seed('000 general'), 'general'));
    assert.equal(general.customer_employment_type, 'SALARIED');
    const lower = data(validateSessionRequest({ ...mandate002, 'mandate.frequency': 'monthly', 'options.create_mandate': 'optional' }, 'mandate'));
    assert.equal(lower['mandate.frequency'], 'MONTHLY');
    assert.equal(lower['options.create_mandate'], 'OPTIONAL');
  });

  it('sends flags the way the samples do: metadata/options as strings, mandate flags as booleans', () => {
    const billing = data(validateSessionRequest(seed('004 fixed plan, default debit date'), 'billing'));
    assert.equal(billing['options.get_upi_deep_links'], 'true');
    const mandate = data(validateSessionRequest({ ...mandate002, 'mandate.block_funds': 'TRUE' }, 'mandate'));
    assert.equal(mandate['mandate.block_funds'], true);
    const insurance = data(validateSessionRequest({ ...seed('000 insurance'), is_primary_holder: 'false' }, 'insurance'));
    assert.equal(insurance.is_primary_holder, false);
  });

  it('passes unknown parameters through untouched', () => {
    const body = { ...seed('002 curl'), theme: 'dark', offer_code: 'testingCode', 'metadata.anything': 'x' };
    assert.deepEqual(data(validateSessionRequest(body, 'general')), body);
  });

  it('seed 003: an account named by the id Juspay stored it under needs neither its number nor an IFSC; a number needs its IFSC', () => {
    const tpv = seed('003 TPV e-mandate');
    const accounts = (entries: unknown[]) => ({ ...tpv, 'metadata.bank_account_details': JSON.stringify(entries) });
    assert.deepEqual(paths(validateSessionRequest(accounts([{ bank_account_id: 'ba_abc123' }]), 'tpv', { complete: true })), []);
    assert.deepEqual(paths(validateSessionRequest(accounts([{ bank_account_number: '198731890' }, {}]), 'tpv')), [
      'metadata.bank_account_details[0].bank_ifsc:required',
      'metadata.bank_account_details[1].bank_account_number:required',
      'metadata.bank_account_details[1].bank_ifsc:required',
    ]);
  });

  it('keeps the seed IFSC typo and the OPTIONAL/REQUIRED placeholder out', () => {
    const tpv = seed('003 TPV e-mandate');
    const typo = '[{"bank_account_number":"198731890","bank_ifsc":"ICICI0000300","bank_beneficiary_name":"TestName"}]';
    assert.deepEqual(paths(validateSessionRequest({ ...tpv, 'metadata.bank_account_details': typo }, 'tpv')), [
      'metadata.bank_account_details[0].bank_ifsc:ifsc',
    ]);
    assert.deepEqual(paths(validateSessionRequest({ ...tpv, 'options.create_mandate': 'OPTIONAL/REQUIRED' }, 'tpv')), [
      'options.create_mandate:enum',
    ]);
    assert.deepEqual(paths(validateSessionRequest({ ...tpv, 'mandate.start_date': '1644420442', 'mandate.end_date': '1646234827' }, 'tpv')), [
      'mandate.start_date:date_not_today',
    ]);
  });
});

describe('seed responses', () => {
  for (const { name, json, httpStatus, kind } of seedResponses) {
    it(`${name} is ${kind}`, () => assert.equal(parseSessionResponse(json, httpStatus).kind, kind));
  }

  it('returns the data each kind needs', () => {
    const sdk = parseSessionResponse(seedResponses[0]!.json, 200);
    assert.ok(sdk.kind === 'sdk');
    assert.equal(sdk.orderId, 'ORDER4567TGHk875');
    assert.equal(sdk.sdkPayload.payload.clientId, 'adityabirlahealth');
    assert.match(sdk.paymentLinks.web!, /^https:/);
    const order = parseSessionResponse(seedResponses.find((r) => r.kind === 'order')!.json, 200);
    assert.ok(order.kind === 'order');
    assert.deepEqual([order.status, order.statusId, order.orderId], ['CAPTURE_INITIATED', 33, 'test_order_1737977106']);
    const auth = parseSessionResponse(seedResponses.find((r) => r.kind === 'authentication')!.json, 200);
    assert.ok(auth.kind === 'authentication');
    assert.equal(auth.method, 'GET');
    assert.match(auth.url, /^https:\/\/sandbox\.juspay\.in\/v2\/pay\/start\//);
    const error = parseSessionResponse({ status: 'error', error_code: 'access_denied' }, 401);
    assert.ok(error.kind === 'error');
    assert.deepEqual([error.httpStatus, error.errorCode], [401, 'access_denied']);
  });

  it('keeps only http(s) links, ignores unknown members and refuses malformed answers', () => {
    const sdk = structuredClone(seedResponses[0]!.json) as Record<string, unknown>;
    sdk.payment_links = { web: 'javascript:alert(1)', mobile: 42, iframe: 'https://pay.example/i', expiry: null };
    sdk.something_new = { nested: true };
    const parsed = parseSessionResponse(sdk, 200);
    assert.ok(parsed.kind === 'sdk');
    assert.deepEqual(parsed.paymentLinks, { iframe: 'https://pay.example/i' });
    assert.equal(parsed.sdkPayload, sdk.sdk_payload, 'the payload is passed on untouched');

    const noPayload = { ...sdk, sdk_payload: { requestId: 'r', service: 's', payload: 'not an object' } };
    assert.equal(parseSessionResponse(noPayload, 200).kind, 'order');
    assert.equal(parseSessionResponse({ ...noPayload, status_id: 'x' }, 200).kind, 'error');

    const auth = (authentication: unknown) =>
      parseSessionResponse({ status: 'PENDING_VBV', order_id: 'o1', payment: { authentication } }, 200);
    const post = auth({ method: 'post', url: 'https://bank.example/acs', params: { PaReq: 1, MD: 'md' } });
    assert.ok(post.kind === 'authentication');
    assert.deepEqual([post.method, post.params], ['POST', { PaReq: '1', MD: 'md' }]);
    assert.equal(auth({ method: 'GET', url: 'javascript:alert(1)' }).kind, 'order');
    assert.equal(auth({ method: 'PUT', url: 'https://bank.example/acs' }).kind, 'order');

    const html = parseSessionResponse('<html>Bad gateway</html>', 502);
    assert.deepEqual(html, { kind: 'error', source: 'http', httpStatus: 502, errorCode: 'http_502', errorMessage: 'The server answered with status 502.' });
    const message = parseSessionResponse({ status: 'error', user_message: 'Try later', error_code: 7 }, 500);
    assert.ok(message.kind === 'error');
    assert.deepEqual([message.errorCode, message.errorMessage], ['http_500', 'Try later']);
    assert.equal(parseSessionResponse([], 200).kind, 'error');
  });
});

describe('issues', () => {
  it('name the parameter in every issue', () => {
    const result = validateSessionRequest({ customer_email: 'x', customer_phone: '' }, 'general');
    assert.deepEqual(paths(result), ['customer_email:email', 'customer_phone:required']);
    assert.ok(!result.success && result.issues.every((issue) => issue.message.length > 0));
  });

  it('from the browser, require customer fields only; complete, every required parameter', () => {
    const browser = { customer_email: 'a@b.co', customer_phone: '9876543210', 'metadata.bank_account_details': '[{"bank_account_number":"1","bank_ifsc":"HDFC0000001"}]' };
    data(validateSessionRequest(browser, 'tpv'));
    assert.deepEqual(paths(validateSessionRequest(browser, 'tpv', { complete: true })), [
      'order_type:required',
      'order_id:required',
      'amount:required',
      'payment_page_client_id:required',
      'action:required',
      'return_url:required',
    ]);
  });

  it('accept array parameters as an array too, and report members by index', () => {
    const members = [
      { name: 'Asha Rao', dob: '01-01-1990', relationship: 'spouse' },
      { name: 'Ravi', dob: '1990-01-01', relationship: 'Son' },
    ];
    const result = validateSessionRequest({ ...seed('000 insurance'), insured_member_details: members }, 'insurance');
    assert.deepEqual(paths(result), ['insured_member_details[1].dob:date']);
    const fixed = data(
      validateSessionRequest({ ...seed('000 insurance'), insured_member_details: [members[0]] }, 'insurance'),
    );
    assert.equal(fixed.insured_member_details, '[{"name":"Asha Rao","dob":"01-01-1990","relationship":"Spouse"}]');
  });

  it('refuse mandate parameters outside tpv, mandate and billing', () => {
    for (const vertical of ['general', 'insurance', 'education', 'travel'] as const) {
      assert.deepEqual(paths(validateSessionRequest({ ...seed('000 general'), 'options.create_mandate': 'REQUIRED' }, vertical)).at(-1), 'options.create_mandate:unsupported');
    }
  });

  it('apply rule_value ranges per frequency and ignore it where none applies', () => {
    const at = (frequency: string, ruleValue?: string) =>
      paths(validateSessionRequest({ ...mandate002, 'mandate.frequency': frequency, 'mandate.rule_value': ruleValue }, 'mandate'));
    assert.deepEqual(at('WEEKLY', '7'), []);
    assert.deepEqual(at('WEEKLY', '8'), ['mandate.rule_value:range']);
    assert.deepEqual(at('FORTNIGHTLY', '16'), []);
    assert.deepEqual(at('FORTNIGHTLY', '17'), ['mandate.rule_value:range']);
    for (const frequency of ['MONTHLY', 'BIMONTHLY', 'QUARTERLY', 'HALFYEARLY', 'YEARLY']) {
      assert.deepEqual(at(frequency, '31'), []);
      assert.deepEqual(at(frequency), ['mandate.rule_value:required']);
    }
    for (const frequency of ['ONETIME', 'DAILY', 'ASPRESENTED']) assert.deepEqual(at(frequency), []);
  });

  it('let a trip end on its start day, and a FIXED mandate go without max_amount', () => {
    data(validateSessionRequest({ ...seed('000 travel'), 'metadata.travel_end_date': '29-dec-2024' }, 'travel'));
    data(validateSessionRequest({ ...mandate002, 'mandate.amount_rule': 'FIXED', 'mandate.max_amount': undefined }, 'mandate'));
  });

  it('count a length in characters, so 255 emoji (510 UTF-16 units) are within a 255-character limit', () => {
    const general = seed('000 general');
    assert.equal(data(validateSessionRequest({ ...general, description: '😀'.repeat(255) }, 'general')).description, '😀'.repeat(255));
    const over = validateSessionRequest({ ...general, description: '😀'.repeat(256) }, 'general');
    assert.deepEqual(!over.success && over.issues.map((issue) => [issue.path, issue.code]), [['description', 'too_long']]);
  });
});

describe('encoding', () => {
  it('turns form values into the flat body: wire dates, entries as JSON strings, nested payment_rules', () => {
    const body = encodeSessionRequest(
      {
        customer_email: ' test@mail.com ',
        customer_middle_name: '',
        customer_dob: '1997-12-06',
        'insured_member_details[0].name': 'Asha Rao',
        'insured_member_details[0].dob': '1990-01-31',
        'insured_member_details[0].relationship': 'Spouse',
        'insured_member_details[2].name': 'Ravi Rao',
        'insured_member_details[2].dob': '2015-06-01',
        'insured_member_details[2].relationship': 'Son',
        'insured_member_details[3].name': '',
        is_primary_holder: false,
      },
      'insurance',
    );
    assert.deepEqual(body, {
      customer_email: 'test@mail.com',
      customer_dob: '06-12-1997',
      insured_member_details:
        '[{"name":"Asha Rao","dob":"31-01-1990","relationship":"Spouse"},{"name":"Ravi Rao","dob":"01-06-2015","relationship":"Son"}]',
      is_primary_holder: false,
    });
    const travel = encodeSessionRequest({ 'metadata.travel_start_date': '2024-12-29', 'metadata.travel_end_date': '2025-01-02' }, 'travel');
    assert.deepEqual(travel, { 'metadata.travel_start_date': '29-Dec-2024', 'metadata.travel_end_date': '02-Jan-2025' });
    const mandate = encodeSessionRequest({ 'mandate.start_date': '2030-01-01', 'mandate.end_date': '2031-01-01' }, 'mandate');
    assert.deepEqual(mandate, { 'mandate.start_date': '1893456000', 'mandate.end_date': '1924992000' });
    const billing = encodeSessionRequest(
      {
        'payment_rules.payment_flows.billing_creation.status': 'REQUIRED',
        'payment_rules.payment_flows.billing_creation.info.plan_id': 'gold',
      },
      'billing',
    );
    assert.deepEqual(billing, { payment_rules: { payment_flows: { billing_creation: { status: 'REQUIRED', info: { plan_id: 'gold' } } } } });
  });

  it('decodes a body back into form values, for prefill', () => {
    // A date control holds a day, so an epoch comes back as that day's midnight UTC: compare form values.
    for (const { vertical, body } of seedRequests) {
      const values = decodeSessionRequest(body, vertical);
      const again = encodeSessionRequest(values, vertical);
      data(validateSessionRequest(again, vertical, { complete: true }));
      assert.deepEqual(decodeSessionRequest(again, vertical), Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')));
    }
    assert.equal(decodeSessionValue('customer_dob', '06-12-1997', 'general'), '1997-12-06');
    assert.equal(decodeSessionValue('metadata.travel_start_date', '29-Dec-2024', 'travel'), '2024-12-29');
    assert.equal(decodeSessionValue('mandate.end_date', '1924992000', 'mandate'), '2031-01-01');
    assert.equal(decodeSessionValue('insured_member_details[4].dob', '31-01-1990', 'insurance'), '1990-01-31');
    assert.equal(decodeSessionValue('customer_dob', 'garbage', 'general'), 'garbage');
  });
});

describe('catalogue', () => {
  it('keeps the issue’s server-only parameters server-only on every vertical that has them', () => {
    for (const name of ['order_id', 'amount', 'customer_id', 'payment_page_client_id', 'action', 'return_url', 'metadata.webhook_url', 'order_type', 'payment_rules', 'gateway_id']) {
      assert.ok(serverOnlyNames.includes(name), name);
    }
    for (const vertical of verticals) {
      for (const spec of catalogue[vertical]) assert.equal(spec.setBy === 'server', serverOnlyNames.includes(spec.name), `${vertical} ${spec.name}`);
    }
  });

  it('gives every customer field its form hints', () => {
    for (const vertical of verticals) {
      for (const spec of customerFields(vertical)) {
        const fields = spec.items ? spec.items.filter((item) => item.setBy === 'customer') : [spec];
        assert.ok(spec.group, `${vertical} ${spec.name} group`);
        for (const field of fields) {
          assert.ok(field.control, `${vertical} ${field.name} control`);
          if (field.control !== 'checkbox') assert.ok(field.autocomplete, `${vertical} ${field.name} autocomplete`);
          if (field.control === 'select') assert.ok(field.options?.length, `${vertical} ${field.name} options`);
          if (['text', 'email', 'tel'].includes(field.control!)) assert.ok(field.inputmode, `${vertical} ${field.name} inputmode`);
        }
      }
    }
  });

  it('resolves member control names to their specs', () => {
    assert.equal(parameterSpec('tpv', 'metadata.bank_account_details[3].bank_ifsc')?.name, 'bank_ifsc');
    assert.equal(parameterSpec('billing', 'payment_rules.payment_flows.billing_creation.info.plan_id')?.required, true);
    assert.equal(parameterSpec('general', 'insured_member_details[0].name'), undefined);
  });
});
