/**
 * Every sample request and response in shared/seeds/, as Juspay printed them, with the typos
 * repaired (each repair is commented). Mandate dates are set relative to now, since Juspay wants
 * the start date to be today.
 */
import type { Vertical } from '../../src/contract/index.js';

const now = Math.floor(Date.now() / 1000);
const inDays = (days: number) => String(now + days * 86_400);

export interface SeedRequest {
  name: string;
  vertical: Vertical;
  body: Record<string, unknown>;
}

/** Seed 000, general request. Repair: `salaried` stays as sent, the contract canonicalises it. */
const general000 = {
  order_id: 'ORDER4567TGHk875',
  amount: '30500',
  description: 'Complete your paymen',
  currency: 'INR',
  customer_id: 'CUST57SDFG',
  customer_email: 'testeml.123@gmail.com',
  customer_phone: '8667056789',
  customer_dob: '06-12-1997',
  customer_first_name: 'John',
  customer_middle_name: '',
  customer_last_name: 'Doe',
  customer_gender: 'Male',
  customer_marital_status: 'Married',
  customer_highest_education: 'Graduate',
  customer_address_line1: 'address line 1',
  customer_address_line2: 'address line 1',
  customer_state: 'Karnataka',
  customer_pincode: '560095',
  customer_city: 'Bengaluru',
  customer_employment_type: 'salaried',
  customer_product_name: 'abc product',
  customer_product_tenure: '2',
  'metadata.source': 'Online',
  'options.get_client_auth_token': 'true',
  payment_page_client_id: 'merchant_client_id',
  action: 'paymentPage',
  'metadata.sdk_payload': 'true',
  'metadata.webhook_url': 'https://merchant.webhookurl.com/env/webhook_url_response',
  return_url: 'https://merchant.returnurl.com/#thankyoupage',
};

/** Seed 000, insurance request. Repair: the comma missing after `metadata.customer_policy_type`. */
const insurance000 = {
  order_id: 'ORDER4567TGHk875',
  amount: '30500',
  description: 'Family Floater Policy',
  currency: 'INR',
  customer_id: 'CUST57SDFG',
  customer_email: 'testeml.123@gmail.com',
  customer_phone: '8990000000',
  customer_dob: '06-12-1997',
  customer_first_name: 'John',
  customer_middle_name: '',
  customer_last_name: 'Doe',
  customer_gender: 'Male',
  customer_marital_status: 'Married',
  customer_highest_education: 'Graduate',
  customer_address_line1: 'address line 1',
  customer_address_line2: 'address line 1',
  customer_state: 'Karnataka',
  customer_pincode: '560095',
  customer_city: 'Bengaluru',
  customer_employment_type: 'salaried',
  customer_policy_ref_no: 'POLREF54735HFHFD',
  customer_product_name: 'Family Floater',
  customer_product_tenure: '2',
  'metadata.customer_policy_no': 'D0082477897865',
  'metadata.source': 'Online',
  'metadata.policy_renewal_year': '2',
  'metadata.customer_policy_type': 'NEW',
  customer_nominee_name: 'nominee name',
  customer_nominee_phone: '9079638543',
  is_primary_holder: true,
  'options.get_client_auth_token': 'true',
  payment_page_client_id: 'adityabirlahealth',
  action: 'paymentPage',
  'metadata.JUSPAY:gateway_reference_id': 'Customer_Portal',
  'metadata.sdk_payload': 'true',
  'metadata.webhook_url': 'https://selleruat.adityabirlahealth.com/UAT/JustPayController/webhook_url_response',
  return_url: 'https://selleruat.adityabirlahealth.com/prodreplica/#thankyoupage',
};

/** Seed 000, education request. `male`, `Unmarried` and `Salaried` stay as sent: the contract canonicalises them. */
const education000 = {
  order_id: 'testing-order-22',
  amount: '35000.0',
  customer_id: 'cust_123',
  customer_first_name: 'John',
  customer_middle_name: 'Alex',
  customer_last_name: 'Doe',
  customer_email: 'test@mail.com',
  customer_phone: '1234567890',
  customer_gender: 'male',
  customer_marital_status: 'Unmarried',
  customer_highest_education: 'Graduate',
  customer_employment_type: 'Salaried',
  payment_page_client_id: 'juspay',
  action: 'paymentPage',
  return_url: 'https://shop.merchant.com',
  description: 'Complete your payment',
  'metadata.customer_product_name': 'MBA',
  'metadata.customer_product_payment_type': '6',
  'metadata.student_name': 'John Doe',
  'metadata.student_admission_type': 'NEW',
};

/** Seed 000, travel request. Repair: the comma missing after `customer_middle_name`. */
const travel000 = {
  order_id: 'test_1',
  amount: '5000.0',
  customer_id: 'testing-customer-9999999999',
  customer_email: 'juspay@gmail.in',
  customer_phone: '9999999999',
  payment_page_client_id: 'client_id',
  action: 'paymentPage',
  return_url: 'https://www.google.com/',
  description: 'Complete your payment',
  customer_first_name: 'Jhon',
  customer_middle_name: 'Alex',
  customer_last_name: 'Doe',
  'metadata.origin': 'Bangalore',
  'metadata.destination': 'Mangalore',
  'metadata.travel_start_date': '29-Dec-2024',
  'metadata.travel_end_date': '31-Dec-2024',
  'metadata.travel_type': 'Visa',
  'metadata.agent_email_id': 'xyz@gmail.com',
  'metadata.agent_mobile': '9888888888',
  'metadata.agent_name': 'Juspay B2C',
  'metadata.brand_name': 'Juspay B2C',
};

/** Seed 002, the curl/PHP request. */
const curl002 = {
  order_id: 'testing-order-one',
  amount: '1.0',
  customer_id: 'testing-customer-one',
  customer_email: 'test@mail.com',
  customer_phone: '9876543210',
  payment_page_client_id: 'your_client_id',
  action: 'paymentPage',
  return_url: 'https://shop.merchant.com',
  description: 'Complete your payment',
  first_name: 'John',
  last_name: 'wick',
};

/** Seed 002, "Sample Request & Response". */
const sample002 = {
  order_id: 'testing-order-one',
  amount: '1.0',
  customer_id: 'testing-customer-one',
  customer_email: 'test@mail.com',
  customer_phone: '9876543210',
  payment_page_client_id: 'yourClientId',
  action: 'paymentPage',
  return_url: 'https://shop.merchant.com',
  description: 'Complete your payment',
  first_name: 'John',
  last_name: 'wick',
  'metadata.JUSPAY:gateway_reference_id': 'Merchant_test',
};

/**
 * Seed 003. Repairs: the sample IFSC `ICICI0000300` has five letters before the `0`; ICIC is ICICI Bank's code. Its
 * samples leave out the `return_url` its own table marks required; seed 002's stands in.
 */
const bankAccounts003 = '[{"bank_account_number":"198731890","bank_ifsc":"ICIC0000300","bank_beneficiary_name":"TestName"}]';

const tpv003 = {
  amount: '3.00',
  order_id: 'yourUniqueOrderId',
  customer_id: 'yourUniqueCustId',
  customer_phone: '9876543210',
  customer_email: 'dummyemail@gmail.com',
  payment_page_client_id: 'merchant',
  action: 'paymentPage',
  return_url: 'https://shop.merchant.com',
  order_type: 'TPV_PAYMENT',
  'metadata.bank_account_details': bankAccounts003,
};

/**
 * Seed 003, TPV e-mandate. Repairs: `OPTIONAL/REQUIRED` means "one of", so REQUIRED; the 2022
 * dates become today and a year from today; the `return_url`, as above.
 */
const tpvMandate003 = {
  amount: '3.00',
  order_id: 'yourUniqueOrderId',
  customer_id: 'yourUniqueCustId',
  customer_phone: '9876543210',
  customer_email: 'dummyemail@gmail.com',
  payment_page_client_id: 'merchant',
  action: 'paymentPage',
  return_url: 'https://shop.merchant.com',
  'options.create_mandate': 'REQUIRED',
  'mandate.max_amount': '1000.00',
  'mandate.start_date': inDays(0),
  'mandate.end_date': inDays(365),
  order_type: 'TPV_PAYMENT',
  'metadata.bank_account_details': bankAccounts003,
};

/** Seed 004's four plans share everything but `info`. Repair: two samples lack the closing brace. */
const billing004 = (info: Record<string, unknown>) => ({
  order_id: '1777379785',
  amount: '1.0',
  customer_id: 'cth_rPj21roNSjEbumSy',
  payment_page_client_id: 'stageott',
  action: 'paymentPage',
  return_url: 'https://shop.merchant.com',
  description: 'Complete your payment',
  first_name: 'John',
  last_name: 'wick',
  'options.get_upi_deep_links': true,
  'options.create_mandate': 'REQUIRED',
  'mandate.max_amount': '100',
  'metadata.auto_refund_post_success': 'true',
  gateway_id: '100',
  payment_rules: { payment_flows: { billing_creation: { status: 'REQUIRED', info } } },
});

/** Seed 002's mandate parameters on its base request: no seed prints this one whole. */
export const mandate002 = {
  ...curl002,
  'options.create_mandate': 'OPTIONAL',
  'mandate.max_amount': '1000.0',
  'mandate.start_date': inDays(0),
  'mandate.end_date': inDays(30),
  'mandate.frequency': 'MONTHLY',
  'mandate.rule_value': '1',
  'mandate.amount_rule': 'VARIABLE',
  'mandate.revokable_by_customer': true,
  'mandate.block_funds': false,
};

export const seedRequests: SeedRequest[] = [
  { name: '000 general', vertical: 'general', body: general000 },
  { name: '000 insurance', vertical: 'insurance', body: insurance000 },
  { name: '000 education', vertical: 'education', body: education000 },
  { name: '000 travel', vertical: 'travel', body: travel000 },
  { name: '002 curl', vertical: 'general', body: curl002 },
  { name: '002 sample', vertical: 'general', body: sample002 },
  { name: '003 TPV', vertical: 'tpv', body: tpv003 },
  { name: '003 TPV e-mandate', vertical: 'tpv', body: tpvMandate003 },
  { name: '004 fixed plan, default debit date', vertical: 'billing', body: billing004({ plan_id: 'sample_fixed_plan' }) },
  {
    name: '004 fixed plan, custom debit date',
    vertical: 'billing',
    body: billing004({ plan_id: 'sample_fixed_plan', rule_info: { plan_rule_value: 1 } }),
  },
  {
    name: '004 variable plan, default debit date',
    vertical: 'billing',
    body: billing004({ plan_id: 'sample_fixed_plan', plan_amount: 20.0 }),
  },
  {
    name: '004 variable plan, custom debit date',
    vertical: 'billing',
    body: billing004({ plan_id: 'sample_fixed_plan', plan_amount: 20.0, rule_info: { plan_rule_value: 1 } }),
  },
];

/** Seed 000's general response (its insurance response is the same document). */
export const sdkResponse000 = {
  status: 'NEW',
  id: 'ordeh_5b57ecf3da7841198dd3c0c50a5ac3cb',
  order_id: 'ORDER4567TGHk875',
  payment_links: {
    web: 'https://sandbox.assets.juspay.in/payment-page/order/ordeh_5b57ecf3da7841198dd3c0c50a5ac3cb',
    expiry: '2024-12-26T10:12:55Z',
  },
  sdk_payload: {
    requestId: '0fa4d42c05e94873b3aee5def9d49002',
    service: 'in.juspay.hyperpay',
    payload: {
      udf4: 'testeml.123@gmail.com',
      customerPincode: '560095',
      customerState: 'Karnataka',
      'metadata.JUSPAY:gatewayReferenceId': 'Customer_Portal',
      customerPolicyRefNo: 'POLREF54735HFHFD',
      udf3: 'POLREF54735HFHFD',
      customerGender: 'Male',
      customerHighestEducation: 'Graduate',
      customerAddressLine2: 'address line 1',
      'metadata.source': 'Online',
      clientId: 'adityabirlahealth',
      customerMaritalStatus: 'Married',
      customerId: 'CUST57SDFG',
      customerDob: '06-12-1997',
      customerProductName: 'Family Floater',
      orderId: 'ORDER4567TGHk875',
      returnUrl: 'https://selleruat.adityabirlahealth.com/prodreplica/#thankyoupage',
      currency: 'INR',
      customerEmail: 'testeml.123@gmail.com',
      customerPhone: '8667056789',
      service: 'in.juspay.hyperpay',
      udf2: 'LEAD-123456',
      'metadata.webhookUrl': 'https://selleruat.adityabirlahealth.com/UAT/JustPayController/webhook_url_response',
      udf5: '8667056789',
      description: 'Family Floater Policy',
      environment: 'sandbox',
      merchantId: 'adityabirla_health',
      amount: '30500',
      clientAuthTokenExpiry: '2024-12-23T10:38:28Z',
      customerFirstName: 'Arijit',
      'metadata.customerPolicyType': 'NEW',
      customerCity: 'Bengaluru',
      isPrimaryHolder: true,
      customerMiddleName: '',
      'metadata.sdkPayload': 'true',
      customerLastName: 'Mitra',
      customerAddressLine1: 'address line 1',
      clientAuthToken: 'tkn_efd30d3f8c98449db8f2b64557ba43de',
      action: 'paymentPage',
      'metadata.customerPolicyNo': 'D0082477897865',
      customerProductTenure: '2',
      udf1: 'SellerPortal',
      customerEmploymentType: 'salaried',
      collectAvsInfo: false,
    },
    expiry: '2024-12-26T10:12:55Z',
  },
  order_expiry: '2024-12-26T10:12:55Z',
};

const educationResponse000 = {
  status: 'NEW',
  id: 'ordeh_f3c26b7c17fd4aebbd4e0ee2d3c7d5d9',
  order_id: 'testing-order667',
  payment_links: {
    web: 'https://sandbox.juspay.in/orders/ordeh_f3c26b7c17fd4aebbd4e0ee2d3c7d5d9/payment-page',
    expiry: '2025-02-01T07:33:43Z',
  },
  sdk_payload: {
    requestId: '74e55d336c0348e2ad86c0e2e93e6ad6',
    service: 'in.juspay.hyperpay',
    payload: {
      customerPincode: '560095',
      'metadata.customerProductName': 'MBA',
      customerState: 'Karnataka',
      'metadata.studentName': 'John Doe',
      customerGender: 'male',
      customerHighestEducation: 'Graduate',
      customerAddressLine2: 'address line 2',
      clientId: 'juspay',
      'metadata.studentAdmissionType': 'NEW',
      customerMaritalStatus: 'Unmarried',
      customerId: 'cust_123',
      orderId: 'testing-order667',
      returnUrl: 'https://shop.merchant.com',
      currency: 'INR',
      customerEmail: 'test@mail.com',
      customerPhone: '1234567890',
      service: 'in.juspay.hyperpay',
      description: 'Complete your payment',
      'metadata.customerProductPaymentType': '6',
      environment: 'sandbox',
      merchantId: 'amity',
      amount: '35000.0',
      clientAuthTokenExpiry: '2025-01-29T07:48:43Z',
      customerFirstName: 'Jhon',
      customerAnnualIncome: '300000',
      customerCity: 'Bengaluru',
      customerMiddleName: 'Alex',
      customerLastName: 'Doe',
      customerAddressLine1: 'address line 1',
      clientAuthToken: 'tkn_471295d6c8b74b55b3db538b1a94c5ab',
      action: 'paymentPage',
      customerEmploymentType: 'Salaried',
      collectAvsInfo: false,
    },
    expiry: '2025-02-01T07:33:43Z',
  },
  order_expiry: '2025-02-01T07:33:43Z',
};

const travelResponse000 = {
  udf4: '',
  resp_category: null,
  emi_details: {
    bank: null,
    monthly_payment: null,
    interest: null,
    conversion_details: null,
    principal_amount: null,
    additional_processing_fee_info: null,
    tenure: null,
    subvention_info: [],
    emi_type: null,
    processed_by: null,
  },
  udf8: '',
  udf3: '',
  udf6: '',
  offers: [],
  bank_error_code: '0',
  status: 'CAPTURE_INITIATED',
  order_expiry: '2025-01-27T11:55:06Z',
  bank_error_message: 'success',
  id: 'ordeh_daaf60c8bb424d3a94a7da558f5a1113',
  return_url: 'https://www.google.com/',
  last_updated: '2025-01-27T11:34:31Z',
  txn_uuid: 'mozvLkpzi2HMNpavH1t',
  gateway_id: 265,
  currency: 'INR',
  date_created: '2025-01-27T11:25:06Z',
  resp_message: null,
  udf2: '',
  payment_links: {
    mobile: 'https://sandbox.assets.juspay.in/payment-page/order/ordeh_daaf60c8bb424d3a94a7da558f5a1113',
    web: 'https://sandbox.assets.juspay.in/payment-page/order/ordeh_daaf60c8bb424d3a94a7da558f5a1113',
    iframe: 'https://sandbox.assets.juspay.in/payment-page/order/ordeh_daaf60c8bb424d3a94a7da558f5a1113',
  },
  customer_email: 'abc.xyz@juspay.in',
  customer_phone: '9990022000',
  udf5: '',
  status_id: 33,
  merchant_id: 'testcredit',
  resp_code: null,
  udf9: '',
  amount: 5000,
  refunded: false,
  auth_type: '',
  order_id: 'test_order_1737977106',
  payment_method: 'MIHURU_LSP',
  udf7: '',
  udf10: '',
  payment_gateway_response: {
    epg_txn_id: null,
    network_error_code: null,
    auth_ref_num: null,
    arn: null,
    eci: null,
    resp_message: 'success',
    created: '2025-01-27T11:28:52Z',
    rrn: null,
    umrn: null,
    resp_code: '0',
    network_error_message: null,
    gateway_merchant_id: null,
    auth_id_code: null,
    txn_id: 'testcredit-test_order_1737977106-1',
  },
  effective_amount: 5000,
  txn_id: 'testcredit-test_order_1737977106-1',
  product_id: '',
  customer_id: 'testing_customer_1737977106',
  payment_method_type: 'CONSUMER_FINANCE',
  amount_refunded: 0,
  udf1: '',
};

const response002 = {
  status: 'NEW',
  id: 'ordeh_xxxxxxxxxxxxxxxxxxxx',
  order_id: 'testing-order-one',
  payment_links: { web: 'https://api.juspay.in/orders/ordeh_xxxxxxxxxxxxxxxxxxxx/payment-page' },
  sdk_payload: {
    requestId: '12398b5571d74c3388a74004bc24370c',
    service: 'in.juspay.hyperpay',
    payload: {
      clientId: 'yourClientId',
      amount: '1.0',
      merchantId: 'yourMerchantId',
      clientAuthToken: 'tkn_xxxxxxxxxxxxxxxxxxxxx',
      clientAuthTokenExpiry: '2022-03-12T20:29:23Z',
      environment: 'production',
      'options.getUpiDeepLinks': 'true',
      lastName: 'wick',
      action: 'paymentPage',
      customerId: 'testing-customer-one',
      returnUrl: 'https://shop.merchant.com',
      currency: 'INR',
      firstName: 'John',
      customerPhone: '9876543210',
      customerEmail: 'test@mail.com',
      orderId: 'testing-order-one',
      description: 'Complete your payment',
    },
  },
};

/** Seed 003's TPV and TPV e-mandate responses are the same document. */
const response003 = {
  status: 'NEW',
  id: 'ordeh_cc7177bf16d',
  order_id: 'TEST',
  payment_links: { web: 'https://sandbox.juspay.in/orders/ordeh_cc7177bf16d/payment-page', expiry: null },
  sdk_payload: {
    requestId: '8162c92851c8bd9',
    service: 'in.juspay.hyperpay',
    payload: {
      clientId: 'TEST',
      amount: '3.0',
      merchantId: 'TEST',
      clientAuthToken: 'tkn_20f89d52522335',
      clientAuthTokenExpiry: '2024-02-14T10:36:13Z',
      environment: 'sandbox',
      action: 'paymentPage',
      customerId: '9999999999',
      currency: 'INR',
      customerPhone: '9999999999',
      customerEmail: 'test@gmail.com',
      orderId: 'TEST',
    },
  },
};

const response004 = {
  payment: {
    authentication: {
      method: 'GET',
      url: 'https://sandbox.juspay.in/v2/pay/start/eulerqa_sandbox/mozFS1mNCmY96k3aHHp?cardIssuerBankName%3DUPI_COLLECT%26cardType%3DUPI%26paymentMethod%3DUPI_COLLECT%26paymentMethodType%3DUPI',
    },
  },
  status: 'PENDING_VBV',
  txn_uuid: 'mozFS1mNCmY96k3aHHp',
  offer_details: { offers: [] },
  order_id: 'Ord_1765191076',
  txn_id: 'suc-Ord_1765191076-1',
};

export interface SeedResponse {
  name: string;
  json: unknown;
  httpStatus?: number;
  kind: 'sdk' | 'authentication' | 'order' | 'error';
}

/** Error bodies as seeds 000 and 002 describe them per status. */
export const seedResponses: SeedResponse[] = [
  { name: '000 general', json: sdkResponse000, httpStatus: 200, kind: 'sdk' },
  { name: '000 insurance', json: sdkResponse000, kind: 'sdk' },
  { name: '000 education', json: educationResponse000, httpStatus: 200, kind: 'sdk' },
  { name: '000 travel', json: travelResponse000, httpStatus: 200, kind: 'order' },
  { name: '002 sample', json: response002, httpStatus: 200, kind: 'sdk' },
  { name: '003 TPV', json: response003, httpStatus: 200, kind: 'sdk' },
  { name: '003 TPV e-mandate', json: response003, kind: 'sdk' },
  { name: '004 billing', json: response004, httpStatus: 200, kind: 'authentication' },
  {
    name: '400',
    json: { status: 'Bad Request', error_code: 'Mandatory fields are missing', error_message: 'Mandatory fields are missing' },
    httpStatus: 400,
    kind: 'error',
  },
  { name: '401', json: { status: 'error', error_code: 'access_denied' }, httpStatus: 401, kind: 'error' },
  { name: '404', json: { status: 'error', error_code: 'Internal server Error' }, httpStatus: 404, kind: 'error' },
  { name: '500', json: { status: 'error', error_code: 'Internal server Error' }, httpStatus: 500, kind: 'error' },
  { name: '401 without its status code', json: { status: 'error', error_code: 'access_denied' }, kind: 'error' },
];
