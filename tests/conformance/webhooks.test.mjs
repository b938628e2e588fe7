// A real delivery from the sandbox passes the SDK's own signature check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startSandbox, Stripe } from './sandbox.mjs';

let sandbox;
before(async () => { sandbox = await startSandbox(); });
after(async () => { await sandbox.stop(); });

test('webhooks.constructEvent verifies a delivery signed by the sandbox', async () => {
  const { stripe } = sandbox;
  const received = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks), signature: req.headers['stripe-signature'] });
      res.writeHead(200).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const endpoint = await stripe.webhookEndpoints.create({
      url: `http://127.0.0.1:${server.address().port}/hook`, enabled_events: ['payment_intent.created'] });
    assert.match(endpoint.secret, /^whsec_/);
    const pi = await stripe.paymentIntents.create({ amount: 500, currency: 'usd' });
    const deadline = Date.now() + 5000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(received.length, 1);
    const event = stripe.webhooks.constructEvent(received[0].body, received[0].signature, endpoint.secret);
    assert.equal(event.type, 'payment_intent.created');
    assert.equal(event.data.object.id, pi.id);
    assert.throws(() => stripe.webhooks.constructEvent(received[0].body, received[0].signature, 'whsec_wrong'),
      Stripe.errors.StripeSignatureVerificationError);
    const listed = await stripe.webhookEndpoints.list();
    assert.equal(listed.data.length, 1);
    const deleted = await stripe.webhookEndpoints.del(endpoint.id);
    assert.equal(deleted.deleted, true);
  } finally {
    server.close();
  }
});
