// Every answer the sandbox gives on Stripe's paths, checked against Stripe's OpenAPI description:
// each body against the schema for its path, method and status (errors against Stripe's error
// schema), lists and search results, expanded fields (expanded exactly when expand[] asks, never
// inside events) and each event's data.object against the schema its `object` names.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox } from './sandbox.mjs';
import { validator } from './stripespec.mjs';

const sandbox = await startSandbox();
after(() => sandbox.stop());
const check = validator();
const seen = new Map(); // "METHOD template status" → how many bodies checked
const failures = [];

async function call(method, path, form = '', headers = {}) {
  const reply = await sandbox.call(method, path, form, headers);
  const result = check.response(method, path, reply.status, reply.json);
  const key = `${method} ${result.template || path} ${reply.status}`;
  seen.set(key, (seen.get(key) || 0) + 1);
  if (result.errors.length)
    failures.push(`${key}: ${result.errors.slice(0, 6).join('; ')}${result.errors.length > 6 ? ` (+${result.errors.length - 6})` : ''}`);
  return reply;
}

const card = (number, extra = '') =>
  'amount=2500&currency=usd&confirm=true&payment_method_types[]=card&payment_method_data[type]=card'
  + `&payment_method_data[card][number]=${number}&payment_method_data[card][exp_month]=12`
  + `&payment_method_data[card][exp_year]=2034${extra}`;
const amazon = (extra = '') =>
  'amount=6000&currency=usd&confirm=true&payment_method_types[]=amazon_pay&payment_method_data[type]=amazon_pay'
  + `&capture_method=manual&return_url=${encodeURIComponent('https://shop.example/return')}${extra}`;

test('every route and status the sandbox serves answers as Stripe describes it', async () => {
  // PaymentIntents: create (unconfirmed, card paid at once, Amazon Pay held), read, update, the
  // redirect, capture, cancel, list, search; with and without expand[].
  const plain = await call('POST', '/v1/payment_intents', 'amount=500&currency=usd&metadata[order_id]=7&description=Phone+order');
  assert.equal(plain.status, 200);
  await call('GET', `/v1/payment_intents/${plain.json.id}`);
  await call('POST', `/v1/payment_intents/${plain.json.id}`, 'metadata[note]=x');
  await call('POST', `/v1/payment_intents/${plain.json.id}/cancel`, 'cancellation_reason=abandoned');
  const paid = await call('POST', '/v1/payment_intents', card('4242424242424242', '&metadata[order_id]=8'));
  assert.equal(paid.json.status, 'succeeded');
  assert.equal(typeof paid.json.latest_charge, 'string'); // not expanded unless asked
  const expandedPi = await call('GET', `/v1/payment_intents/${paid.json.id}`, 'expand[]=latest_charge&expand[]=payment_method');
  assert.equal(typeof expandedPi.json.latest_charge, 'object');
  assert.equal(typeof expandedPi.json.payment_method, 'object');
  const held = await call('POST', '/v1/payment_intents', amazon('&metadata[order_id]=9'));
  assert.equal(held.json.status, 'requires_action');
  await sandbox.control(`/_sandbox/amazon_pay/${held.json.id}/authorize`);
  await call('POST', `/v1/payment_intents/${held.json.id}/capture`, 'amount_to_capture=4000');
  const other = await call('POST', '/v1/payment_intents', amazon('&metadata[order_id]=10'));
  await sandbox.control(`/_sandbox/amazon_pay/${other.json.id}/authorize`);
  await call('POST', `/v1/payment_intents/${other.json.id}/cancel`);
  const declined = await call('POST', '/v1/payment_intents', card('4000000000000002'));
  assert.equal(declined.status, 402);
  await call('GET', '/v1/payment_intents', 'limit=2');
  const listed = await call('GET', '/v1/payment_intents', 'limit=3&expand[]=data.latest_charge');
  assert.ok(listed.json.data.some((pi) => pi.latest_charge && typeof pi.latest_charge === 'object'));
  await call('GET', '/v1/payment_intents/search', `query=${encodeURIComponent("metadata['order_id']:'8'")}`);
  await call('GET', '/v1/payment_intents/search', `query=${encodeURIComponent('status:"succeeded" AND amount>100')}&limit=1`);

  // Refunds: create (card, Amazon Pay pending), read, update, list, with the charge expanded.
  const refund = await call('POST', '/v1/refunds', `payment_intent=${paid.json.id}&amount=500&reason=requested_by_customer`);
  assert.equal(refund.status, 200);
  await call('GET', `/v1/refunds/${refund.json.id}`, 'expand[]=charge');
  await call('POST', `/v1/refunds/${refund.json.id}`, 'metadata[why]=damaged');
  await call('POST', '/v1/refunds', `payment_intent=${held.json.id}&amount=1000`);
  await call('GET', '/v1/refunds', `payment_intent=${held.json.id}`);
  await call('GET', '/v1/refunds', 'limit=5&expand[]=data.charge');

  // Charges, PaymentMethods, disputes.
  await call('GET', `/v1/charges/${paid.json.latest_charge}`);
  await call('GET', '/v1/charges', `payment_intent=${paid.json.id}`);
  await call('GET', `/v1/payment_methods/${paid.json.payment_method}`);
  const disputed = await call('POST', '/v1/payment_intents', card('4000000000000259'));
  const disputes = await call('GET', '/v1/disputes', `payment_intent=${disputed.json.id}`);
  assert.equal(disputes.json.data.length, 1);
  await call('GET', `/v1/disputes/${disputes.json.data[0].id}`);
  await sandbox.control(`/_sandbox/disputes/${disputes.json.data[0].id}`, { status: 'lost' });
  const failing = await call('POST', '/v1/payment_intents', card('4000000000005126'));
  const failingRefund = await call('POST', '/v1/refunds', `payment_intent=${failing.json.id}`);
  await sandbox.control('/_sandbox/clock/advance', { seconds: 2 });
  await call('GET', `/v1/refunds/${failingRefund.json.id}`);

  // Webhook endpoints: create, read, update, list, delete.
  const endpoint = await call('POST', '/v1/webhook_endpoints',
    `url=${encodeURIComponent('https://shop.example/webhooks/stripe')}&enabled_events[]=payment_intent.succeeded`);
  await call('GET', `/v1/webhook_endpoints/${endpoint.json.id}`);
  await call('POST', `/v1/webhook_endpoints/${endpoint.json.id}`, 'description=till');
  await call('GET', '/v1/webhook_endpoints');
  await call('DELETE', `/v1/webhook_endpoints/${endpoint.json.id}`);

  // Errors: each in Stripe's error shape.
  await call('POST', '/v1/payment_intents', 'currency=usd');
  await call('POST', '/v1/payment_intents', 'amount=500&currency=usd&colour=red');
  await call('GET', '/v1/payment_intents/pi_missing');
  await call('POST', `/v1/payment_intents/${paid.json.id}/capture`);
  await call('POST', '/v1/payment_intents', 'amount=500&currency=usd', { 'Idempotency-Key': 'spec-key' });
  await call('POST', '/v1/payment_intents', 'amount=501&currency=usd', { 'Idempotency-Key': 'spec-key' });
  await call('GET', '/v1/payment_intents', '', { Authorization: 'Bearer sk_test_wrongwrongwrong1234' });
  await call('GET', '/v1/refunds/re_missing');
  await call('GET', '/v1/payment_intents/search', `query=${encodeURIComponent('amount>>1')}`);

  // Events: the list and one event, and every event's object against its own schema, never expanded.
  const events = await call('GET', '/v1/events', 'limit=100');
  assert.ok(events.json.data.length > 10);
  await call('GET', `/v1/events/${events.json.data[0].id}`);
  let objects = 0;
  const kinds = new Set();
  for (const event of events.json.data) {
    const object = event.data.object;
    kinds.add(`${event.type}:${object.object}`);
    for (const field of ['latest_charge', 'payment_method', 'charge', 'payment_intent'])
      if (object[field] !== undefined && object[field] !== null)
        assert.equal(typeof object[field], 'string', `${event.type} carries ${field} expanded`);
    const errors = check.object(object);
    if (errors.length) failures.push(`event ${event.type} data.object (${object.object}): ${errors.slice(0, 6).join('; ')}`);
    ++objects;
  }

  const bodies = [...seen.values()].reduce((a, b) => a + b, 0);
  console.log(`responses checked against the spec: ${seen.size} route x status pairs, ${bodies} bodies; `
              + `${objects} event objects of ${kinds.size} type/object pairs`);
  for (const key of [...seen.keys()].sort()) console.log(`  ${key}  x${seen.get(key)}`);
  assert.deepEqual(failures, []);
});
