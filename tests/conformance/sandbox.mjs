// Starts a real holdfast-sandbox on a free port and hands back an official Stripe SDK client for it.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSandbox } from '../support/sandboxprocess.mjs';

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, 'node_modules', 'stripe'))) {
  console.error('tests/conformance/node_modules is missing: run `npm ci --prefix tests/conformance` first.');
  process.exit(1);
}
const require = createRequire(import.meta.url);
export const Stripe = require('stripe');

export const SECRET_KEY = 'sk_test_holdfastsandbox0000000000000000';
export const PUBLISHABLE_KEY = 'pk_test_holdfastsandbox0000000000000000';

export async function startSandbox(extraArgs = []) {
  const { child, base, port, stop } = await spawnSandbox(extraArgs);
  const stripe = new Stripe(SECRET_KEY, { host: '127.0.0.1', port, protocol: 'http' });
  async function control(path, body = {}) {
    const response = await fetch(base + path, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }
  return { stripe, base, port, control, stop, child };
}

// The guide's server-side confirmation: create with confirm=true, Amazon Pay, manual capture.
export function createAmazonPayHold(stripe, amount = 6000, extra = {}) {
  return stripe.paymentIntents.create({
    amount, currency: 'usd', confirm: true, payment_method_types: ['amazon_pay'],
    payment_method_data: { type: 'amazon_pay' }, capture_method: 'manual',
    return_url: 'https://www.example.com/checkout/done?order=42', ...extra
  });
}
