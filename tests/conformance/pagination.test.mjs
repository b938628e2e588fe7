// Auto-pagination over lists and search, as the SDK's iterators do it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox } from './sandbox.mjs';

let sandbox;
before(async () => { sandbox = await startSandbox(); });
after(async () => { await sandbox.stop(); });

test('autoPagingEach visits 250 PaymentIntents once, newest first', async () => {
  const { stripe } = sandbox;
  const created = [];
  for (let i = 0; i < 250; i++) {
    created.push((await stripe.paymentIntents.create({ amount: 500 + i, currency: 'usd',
      metadata: { batch: i % 2 ? 'odd' : 'even' } })).id);
  }
  const seen = [];
  await stripe.paymentIntents.list({ limit: 100 }).autoPagingEach((pi) => { seen.push(pi.id); });
  assert.equal(seen.length, 250);
  assert.equal(new Set(seen).size, 250);
  assert.deepEqual(seen, created.slice().reverse());

  const odd = await stripe.paymentIntents.search({ query: 'metadata["batch"]:"odd" AND amount>600', limit: 20 })
    .autoPagingToArray({ limit: 1000 });
  assert.equal(odd.length, created.filter((_, i) => i % 2 && 500 + i > 600).length);
});
