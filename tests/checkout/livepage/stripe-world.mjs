// Stripe's, Amazon's and a card issuer's hosts, served locally for the live checkout page test: an
// HTTP proxy (Chromium is started with --proxy-server pointing here) that sends every HTTPS
// connection to one TLS server, which answers by host name with stand-ins that behave as Stripe
// does at the boundary the page's policy governs: Stripe.js from js.stripe.com pulling a script from
// *.js.stripe.com, frames from js.stripe.com and *.js.stripe.com, the API at api.stripe.com, a 3-D
// Secure challenge framed by hooks.stripe.com from the issuer's own host, and Amazon Pay as a
// top-level redirect and back to the return URL.
//   node stripe-world.mjs CERT_DIR      (prints "proxy PORT"; GET /_control/... on that port)
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const certs = process.argv[2];
let outcome = 'card';   // what the next confirmation does: card, card3ds, amazon
const seen = [];        // "host path" of every request, for the test to read

const page = (res, html, extra = {}) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...extra });
  res.end(`<!doctype html><meta charset="utf-8">${html}`);
};
const json = (res, body) => {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
  res.end(JSON.stringify(body));
};

const STRIPE_JS = `(function () {
  'use strict';
  function Stripe(key) { if (!(this instanceof Stripe)) return new Stripe(key); this.key = key; }
  function Elements(stripe, options) { this.stripe = stripe; this.options = options; }
  Elements.prototype.create = function () { this.element = new PaymentElement(this); return this.element; };
  Elements.prototype.submit = function () { return Promise.resolve({}); };
  function PaymentElement(elements) { this.elements = elements; this.handlers = {}; }
  PaymentElement.prototype.on = function (name, fn) { this.handlers[name] = fn; };
  PaymentElement.prototype.mount = function (selector) {
    var o = this.elements.options, self = this;
    var shared = document.createElement('script');   // Stripe.js loads more of itself
    shared.src = 'https://b.js.stripe.com/v3/shared.js';
    document.head.appendChild(shared);
    var controller = document.createElement('iframe'); // the hidden controller frame
    controller.src = 'https://m-outer-3437aaddcdf6922d623e172c2d6f9278.js.stripe.com/';
    controller.style.display = 'none';
    document.body.appendChild(controller);
    var frame = document.createElement('iframe');      // the element itself
    frame.name = '__privateStripeFrame1';
    frame.src = 'https://js.stripe.com/v3/elements-inner.html?locale=' + encodeURIComponent(o.locale || '') +
      '&theme=' + encodeURIComponent((o.appearance && o.appearance.theme) || '');
    frame.style.cssText = 'width:100%;height:120px;border:0';
    frame.addEventListener('load', function () {
      fetch('https://api.stripe.com/v1/elements/sessions?key=' + encodeURIComponent(self.elements.stripe.key))
        .then(function () { if (self.handlers.ready) self.handlers.ready({}); });
    });
    document.querySelector(selector).appendChild(frame);
  };
  Stripe.prototype.elements = function (options) { return new Elements(this, options || {}); };
  Stripe.prototype.confirmPayment = function (options) {
    var secret = options.elements.options.clientSecret, pi = secret.split('_secret_')[0];
    var back = function (status) {
      var url = new URL(options.confirmParams.return_url);
      url.searchParams.set('payment_intent', pi);
      url.searchParams.set('payment_intent_client_secret', secret);
      url.searchParams.set('redirect_status', status);
      window.location.href = url.toString();
    };
    var read = function () {
      return fetch('https://api.stripe.com/v1/payment_intents/' + pi + '?client_secret=' + encodeURIComponent(secret))
        .then(function (r) { return r.json(); });
    };
    return fetch('https://api.stripe.com/v1/payment_intents/' + pi + '/confirm', {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'client_secret=' + encodeURIComponent(secret) + '&return_url=' + encodeURIComponent(options.confirmParams.return_url)
    }).then(function (r) { return r.json(); }).then(function (p) {
      var next = p.next_action || {};
      if (p.status === 'succeeded') { back('succeeded'); return new Promise(function () {}); }
      if (next.type === 'redirect_to_url') { window.location.href = next.redirect_to_url.url; return new Promise(function () {}); }
      if (next.type === 'use_stripe_sdk') {
        return new Promise(function () {
          window.addEventListener('message', function (e) {
            if (e.origin === 'https://hooks.stripe.com' && e.data === 'three-d-secure-done')
              read().then(function (q) { back(q.status); });
          });
          var challenge = document.createElement('iframe');
          challenge.src = 'https://hooks.stripe.com/3d_secure_2/hosted?payment_intent=' + pi;
          challenge.style.cssText = 'width:100%;height:260px;border:0';
          document.body.appendChild(challenge);
        });
      }
      return { error: { message: 'Your card was declined.', code: 'card_declined' } };
    });
  };
  window.Stripe = Stripe;
})();`;

function answer(req, res) {
  const host = (req.headers.host || '').split(':')[0];
  const url = new URL(req.url, `https://${host}`);
  seen.push(`${host} ${url.pathname}${host === 'js.stripe.com' && url.pathname.endsWith('elements-inner.html') ? url.search : ''}`);
  if (host === 'js.stripe.com' && url.pathname === '/v3/') {
    res.writeHead(200, { 'Content-Type': 'application/javascript' });
    return res.end(STRIPE_JS);
  }
  if (host === 'b.js.stripe.com') {
    res.writeHead(200, { 'Content-Type': 'application/javascript' });
    return res.end('window.__stripeShared = true;');
  }
  if (host.endsWith('.js.stripe.com')) return page(res, '<title>controller</title>');
  if (host === 'js.stripe.com' && url.pathname === '/v3/elements-inner.html') {
    const night = url.searchParams.get('theme') === 'night';
    const locale = (url.searchParams.get('locale') || 'auto').replace(/[^A-Za-z-]/g, '');
    return page(res, `<html lang="${locale}"><body style="margin:0;height:120px;background:${night ? '#30313d' : '#ffffff'};` +
      `color:${night ? '#e6e6e6' : '#30313d'}">Card · ${locale}</body></html>`);
  }
  if (host === 'api.stripe.com') {
    const pi = url.pathname.split('/')[3];
    if (url.pathname.endsWith('/confirm')) {
      if (outcome === 'amazon')
        return json(res, { id: pi, object: 'payment_intent', status: 'requires_action',
          next_action: { type: 'redirect_to_url', redirect_to_url: {
            url: `https://payments.amazon.de/checkout?pi=${pi}&return=${encodeURIComponent(`https://pay.amazon.com/return?pi=${pi}`)}` } } });
      if (outcome === 'card3ds')
        return json(res, { id: pi, object: 'payment_intent', status: 'requires_action', next_action: { type: 'use_stripe_sdk' } });
      return json(res, { id: pi, object: 'payment_intent', status: 'succeeded' });
    }
    return json(res, { id: pi, object: url.pathname.includes('sessions') ? 'elements_session' : 'payment_intent', status: 'succeeded' });
  }
  if (host === 'hooks.stripe.com')
    return page(res, `<title>3-D Secure</title><iframe src="https://acs.issuer-bank.example/challenge" style="border:0;width:100%;height:240px"></iframe>
      <script>window.addEventListener('message', function (e) {
        if (e.origin === 'https://acs.issuer-bank.example' && e.data === 'challenge-passed') parent.postMessage('three-d-secure-done', '*');
      });</script>`);
  if (host === 'acs.issuer-bank.example')
    return page(res, `<title>Your bank</title><p>Approve the payment</p>
      <script>setTimeout(function () { parent.postMessage('challenge-passed', '*'); }, 150);</script>`);
  if (host === 'payments.amazon.de' || host === 'pay.amazon.com') {
    // Amazon's pages: sign in and approve, then back through Stripe to the shop's return URL.
    const back = `https://pay.shop.example/holdfast/checkout/return?payment_intent=${url.searchParams.get('pi')}` +
      `&payment_intent_client_secret=${url.searchParams.get('pi')}_secret_x&redirect_status=succeeded`;
    const next = host === 'payments.amazon.de' ? url.searchParams.get('return') : back;
    return page(res, `<title>Amazon Pay</title><script>setTimeout(function () { location.href = ${JSON.stringify(next)}; }, 100);</script>`);
  }
  res.writeHead(404);
  res.end();
}

const tls = https.createServer({ key: readFileSync(join(certs, 'server.key')), cert: readFileSync(join(certs, 'server.pem')) }, answer);
tls.listen(0, '127.0.0.1', () => {
  const proxy = http.createServer((req, res) => {
    // The test's controls, on the proxy's own address.
    const url = new URL(req.url, 'http://control');
    if (url.pathname === '/_control/outcome') { outcome = url.searchParams.get('is'); seen.length = 0; return json(res, { outcome }); }
    if (url.pathname === '/_control/seen') return json(res, seen);
    res.writeHead(404);
    res.end();
  });
  proxy.on('connect', (req, socket, head) => {
    const upstream = net.connect(tls.address().port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  proxy.listen(0, '127.0.0.1', () => console.log(`proxy ${proxy.address().port}`));
});
