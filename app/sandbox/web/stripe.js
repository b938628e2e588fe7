/* Holdfast sandbox stand-in for Stripe.js v3: Stripe(pk), elements({clientSecret}), the Payment
 * Element (Amazon Pay and card), confirmPayment and retrievePaymentIntent, talking to the sandbox
 * that served this script. Only the parts of the real API that Holdfast's checkout page uses. */
(function () {
  'use strict';
  var script = document.currentScript;
  var ORIGIN = script && script.src ? new URL(script.src).origin : window.location.origin;
  var LABELS = { amazon_pay: 'Amazon Pay', card: 'Card' };

  function encode(params, prefix, out) {
    out = out || [];
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      var name = prefix ? prefix + '[' + k + ']' : k;
      if (v === undefined || v === null) return;
      if (typeof v === 'object') encode(v, name, out);
      else out.push(encodeURIComponent(name) + '=' + encodeURIComponent(String(v)));
    });
    return out.join('&');
  }

  function api(method, path, params) {
    var body = encode(params);
    var url = ORIGIN + path + (method === 'GET' ? '?' + body : '');
    return fetch(url, {
      method: method,
      headers: method === 'GET' ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: method === 'GET' ? undefined : body
    }).then(function (r) { return r.json(); });
  }

  function intentId(clientSecret) {
    var i = String(clientSecret || '').indexOf('_secret_');
    return i > 0 ? clientSecret.slice(0, i) : null;
  }

  function integrationError(message) {
    return { type: 'invalid_request_error', code: 'integration_error', message: message };
  }

  function appendQuery(url, params) {
    var u = new URL(url, window.location.href);
    Object.keys(params).forEach(function (k) { u.searchParams.append(k, params[k]); });
    return u.toString();
  }

  function PaymentElement(elements, options) {
    this._elements = elements;
    this._options = options || {};
    this._handlers = {};
    this._root = null;
    this._types = [];
  }
  PaymentElement.prototype.on = function (event, handler) {
    (this._handlers[event] = this._handlers[event] || []).push(handler);
    return this;
  };
  PaymentElement.prototype._emit = function (event, payload) {
    (this._handlers[event] || []).forEach(function (h) { try { h(payload); } catch (e) { console.error(e); } });
  };
  PaymentElement.prototype.selectedType = function () {
    var checked = this._root && this._root.querySelector('input[name="hf-payment-method"]:checked');
    return checked ? checked.value : null;
  };
  PaymentElement.prototype._card = function () {
    var q = this._root.querySelector.bind(this._root);
    var expiry = (q('#hf-card-expiry').value || '').split('/');
    return {
      number: (q('#hf-card-number').value || '').replace(/\s+/g, ''),
      exp_month: (expiry[0] || '').trim(),
      exp_year: (function (y) { y = (y || '').trim(); return y.length === 2 ? '20' + y : y; })(expiry[1]),
      cvc: (q('#hf-card-cvc').value || '').trim()
    };
  };
  PaymentElement.prototype._validate = function () {
    var type = this.selectedType();
    if (!type) return integrationError('Choose a payment method.');
    if (type === 'card') {
      var c = this._card();
      if (!/^\d{12,19}$/.test(c.number)) return { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' };
      if (!/^\d{1,2}$/.test(c.exp_month) || !/^\d{4}$/.test(c.exp_year)) return { type: 'validation_error', code: 'incomplete_expiry', message: "Your card's expiration date is incomplete." };
      if (!/^\d{3,4}$/.test(c.cvc)) return { type: 'validation_error', code: 'incomplete_cvc', message: "Your card's security code is incomplete." };
    }
    return null;
  };
  PaymentElement.prototype._showError = function (message) {
    var box = this._root && this._root.querySelector('#hf-error');
    if (box) box.textContent = message || '';
  };
  PaymentElement.prototype._render = function () {
    var self = this;
    // Appearance and locale as Stripe's element takes them: the "night" theme is dark, and the
    // element says which language it was asked for.
    var appearance = this._elements._appearance || {};
    var night = appearance.theme === 'night';
    var html = '<div class="hf-payment-element" data-theme="' + (night ? 'night' : 'stripe') + '" lang="' +
      String(this._elements._locale || 'auto').replace(/[^A-Za-z-]/g, '') + '" style="padding:8px;' +
      (night ? 'background:#30313d;color:#e6e6e6' : 'background:#ffffff;color:#30313d') + '">';
    this._types.forEach(function (t, i) {
      html += '<label class="hf-choice" for="hf-pm-' + t + '"><input type="radio" name="hf-payment-method" id="hf-pm-' + t +
        '" value="' + t + '"' + (i === 0 ? ' checked' : '') + '> ' + (LABELS[t] || t) + '</label>';
      if (t === 'card') {
        html += '<div id="hf-card-form" class="hf-card-form">' +
          '<input id="hf-card-number" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234">' +
          '<input id="hf-card-expiry" autocomplete="cc-exp" placeholder="MM / YY">' +
          '<input id="hf-card-cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC"></div>';
      }
    });
    html += '<div id="hf-error" role="alert" class="hf-error"></div></div>';
    this._root.innerHTML = html;
    var emitChange = function () {
      var type = self.selectedType();
      var cardForm = self._root.querySelector('#hf-card-form');
      if (cardForm) cardForm.style.display = type === 'card' ? '' : 'none';
      self._emit('change', { elementType: 'payment', complete: !self._validate(), empty: false, collapsed: false,
        value: { type: type } });
    };
    this._root.addEventListener('change', emitChange);
    this._root.addEventListener('input', emitChange);
    emitChange();
  };
  PaymentElement.prototype.mount = function (target) {
    var self = this;
    var node = typeof target === 'string' ? document.querySelector(target) : target;
    if (!node) throw new Error('Payment Element: mount target not found: ' + target);
    this._root = node;
    this._elements._stripe.retrievePaymentIntent(this._elements._clientSecret).then(function (result) {
      if (result.error) {
        node.textContent = result.error.message;
        self._emit('loaderror', { elementType: 'payment', error: result.error });
        return;
      }
      self._types = result.paymentIntent.payment_method_types || [];
      self._render();
      self._emit('ready', { elementType: 'payment' });
    });
    return this;
  };
  PaymentElement.prototype.unmount = function () { if (this._root) this._root.innerHTML = ''; };
  PaymentElement.prototype.destroy = PaymentElement.prototype.unmount;
  PaymentElement.prototype.update = function () {};
  PaymentElement.prototype.focus = function () {};

  function Elements(stripe, options) {
    this._stripe = stripe;
    this._clientSecret = options && options.clientSecret;
    this._appearance = options && options.appearance;
    this._locale = options && options.locale;
    this._payment = null;
  }
  Elements.prototype.create = function (type, options) {
    if (type !== 'payment') throw new Error('The Holdfast sandbox only provides the "payment" element.');
    this._payment = new PaymentElement(this, options);
    return this._payment;
  };
  Elements.prototype.getElement = function (type) { return type === 'payment' ? this._payment : null; };
  Elements.prototype.submit = function () {
    var error = this._payment ? this._payment._validate() : integrationError('No Payment Element mounted.');
    if (error && this._payment) this._payment._showError(error.message);
    return Promise.resolve(error ? { error: error } : {});
  };
  Elements.prototype.update = function () {};

  function Stripe(publishableKey, options) {
    if (!(this instanceof Stripe)) return new Stripe(publishableKey, options);
    if (!/^pk_(test|live)_/.test(String(publishableKey))) throw new Error('Invalid publishable key: ' + publishableKey);
    this._key = publishableKey;
  }
  Stripe.prototype.elements = function (options) { return new Elements(this, options || {}); };
  Stripe.prototype.retrievePaymentIntent = function (clientSecret) {
    var id = intentId(clientSecret);
    if (!id) return Promise.resolve({ error: integrationError('Invalid client secret.') });
    return api('GET', '/v1/payment_intents/' + id, { key: this._key, client_secret: clientSecret })
      .then(function (body) { return body.error ? { error: body.error } : { paymentIntent: body }; })
      .catch(function (e) { return { error: { type: 'api_connection_error', message: String(e) } }; });
  };
  Stripe.prototype.confirmPayment = function (options) {
    options = options || {};
    var elements = options.elements;
    var clientSecret = options.clientSecret || (elements && elements._clientSecret);
    var confirmParams = options.confirmParams || {};
    var redirect = options.redirect || 'always';
    var element = elements && elements._payment;
    if (!element) return Promise.resolve({ error: integrationError('confirmPayment needs elements with a mounted Payment Element.') });
    var invalid = element._validate();
    if (invalid) { element._showError(invalid.message); return Promise.resolve({ error: invalid }); }
    var type = element.selectedType();
    if ((redirect === 'always' || type === 'amazon_pay') && !confirmParams.return_url) {
      return Promise.resolve({ error: integrationError('stripe.confirmPayment(): the `confirmParams.return_url` argument is required.') });
    }
    var params = { key: this._key, client_secret: clientSecret, payment_method_data: { type: type } };
    if (type === 'card') params.payment_method_data.card = element._card();
    if (confirmParams.return_url) params.return_url = confirmParams.return_url;
    return api('POST', '/v1/payment_intents/' + intentId(clientSecret) + '/confirm', params).then(function (body) {
      if (body.error) { element._showError(body.error.message); return { error: body.error }; }
      var next = body.next_action;
      if (next && next.type === 'redirect_to_url') {
        window.location.assign(next.redirect_to_url.url);
        return new Promise(function () {}); // the page is going away, as with the real Stripe.js
      }
      if (redirect === 'if_required') return { paymentIntent: body };
      window.location.assign(appendQuery(confirmParams.return_url, {
        payment_intent: body.id, payment_intent_client_secret: clientSecret,
        redirect_status: body.status === 'succeeded' || body.status === 'requires_capture' ? 'succeeded' : 'failed'
      }));
      return new Promise(function () {});
    }).catch(function (e) { return { error: { type: 'api_connection_error', message: String(e) } }; });
  };
  window.Stripe = Stripe;
})();
