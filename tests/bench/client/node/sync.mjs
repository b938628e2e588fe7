// The official Stripe Node SDK walking every PaymentIntent of a holdfast-sandbox with
// autoPagingEach - the reference the Holdfast client's sync is measured against.
// Usage: STRIPE_KEY=sk_test_… node sync.mjs <base-url>  → one JSON line: objects, seconds, peak RSS.
// (The key comes from the environment so it never shows in a process list.)
import Stripe from 'stripe';

const baseUrl = process.argv[2];
const key = process.env.STRIPE_KEY;
if (!baseUrl || !key) {
    console.error('usage: STRIPE_KEY=sk_test_… node sync.mjs <base-url>');
    process.exit(2);
}
const url = new URL(baseUrl);
const stripe = new Stripe(key, {
    host: url.hostname,
    port: Number(url.port),
    protocol: url.protocol.replace(':', ''),
    maxNetworkRetries: 2,
    telemetry: false,
});

const started = process.hrtime.bigint();
const seen = new Set();
let objects = 0;
await stripe.paymentIntents.list({ limit: 100 }).autoPagingEach((pi) => {
    objects += 1;
    seen.add(pi.id);
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({
    client: 'stripe-node ' + Stripe.PACKAGE_VERSION,
    objects,
    unique: seen.size,
    seconds,
    peak_rss_kb: process.resourceUsage().maxRSS,
}));
