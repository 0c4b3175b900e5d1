import { catalogue, serverOnlyNames, type ParameterSpec } from '../contract/catalogue.js';
import type { ValidationIssue } from '../contract/issues.js';
import { setPath, validateSessionRequest, type SessionRequestBody, type ValidationResult } from '../contract/request.js';
import { parseSessionResponse, TOKEN_EXPIRY_MARGIN_MS } from '../contract/response.js';
import type { Vertical } from '../contract/verticals.js';
import { isRecord } from '../contract/validators.js';
import { errorBody, errorResponse, failureResponse, jsonResponse, readBodyText, type Logger } from './http.js';
import { createMemoryIdempotencyStore, singleFlight, type IdempotencyStore, type StoredResponse } from './idempotency.js';
import { callJuspay, JuspayError, type JuspayConnection } from './juspay-connection.js';
import { toNodeHandler, type NodeHandler } from './node-adapter.js';

/** What only the merchant's server decides. `customer_id` may be omitted or empty for a guest. */
export type ServerOrder = SessionRequestBody & { order_id: string; amount: string; customer_id?: string; return_url?: string };

export interface SessionHandlerOptions extends JuspayConnection {
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
    store?: IdempotencyStore;
    /** How long a key returns the same session, at most: never past the session's token expiry. Default one hour. */
    ttlMs?: number;
    /**
     * Who is asking, e.g. your signed-in user's id: a stored session is returned only to the same
     * scope, so a key seen by someone else (a log, a proxy) does not hand them the session. It runs
     * for every request, with a key or without; throw a Response (e.g. 401) to refuse. Default: one
     * scope for everyone.
     */
    scope?: (request: Request) => string | Promise<string>;
  };
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
async function fingerprintOf(body: SessionRequestBody): Promise<string> {
  const canonical = JSON.stringify(Object.keys(body).sort().map((name) => [name, body[name]]));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * `resolveOrder` may answer in Juspay's flat form (dotted names) or its nested one (`metadata: {…}`).
 * Both become the catalogue's form, so everything is validated and the server's values win over the
 * browser's: a nested object whose members the catalogue knows becomes dotted names, and dotted
 * members of an object parameter (`payment_rules.payment_flows.…`) become that object.
 */
function normalizeOrder(order: Record<string, unknown>, specs: readonly ParameterSpec[]): Record<string, unknown> {
  const known = new Set(specs.map((spec) => spec.name));
  const objects = specs.filter((spec) => spec.shape === 'object').map((spec) => spec.name);
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

/** A fetch-style endpoint that creates a Juspay session for the widget's form. */
export function createSessionHandler(options: SessionHandlerOptions): SessionHandler {
  const vertical = options.vertical ?? 'general';
  const logger = options.logger ?? console;
  const ttlMs = options.idempotency?.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS;
  const once = singleFlight(options.idempotency?.store ?? createMemoryIdempotencyStore(), (answer) => replayableFor(answer, ttlMs));
  // A browser may send only what the customer types and the merchant's page fixes, under their exact
  // names; anything else (server-only parameters, other spellings, unknown keys) is dropped.
  const browserMay = new Set(catalogue[vertical].filter((spec) => spec.setBy !== 'server').map((spec) => spec.name));
  const isServerOnly = (key: string) =>
    serverOnlyNames.some((name) => key === name || key.startsWith(`${name}.`) || name.startsWith(`${key}.`));
  const issuesOf = (result: ValidationResult) => (result.success ? [] : result.issues);
  const invalidBody = (issues: ValidationIssue[]): StoredResponse => ({
    status: 400,
    body: errorBody('invalid_request', issues.map((issue) => `${issue.path || 'body'}: ${issue.message}`).join(' '), { issues }),
  });

  async function createSession(fromBrowser: SessionRequestBody, request: Request): Promise<StoredResponse> {
    const order = normalizeOrder(await options.resolveOrder(fromBrowser, request), catalogue[vertical]);
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
      const paths = checked.issues.map((issue) => `${issue.path} (${issue.code})`).join(', ');
      throw new Error(`resolveOrder returned parameters the Session API refuses: ${paths}.`);
    }
    const session = checked.data;
    const routingId = String(session.customer_id || session.order_id);
    const json = await callJuspay(options, { method: 'POST', path: '/session', routingId, body: session });
    if (parseSessionResponse(json, 200).kind === 'error') {
      throw new JuspayError(502, 'upstream_invalid_response', 'Juspay answered without a session.');
    }
    return { status: 200, body: browserAnswer(json as Record<string, unknown>) };
  }

  const handler = async (request: Request): Promise<Response> => {
    try {
      if (request.method !== 'POST') return errorResponse(405, 'method_not_allowed', 'Use POST to create a session.');
      const key = request.headers.get('idempotency-key');
      if (key !== null && !idempotencyKeyPattern.test(key)) {
        return errorResponse(400, 'invalid_idempotency_key', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.');
      }
      const text = await readBodyText(request);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return errorResponse(400, 'invalid_json', 'The request body is not JSON.');
      }
      const fromBrowser = isRecord(body) ? Object.fromEntries(Object.entries(body).filter(([name]) => browserMay.has(name))) : body;
      // Server-only parameters are missing here by design; they are checked once resolveOrder has set them.
      const browserIssues = issuesOf(validateSessionRequest(fromBrowser, vertical)).filter((issue) => !isServerOnly(issue.path));
      const create = () => createSession(fromBrowser as SessionRequestBody, request);
      let answer: StoredResponse;
      if (browserIssues.length) answer = invalidBody(browserIssues);
      else {
        // Every request meets the scope, with a key or without: it may refuse (a thrown Response).
        const scope = (await options.idempotency?.scope?.(request)) ?? '';
        const storeKey = JSON.stringify([options.merchantId, vertical, scope, key]);
        answer = key === null ? await create() : await once(storeKey, await fingerprintOf(fromBrowser as SessionRequestBody), create);
      }
      return jsonResponse(answer.status, answer.body);
    } catch (error) {
      return failureResponse(error, logger);
    }
  };
  return Object.assign(handler, { node: toNodeHandler(handler) });
}
