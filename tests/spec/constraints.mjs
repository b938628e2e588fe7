// The parameter rules of Stripe's description for the routes the sandbox serves, written out as the
// sandbox reads them (app/sandbox/spec/constraints.json): per "METHOD template", the required
// parameters and, per parameter, its type, enum values and maximum length, one level down into
// objects. The sandbox refuses what breaks them as Stripe does; constraints.test.mjs keeps the
// file equal to what this script makes from the pinned spec.
//   node tests/spec/constraints.mjs > app/sandbox/spec/constraints.json
import { spec, ACCEPTED_ADDITIONS } from './stripespec.mjs';

export const ROUTES = [
  'POST /v1/payment_intents',
  'POST /v1/payment_intents/{intent}',
  'POST /v1/payment_intents/{intent}/confirm',
  'POST /v1/payment_intents/{intent}/capture',
  'POST /v1/payment_intents/{intent}/cancel',
  'GET /v1/payment_intents',
  'GET /v1/payment_intents/search',
  'POST /v1/refunds',
  'POST /v1/refunds/{refund}',
  'GET /v1/refunds',
  'GET /v1/charges',
  'GET /v1/disputes',
  'GET /v1/events',
  'POST /v1/webhook_endpoints',
  'POST /v1/webhook_endpoints/{webhook_endpoint}',
  'GET /v1/webhook_endpoints',
];

function rule(schema) {
  const out = {};
  if (schema.anyOf) {
    out.type = 'any'; // Stripe's "a value or the empty string to unset" and the like
    return out;
  }
  out.type = schema.type || 'any';
  if (Array.isArray(schema.enum)) out.enum = schema.enum;
  if (schema.maxLength) out.maxLength = schema.maxLength;
  return out;
}

export function constraints() {
  const out = {};
  for (const route of ROUTES) {
    const [method, template] = route.split(' ');
    const operation = spec.paths[template][method.toLowerCase()];
    let properties = {};
    let required = [];
    if (method === 'GET') {
      for (const p of operation.parameters || []) {
        if (p.in !== 'query') continue;
        properties[p.name] = p.schema || {};
        if (p.required) required.push(p.name);
      }
    } else {
      const schema = operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema || {};
      properties = schema.properties || {};
      required = schema.required || [];
    }
    const params = {};
    for (const name of Object.keys(properties).sort()) {
      const schema = properties[name];
      const r = rule(schema);
      if (r.type === 'object' && schema.properties) {
        r.properties = {};
        for (const child of Object.keys(schema.properties).sort()) r.properties[child] = rule(schema.properties[child]);
      }
      params[name] = r;
    }
    out[route] = { required, params };
  }
  // What Holdfast relies on beyond this spec, each named with its source in ACCEPTED_ADDITIONS.
  for (const addition of ACCEPTED_ADDITIONS)
    for (const r of addition.rules || []) {
      const param = out[r.route].params[r.param];
      const target = r.child ? param.properties : out[r.route].params;
      const name = r.child || r.param;
      if (r.rule) target[name] = r.rule;
      if (r.enumAdd) target[name].enum = [...new Set([...target[name].enum, ...r.enumAdd])].sort();
    }
  return { spec: spec.info.version, routes: out };
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(JSON.stringify(constraints(), null, 1) + '\n');
