// The sandbox refuses what Stripe's description refuses, as Stripe refuses it: a table of bad
// requests generated from the spec (not written by hand) for every route Holdfast uses. Each
// parameter the spec constrains (required, enum, maxLength, integer, boolean, nested objects) gets
// a value that breaks exactly that rule, and unknown parameters are sent at the top and one level
// down. Each answer must be 400 invalid_request_error naming the parameter in Stripe's bracket form.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox } from './sandbox.mjs';
import { spec } from './stripespec.mjs';

const sandbox = await startSandbox();
after(() => sandbox.stop());

const amazonHold = 'amount=6000&currency=usd&confirm=true&payment_method_types[]=amazon_pay'
  + '&payment_method_data[type]=amazon_pay&capture_method=manual'
  + `&return_url=${encodeURIComponent('https://shop.example/return')}`;
const cardPaid = 'amount=2500&currency=usd&confirm=true&payment_method_types[]=card&payment_method_data[type]=card'
  + '&payment_method_data[card][number]=4242424242424242&payment_method_data[card][exp_month]=12'
  + '&payment_method_data[card][exp_year]=2034';

// Parameters of an operation: the form body's properties (POST) or the query parameters (GET).
function parametersOf(method, template) {
  const operation = spec.paths[template][method.toLowerCase()];
  if (method === 'GET') {
    const properties = {};
    const required = [];
    for (const p of operation.parameters || []) {
      if (p.in !== 'query') continue;
      properties[p.name] = p.schema || {};
      if (p.required) required.push(p.name);
    }
    return { properties, required };
  }
  const schema = operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema || {};
  return { properties: schema.properties || {}, required: schema.required || [] };
}

// The bad values one schema allows us to make, each with the rule it breaks.
function badValues(name, schema) {
  const cases = [];
  if (schema.type === 'string' && Array.isArray(schema.enum))
    cases.push({ rule: 'enum', param: name, value: 'holdfast_not_a_value' });
  else if (schema.type === 'string' && schema.maxLength && schema.maxLength <= 5000)
    cases.push({ rule: 'maxLength', param: name, value: 'x'.repeat(schema.maxLength + 1) });
  if (schema.type === 'integer')
    cases.push({ rule: 'integer', param: name, value: '12x' });
  if (schema.type === 'boolean')
    cases.push({ rule: 'boolean', param: name, value: 'maybe' });
  return cases;
}

function casesFor(method, template) {
  const { properties, required } = parametersOf(method, template);
  const cases = [];
  for (const [name, schema] of Object.entries(properties)) {
    if (name === 'expand') continue; // expansion paths are checked by the response validation
    cases.push(...badValues(name, schema));
    if (schema.type === 'object' && schema.properties) {
      // One level down: an unknown key, and each nested rule (payment_method_data[type] …).
      cases.push({ rule: 'unknown', param: `${name}[holdfast_unknown]`, value: '1' });
      for (const [child, childSchema] of Object.entries(schema.properties))
        for (const c of badValues(`${name}[${child}]`, childSchema)) cases.push(c);
    }
    if (required.includes(name)) cases.push({ rule: 'required', param: name, omit: true });
  }
  cases.push({ rule: 'unknown', param: 'holdfast_unknown', value: '1' });
  return cases;
}

function form(base, c) {
  const params = new URLSearchParams(base);
  // The parameter itself and any bracketed form of it (enabled_events[]…).
  for (const key of [...params.keys()])
    if (key === c.param || key.startsWith(`${c.param}[`)) params.delete(key);
  // A nested bad value keeps the parent's other valid keys (payment_method_data[type]=card…).
  if (!c.omit) params.append(c.param, c.value);
  return params.toString().replace(/%5B/g, '[').replace(/%5D/g, ']');
}

test('every rule the spec sets on Holdfast\'s routes is refused the way Stripe refuses it', async () => {
  const open = (await sandbox.call('POST', '/v1/payment_intents', 'amount=500&currency=usd')).json;
  const paid = (await sandbox.call('POST', '/v1/payment_intents', cardPaid)).json;
  const refund = (await sandbox.call('POST', '/v1/refunds', `payment_intent=${paid.id}&amount=100`)).json;
  const hold = async () => {
    const pi = (await sandbox.call('POST', '/v1/payment_intents', amazonHold)).json;
    await sandbox.control(`/_sandbox/amazon_pay/${pi.id}/authorize`);
    return pi.id;
  };
  const routes = [
    ['POST', '/v1/payment_intents', () => '/v1/payment_intents', 'amount=500&currency=usd'],
    ['POST', '/v1/payment_intents/{intent}', () => `/v1/payment_intents/${open.id}`, ''],
    ['POST', '/v1/payment_intents/{intent}/confirm', () => `/v1/payment_intents/${open.id}/confirm`, ''],
    ['POST', '/v1/payment_intents/{intent}/capture', async () => `/v1/payment_intents/${await hold()}/capture`, ''],
    ['POST', '/v1/payment_intents/{intent}/cancel', async () => `/v1/payment_intents/${await hold()}/cancel`, ''],
    ['POST', '/v1/refunds', () => '/v1/refunds', `payment_intent=${paid.id}&amount=100`],
    ['POST', '/v1/refunds/{refund}', () => `/v1/refunds/${refund.id}`, ''],
    ['POST', '/v1/webhook_endpoints', () => '/v1/webhook_endpoints',
      `url=${encodeURIComponent('https://shop.example/hooks')}&enabled_events[]=payment_intent.succeeded`],
    ['GET', '/v1/payment_intents', () => '/v1/payment_intents', ''],
    ['GET', '/v1/payment_intents/search', () => '/v1/payment_intents/search', `query=${encodeURIComponent("status:'succeeded'")}`],
    ['GET', '/v1/refunds', () => '/v1/refunds', ''],
    ['GET', '/v1/charges', () => '/v1/charges', ''],
    ['GET', '/v1/disputes', () => '/v1/disputes', ''],
    ['GET', '/v1/events', () => '/v1/events', ''],
    ['GET', '/v1/webhook_endpoints', () => '/v1/webhook_endpoints', ''],
  ];
  const failures = [];
  const byRule = {};
  let checked = 0;
  for (const [method, template, pathOf, base] of routes) {
    for (const c of casesFor(method, template)) {
      const path = await pathOf();
      const reply = await sandbox.call(method, path, form(base, c));
      const error = reply.json.error || {};
      ++checked;
      byRule[c.rule] = (byRule[c.rule] || 0) + 1;
      // The parameter named is the one broken, or (for a parameter the sandbox does not take at
      // all) the outermost unknown part of it, as Stripe names an unknown parameter.
      const named = error.param === c.param
        || (error.code === 'parameter_unknown' && c.param.startsWith(`${error.param}[`));
      const codeRight = c.rule === 'required' ? error.code === 'parameter_missing'
        : c.rule === 'unknown' ? error.code === 'parameter_unknown'
        : c.rule === 'integer' ? ['parameter_invalid_integer', 'parameter_unknown'].includes(error.code)
        : true;
      if (reply.status !== 400 || error.type !== 'invalid_request_error' || !named || !codeRight)
        failures.push(`${method} ${template} ${c.rule} ${c.param}: ${reply.status} ${error.code} param=${error.param}`);
    }
  }
  console.log(`refusals checked against the spec: ${checked} (${Object.entries(byRule).map(([r, n]) => `${r} ${n}`).join(', ')}) `
              + `on ${routes.length} routes`);
  assert.deepEqual(failures, []);
});
