import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSessionResponse } from '../../src/contract/response.js';
import { CheckoutError } from '../../src/errors/checkout-error.js';
import { createSession } from '../../src/session-client/session-client.js';

const errorOf = (json: unknown, httpStatus?: number) => {
  const parsed = parseSessionResponse(json, httpStatus);
  assert.ok(parsed.kind === 'error');
  return { source: parsed.source, errorCode: parsed.errorCode };
};

/** What createSession throws for an answer given by a merchant's fetchSession, as a Response. */
async function failureFor(body: string, status: number) {
  try {
    await createSession({
      endpoint: '',
      body: {},
      idempotencyKey: 'key',
      timeoutMs: 1000,
      autoRetries: 0,
      fetchSession: async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }),
    });
  } catch (error) {
    assert.ok(error instanceof CheckoutError);
    return { code: error.code, errorCode: error.errorCode };
  }
  assert.fail('no failure');
}

describe('session errors carry a typed source', () => {
  it('juspay: a JSON error body with an error_code, whatever the status', () => {
    assert.deepEqual(errorOf({ status: 'error', error_code: 'access_denied' }, 401), { source: 'juspay', errorCode: 'access_denied' });
    assert.deepEqual(errorOf({ error_code: 'http_teapot' }, 200), { source: 'juspay', errorCode: 'http_teapot' });
  });

  it('http: a failed status without one; shape: a success status that is no Session API answer', () => {
    assert.deepEqual(errorOf({ error_message: 'Bad gateway' }, 502), { source: 'http', errorCode: 'http_502' });
    assert.deepEqual(errorOf({ hello: 'world' }, 200), { source: 'shape', errorCode: 'invalid_response' });
  });

  it('the session client decides by source, not by the spelling of the code', async () => {
    // A server's own code that happens to start with `http_` is still the server's code.
    assert.deepEqual(await failureFor('{"error_code":"http_teapot","error_message":"No"}', 400), { code: 'api_error', errorCode: 'http_teapot' });
    assert.deepEqual(await failureFor('{"error_code":"invalid_response"}', 200), { code: 'api_error', errorCode: 'invalid_response' });
    assert.deepEqual(await failureFor('{"error_message":"Bad gateway"}', 502), { code: 'http_error', errorCode: undefined });
    assert.deepEqual(await failureFor('{"hello":"world"}', 200), { code: 'invalid_response', errorCode: undefined });
  });
});
