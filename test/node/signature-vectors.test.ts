import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { signReturnUrlParams, verifyReturnUrlSignature } from '../../src/server/index.js';

/** Juspay's public test vector for the return-URL signature. */
const vector = {
  params: { order_id: 'order_1727694028', status: 'AUTHORIZATION_FAILED', status_id: '27', myQP: 'aGVsbG9Xb3JsZA==' },
  responseKey: '92206A0A4A75499C9B11206C2B3B9A53',
  signature: '8Esx2nrz3KE059rdsTkffYKu6AXXk07KzBo3KOexl3I=',
};

/** The signing steps with a given percent-encoding, written out independently of the implementation. */
function signWith(encode: (text: string) => string, params: Record<string, string>, key: string): string {
  const message = Object.entries(params)
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return createHmac('sha256', key).update(encode(message)).digest('base64');
}

/** Java's `URLEncoder.encode(s, UTF_8)`: space as `+`, and `!'()~` escaped; only `*-._` stay. */
const javaUrlEncoder = (text: string) =>
  encodeURIComponent(text)
    .replace(/[!'()~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');

describe('return-URL signature vectors', () => {
  it("matches Juspay's public test vector", () => {
    assert.equal(decodeURIComponent(signReturnUrlParams(vector.params, vector.responseKey)), vector.signature);
    const query = new URLSearchParams({ ...vector.params, signature: vector.signature, signature_algorithm: 'HMAC-SHA256' });
    assert.equal(verifyReturnUrlSignature(query, vector.responseKey), true);
    // As Juspay puts it in the URL: the signature percent-encoded once more.
    const url = new URL(`https://shop.example.com/return?${new URLSearchParams(vector.params)}&signature=${encodeURIComponent(encodeURIComponent(vector.signature))}`);
    assert.equal(verifyReturnUrlSignature(url.searchParams, vector.responseKey), true);
    assert.equal(verifyReturnUrlSignature({ ...vector.params, status: 'CHARGED', signature: vector.signature }, vector.responseKey), false);
  });

  it("encodes spaces and !'()*~ as encodeURIComponent does (the signing steps' percent-encoding), not as Java's URLEncoder", () => {
    const params = { order_id: 'ord 42', status: 'CHARGED', udf1: "it's (almost) *free*! ~50% off" };
    const ours = decodeURIComponent(signReturnUrlParams(params, vector.responseKey));
    assert.equal(ours, signWith(encodeURIComponent, params, vector.responseKey));
    // The two encodings really differ here, so this test tells them apart.
    assert.notEqual(ours, signWith(javaUrlEncoder, params, vector.responseKey));
    const query = new URLSearchParams({ ...params, signature: ours, signature_algorithm: 'HMAC-SHA256' });
    assert.equal(verifyReturnUrlSignature(query, vector.responseKey), true);
    assert.equal(verifyReturnUrlSignature(new URLSearchParams(query.toString()), vector.responseKey), true, 'after a round trip through a query string');
  });
});
