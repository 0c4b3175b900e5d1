import { catalogue, type ParameterSpec } from '../contract/catalogue.js';
import { serverOnlyNames } from '../contract/server-only.js';
import type { ValidationIssue } from '../contract/issues.js';
import { setPath, validateSessionRequest, type SessionRequestBody, type ValidationResult } from '../contract/request.js';
import { parseSessionResponse, TOKEN_EXPIRY_MARGIN_MS } from '../contract/response.js';
import type { Vertical } from '../contract/verticals.js';
import { isRecord } from '../contract/paths.js';
import { callerOf, DEFAULT_RECORD_TTL_MS, digest, orderKey, sharedStore, type OrderRecord, type SharedOptions } from './fleet.js';
import { errorBody, errorReply, jsonReply, parseJsonBody, type Answer, type Logger } from './http.js';
import { isAllowedOrigin, isJsonContentType, notJsonReply, type Inbound } from './inbound.js';
import { reservations, type OrderTerms, type StoredResponse } from './idempotency.js';
import { callJuspay, DEFAULT_TIMEOUT_MS, JuspayError, type JuspayConnection } from './juspay-connection.js';
import { exposeHandler, type NodeHandler } from './node-adapter.js';
import type { IdempotencyStore } from './store.js';

/** What only the merchant's server decides. `customer_id` may be omitted or empty for a guest; `return_url` is required. */
export type ServerOrder = SessionRequestBody & { order_id: string; amount: string; customer_id?: string; return_url: string };

export interface SessionHandlerOptions extends JuspayConnection, SharedOptions {
  /** `payment_page_client_id`, from Juspay's welcome e-mail. */
  clientId: string;
  /** Which form the widget posts; default `general`. */
  vertical?: Vertical;
  /**
   * Decides the server-side parameters from the merchant's own cart and session: `order_id`,
   * `amount`, `customer_id`, `return_url` and any other (`order_type`, `payment_rules`, …).
   * Throw a Response (e.g. 401) to refuse the request.
   */
  resolveOrder: (body: SessionRequestBody, request: Request) => ServerOrder | Promise<ServerOrder>;
  idempotency?: {
    /** An alias of the top-level `store`. */
    store?: IdempotencyStore;
    /** How long a key returns the same session, at most: never past the session's token expiry. Default one hour. */
    ttlMs?: number;
    /** @deprecated Use the top-level `caller`, which the status handler shares. */
    scope?: (request: Request) => string | Promise<string>;
    /** How long one request's reservation of a key lasts; it must outlive the Juspay call. Default `timeoutMs` + 5 s. */
    leaseMs?: number;
    /** How long a request waits for another with the same key before answering 503 with Retry-After. Default 3 s. */
    waitMs?: number;
  };
  /**
   * Serve requests without an `Idempotency-Key` (the widget always sends one): for your own clients.
   * Such requests are unprotected: each one creates an order.
   */
  allowRequestsWithoutKey?: boolean;
  /** Browser origins allowed to call the endpoint, e.g. `['https://shop.example.com']`; others get 403. */
  allowedOrigins?: readonly string[];
  logger?: Logger;
}

export type SessionHandler = ((request: Request) => Promise<Response>) & { node: NodeHandler };

const DEFAULT_IDEMPOTENCY_TTL_MS = 60 * 60_000;

/** Printable ASCII without spaces, as UUIDs and most key generators produce. */
const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;

/** The parts of Juspay's answer the browser needs; anything else (customer data, gateway details) stays here. */
const answerFields = ['status', 'id', 'order_id', 'status_id', 'payment_links', 'sdk_payload', 'order_expiry'];

/** How long `answer` may be replayed: the configured TTL, cut short by its client auth token's expiry. */
function replayableFor(answer: StoredResponse, ttlMs: number): number {
  const sdkPayload = isRecord(answer.body) ? answer.body.sdk_payload : undefined;
  const payload = isRecord(sdkPayload) ? sdkPayload.payload : undefined;
  const expiry = Date.parse(String(isRecord(payload) ? payload.clientAuthTokenExpiry : ''));
  return Number.isFinite(expiry) ? Math.min(ttlMs, expiry - Date.now() - TOKEN_EXPIRY_MARGIN_MS) : ttlMs;
}

/** A digest of the browser's body, keys sorted, so a key can be bound to the request it was made for. */
const fingerprintOf = (body: SessionRequestBody) => digest(JSON.stringify(Object.keys(body).sort().map((name) => [name, body[name]])));

/** The order's money and payer, as Juspay will read them. */
const termsOf = (order: Record<string, unknown>): OrderTerms => ({
  order_id: String(order.order_id),
  amount: String(order.amount),
  currency: String(order.currency ?? 'INR'),
  customer_id: String(order.customer_id ?? ''),
});

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * `resolveOrder` may answer in Juspay's flat form (dotted names) or its nested one (`metadata: {…}`).
 * Both become the catalogue's form, so everything is validated and the server's values win over the
 * browser's: a nested object whose members the catalogue knows becomes dotted names, and dotted
 * members of an object parameter (`payment_rules.payment_flows.…`) become that object.
 */
function orderNormalizer(specs: readonly ParameterSpec[]) {
  const known = new Set(specs.map((spec) => spec.name));
  const objects = specs.filter((spec) => spec.shape === 'object').map((spec) => spec.name);
  return (order: Record<string, unknown>) => normalizeOrder(order, known, objects);
}

function normalizeOrder(order: Record<string, unknown>, known: ReadonlySet<string>, objects: readonly string[]): Record<string, unknown> {
  let normal: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(order)) {
    const object = objects.find((parent) => name.startsWith(`${parent}.`));
    if (object) {
      const current = isPlainObject(normal[object]) ? normal[object] : {};
      normal = { ...normal, [object]: setPath(current, name.slice(object.length + 1), value) };
    } else if (!known.has(name) && isPlainObject(value) && Object.keys(value).some((member) => known.has(`${name}.${member}`))) {
      for (const [member, memberValue] of Object.entries(value)) normal[`${name}.${member}`] = memberValue;
    } else {
      normal[name] = isPlainObject(value) && isPlainObject(normal[name]) ? { ...value, ...normal[name] } : value;
    }
  }
  return normal;
}

function browserAnswer(json: Record<string, unknown>): Record<string, unknown> {
  const answer = Object.fromEntries(answerFields.filter((name) => json[name] !== undefined).map((name) => [name, json[name]]));
  const authentication = (json.payment as { authentication?: unknown } | undefined)?.authentication;
  return authentication === undefined ? answer : { ...answer, payment: { authentication } };
}

/** A fetch-style endpoint that creates a Juspay session for the widget's form: one order per Idempotency-Key across the fleet. */
export function createSessionHandler(options: SessionHandlerOptions): SessionHandler {
  const vertical = options.vertical ?? 'general';
  const logger = options.logger ?? console;
  const ttlMs = options.idempotency?.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
  const recordTtlMs = options.recordTtlMs ?? DEFAULT_RECORD_TTL_MS;
  const store = sharedStore(options.store ?? options.idempotency?.store);
  const caller = options.caller ?? options.idempotency?.scope;
  const leaseMs = options.idempotency?.leaseMs ?? (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) + 5000;
  if (leaseMs <= (options.timeoutMs ?? DEFAULT_TIMEOUT_MS)) {
    throw new RangeError('idempotency.leaseMs must be longer than timeoutMs: a reservation has to outlive the Juspay call.');
  }
  const reserve = reservations(store, { leaseMs, waitMs: options.idempotency?.waitMs ?? 3000, recordTtlMs: Math.max(ttlMs, leaseMs) });
  // A browser may send only what the customer types and the merchant's page fixes, under their exact
  // names; anything else (server-only parameters, other spellings, unknown keys) is dropped.
  // Worked out once: every request's order is normalized against the same catalogue.
  const normalize = orderNormalizer(catalogue[vertical]);
  const browserMay = new Set(catalogue[vertical].filter((spec) => spec.setBy !== 'server').map((spec) => spec.name));
  const isServerOnly = (key: string) =>
    serverOnlyNames.some((name) => key === name || key.startsWith(`${name}.`) || name.startsWith(`${key}.`));
  const issuesOf = (result: ValidationResult) => (result.success ? [] : result.issues);
  const invalidBody = (issues: ValidationIssue[]): StoredResponse => ({
    status: 400,
    body: errorBody('invalid_request', issues.map((issue) => `${issue.path || 'body'}: ${issue.message}`).join(' '), { issues }),
  });

  async function createSession(fromBrowser: SessionRequestBody, order: Record<string, unknown>, callerDigest: string): Promise<StoredResponse> {
    // Complete: what goes to Juspay must hold every parameter it requires, the server's included.
    const checked = validateSessionRequest(
      {
        ...fromBrowser,
        payment_page_client_id: options.clientId,
        action: 'paymentPage',
        // Juspay wants the key present: an empty customer_id means a guest.
        customer_id: '',
        ...order,
      },
      vertical,
      { complete: true },
    );
    if (!checked.success) {
      // Only a rule across parameters can still blame the browser here; anything else is the merchant's order.
      const fromCustomer = checked.issues.filter((issue) => !isServerOnly(issue.path));
      if (fromCustomer.length) return invalidBody(fromCustomer);
      // The merchant's setup, not a passing fault: the widget reports configuration_error and does not retry.
      const rules = checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join(' ');
      throw new JuspayError(500, 'configuration_error', `resolveOrder returned parameters the Session API refuses. ${rules}`);
    }
    const session = checked.data;
    const terms = termsOf(session);
    // Recorded before Juspay is called: the status and webhook handlers know what to expect, and whose it is.
    const record: OrderRecord = { amount: terms.amount, currency: terms.currency, customer_id: terms.customer_id, caller: callerDigest };
    await store.put(orderKey(terms.order_id), record, recordTtlMs);
    const routingId = String(session.customer_id || session.order_id);
    const json = await callJuspay(options, { method: 'POST', path: '/session', routingId, body: session });
    if (parseSessionResponse(json, 200).kind === 'error') {
      throw new JuspayError(502, 'upstream_invalid_response', 'Juspay answered without a session.');
    }
    return { status: 200, body: browserAnswer(json as Record<string, unknown>) };
  }

  async function answer(inbound: Inbound): Promise<Answer> {
    if (inbound.method !== 'POST') return errorReply(405, 'method_not_allowed', 'Use POST to create a session.');
    if (!isAllowedOrigin(inbound, options.allowedOrigins)) return errorReply(403, 'origin_not_allowed', 'This origin may not create payments.');
    if (!isJsonContentType(inbound)) return notJsonReply();
    const key = inbound.header('idempotency-key');
    if (key === null && !options.allowRequestsWithoutKey) {
      return errorReply(400, 'idempotency_key_required', 'Send an Idempotency-Key header, the same for every retry of one payment attempt.');
    }
    if (key !== null && !idempotencyKeyPattern.test(key)) {
      return errorReply(400, 'invalid_idempotency_key', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.');
    }
    const parsed = parseJsonBody(await inbound.text());
    if ('refusal' in parsed) return parsed.refusal;
    const body = parsed.value;
    const fromBrowser = (isRecord(body) ? Object.fromEntries(Object.entries(body).filter(([name]) => browserMay.has(name))) : body) as SessionRequestBody;
    // Server-only parameters are missing here by design; they are checked once resolveOrder has set them.
    const browserIssues = issuesOf(validateSessionRequest(fromBrowser, vertical)).filter((issue) => !isServerOnly(issue.path));
    if (browserIssues.length) return reply(invalidBody(browserIssues));
    // Every request meets the caller, with a key or without: it may refuse (a thrown Response).
    const callerDigest = await callerOf(caller, inbound.request);
    // Asked every time: a replay is only for an unchanged cart.
    const order = normalize(await options.resolveOrder(fromBrowser, inbound.request));
    if (key === null) return reply(await createSession(fromBrowser, order, callerDigest));
    const storeKey = digest(JSON.stringify([options.merchantId, vertical, callerDigest, key]));
    const created = await reserve(
      storeKey,
      fingerprintOf(fromBrowser),
      termsOf(order),
      (chosen) => createSession(fromBrowser, { ...order, order_id: chosen.order_id }, callerDigest),
      (stored) => replayableFor(stored, ttlMs),
    );
    return reply(created);
  }

  const reply = (stored: StoredResponse) => jsonReply(stored.status, stored.body, stored.headers);
  return exposeHandler(answer, logger);
}
