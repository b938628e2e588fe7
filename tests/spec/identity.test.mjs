// The spec the sandbox is held to is Stripe's own file, unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPECTED_BLOB, spec, specBlob, ACCEPTED_ADDITIONS } from './stripespec.mjs';

test('the pinned description is stripe/openapi spec3.json, byte for byte', () => {
  assert.equal(specBlob(), EXPECTED_BLOB);
  assert.equal(spec.openapi, '3.0.0');
  assert.equal(spec.info.version, '2024-04-10');
  console.log(`spec: stripe/openapi spec3.json, API version ${spec.info.version}, git blob ${specBlob()}, `
              + `${Object.keys(spec.paths).length} paths, ${Object.keys(spec.components.schemas).length} schemas`);
});

test('every accepted addition names where Stripe documents it', () => {
  for (const addition of ACCEPTED_ADDITIONS) {
    // An API version, or the Stripe.js behaviour it comes from.
    assert.match(addition.since, /^(\d{4}-\d{2}-\d{2}\.\w+|Stripe\.js)$/);
    assert.match(addition.source, /^https:\/\/docs\.stripe\.com\//);
  }
});
