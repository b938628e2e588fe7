// Errors and idempotency as the SDK's typed errors, and the SDK's own retries against injected faults.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, Stripe, SECRET_KEY } from './sandbox.mjs';

let sandbox;
before(async () => { sandbox = await startSandbox(); });
after(async () => { await sandbox.stop(); });

test('idempotent replay returns the same object', async () => {
  const { stripe } = sandbox;
  const a = await stripe.paymentIntents.create({ amount: 900, currency: 'usd' }, { idempotencyKey: 'order-9-1' });
  const b = await stripe.paymentIntents.create({ amount: 900, currency: 'usd' }, { idempotencyKey: 'order-9-1' });
  assert.equal(b.id, a.id);
  assert.equal(b.lastResponse.headers['idempotent-replayed'], 'true');
});

test('same key with other parameters is a StripeIdempotencyError', async () => {
  const { stripe } = sandbox;
  await stripe.paymentIntents.create({ amount: 900, currency: 'usd' }, { idempotencyKey: 'order-9-2' });
  await assert.rejects(
    stripe.paymentIntents.create({ amount: 901, currency: 'usd' }, { idempotencyKey: 'order-9-2' }),
    (err) => err instanceof Stripe.errors.StripeIdempotencyError && err.type === 'StripeIdempotencyError');
});

test('validation errors carry code and param', async () => {
  const { stripe } = sandbox;
  await assert.rejects(stripe.paymentIntents.create({ amount: 10, currency: 'usd' }), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeInvalidRequestError);
    assert.equal(err.code, 'amount_too_small');
    assert.equal(err.param, 'amount');
    assert.match(err.requestId, /^req_/);
    return true;
  });
  await assert.rejects(stripe.paymentIntents.create({ amount: 500, currency: 'usd', shoe_size: 9 }),
    (err) => err.code === 'parameter_unknown' && err.param === 'shoe_size');
  await assert.rejects(stripe.paymentIntents.create({ amount: 500, currency: 'eur', payment_method_types: ['amazon_pay'] }),
    (err) => err.code === 'payment_intent_invalid_currency');
  await assert.rejects(stripe.paymentIntents.retrieve('pi_doesnotexist'),
    (err) => err.statusCode === 404 && err.code === 'resource_missing');
});

test('an unknown key is a StripeAuthenticationError', async () => {
  const bad = new Stripe('sk_test_notthekey0000', { host: '127.0.0.1', port: sandbox.port, protocol: 'http' });
  await assert.rejects(bad.paymentIntents.list(), (err) => err instanceof Stripe.errors.StripeAuthenticationError);
});

test('a 500 after commit is retried by the SDK and replayed, creating one object', async () => {
  const { stripe, control } = sandbox;
  await control('/_sandbox/reset');
  await control('/_sandbox/faults', { method: 'POST', path_prefix: '/v1/payment_intents', kind: 'error_500_after_commit', count: 1 });
  const pi = await stripe.paymentIntents.create({ amount: 777, currency: 'usd' });
  assert.equal(pi.amount, 777);
  const all = await stripe.paymentIntents.list();
  assert.equal(all.data.length, 1);
});

test('429 is retried by the SDK', async () => {
  const { stripe, control } = sandbox;
  await control('/_sandbox/faults', { method: 'GET', path_prefix: '/v1/payment_intents', kind: 'rate_limit_429', count: 1, retry_after: 1 });
  const list = await stripe.paymentIntents.list({ limit: 1 });
  assert.equal(list.object, 'list');
  const noRetry = new Stripe(SECRET_KEY, { host: '127.0.0.1', port: sandbox.port, protocol: 'http', maxNetworkRetries: 0 });
  await control('/_sandbox/faults', { method: 'GET', path_prefix: '/v1/payment_intents', kind: 'rate_limit_429', count: 1 });
  await assert.rejects(noRetry.paymentIntents.list(), (err) => err instanceof Stripe.errors.StripeRateLimitError);
});
