// The Amazon Pay guide's whole flow through the official Node SDK.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, createAmazonPayHold, Stripe } from './sandbox.mjs';

let sandbox;
before(async () => { sandbox = await startSandbox(); });
after(async () => { await sandbox.stop(); });

test('create+confirm, approve, partial capture, refund and events', async () => {
  const { stripe, control } = sandbox;
  const pi = await createAmazonPayHold(stripe, 6000, { metadata: { order_id: '42' } });
  assert.equal(pi.status, 'requires_action');
  assert.equal(pi.next_action.type, 'redirect_to_url');
  assert.match(pi.next_action.redirect_to_url.url, /\/_sandbox\/amazon_pay\/pi_/);
  const page = await fetch(pi.next_action.redirect_to_url.url).then((r) => r.text());
  assert.match(page, /Authorize Test Payment/);
  assert.match(page, /Fail Test Payment/);

  await control(`/_sandbox/amazon_pay/${pi.id}/authorize`);
  const held = await stripe.paymentIntents.retrieve(pi.id);
  assert.equal(held.status, 'requires_capture');
  assert.equal(held.amount_capturable, 6000);

  const captured = await stripe.paymentIntents.capture(pi.id, { amount_to_capture: 4000 });
  assert.equal(captured.status, 'succeeded');
  assert.equal(captured.amount_received, 4000);
  const charge = await stripe.charges.retrieve(captured.latest_charge);
  assert.equal(charge.amount_captured, 4000);

  const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 1000 });
  assert.equal(refund.status, 'pending');
  await control('/_sandbox/clock/advance', { seconds: 5 });
  assert.equal((await stripe.refunds.retrieve(refund.id)).status, 'succeeded');

  const types = [];
  for await (const event of stripe.events.list({ limit: 3 })) types.push(event.type);
  for (const expected of ['payment_intent.created', 'payment_intent.requires_action',
    'payment_intent.amount_capturable_updated', 'charge.captured', 'payment_intent.succeeded',
    'refund.created', 'refund.updated']) {
    assert.ok(types.includes(expected), `missing ${expected} in ${types}`);
  }
  const expanded = await stripe.paymentIntents.retrieve(pi.id, { expand: ['latest_charge'] });
  assert.equal(expanded.latest_charge.id, charge.id);
});

test('declined approval detaches the payment method', async () => {
  const { stripe, control } = sandbox;
  const pi = await createAmazonPayHold(stripe);
  await control(`/_sandbox/amazon_pay/${pi.id}/fail`);
  const failed = await stripe.paymentIntents.retrieve(pi.id);
  assert.equal(failed.status, 'requires_payment_method');
  assert.equal(failed.payment_method, null);
  assert.equal(failed.last_payment_error.code, 'payment_intent_payment_attempt_failed');
});

test('cancel releases a hold; a second cancel is an unexpected state', async () => {
  const { stripe, control } = sandbox;
  const pi = await createAmazonPayHold(stripe);
  await control(`/_sandbox/amazon_pay/${pi.id}/authorize`);
  const canceled = await stripe.paymentIntents.cancel(pi.id, { cancellation_reason: 'requested_by_customer' });
  assert.equal(canceled.status, 'canceled');
  assert.equal(canceled.cancellation_reason, 'requested_by_customer');
  await assert.rejects(stripe.paymentIntents.cancel(pi.id), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeInvalidRequestError);
    assert.equal(err.code, 'payment_intent_unexpected_state');
    return true;
  });
});

test('cards: 4242 succeeds, 4000 0000 0000 0002 is a StripeCardError', async () => {
  const { stripe } = sandbox;
  const card = (number) => ({ type: 'card', card: { number, exp_month: 12, exp_year: 2034, cvc: '123' } });
  const ok = await stripe.paymentIntents.create({ amount: 1500, currency: 'usd', confirm: true,
    payment_method_types: ['card'], payment_method_data: card('4242424242424242') });
  assert.equal(ok.status, 'succeeded');
  await assert.rejects(stripe.paymentIntents.create({ amount: 1500, currency: 'usd', confirm: true,
    payment_method_types: ['card'], payment_method_data: card('4000000000000002') }), (err) => {
    assert.ok(err instanceof Stripe.errors.StripeCardError);
    assert.equal(err.code, 'card_declined');
    assert.equal(err.decline_code, 'generic_decline');
    assert.equal(err.raw.payment_intent.status, 'requires_payment_method');
    return true;
  });
});

test('the redirect lapses after 10 minutes and holds expire after 7 days', async () => {
  const { stripe, control } = sandbox;
  const waiting = await createAmazonPayHold(stripe);
  const held = await createAmazonPayHold(stripe);
  await control(`/_sandbox/amazon_pay/${held.id}/authorize`);
  await control('/_sandbox/clock/advance', { seconds: 600 });
  const lapsed = await stripe.paymentIntents.retrieve(waiting.id);
  assert.equal(lapsed.last_payment_error.code, 'payment_intent_payment_attempt_expired');
  await control('/_sandbox/clock/advance', { seconds: 7 * 24 * 3600 });
  const expired = await stripe.paymentIntents.retrieve(held.id);
  assert.equal(expired.status, 'canceled');
  assert.equal(expired.cancellation_reason, 'automatic');
  const canceledEvents = await stripe.events.list({ type: 'payment_intent.canceled' });
  assert.ok(canceledEvents.data.some((e) => e.data.object.id === held.id));
});
