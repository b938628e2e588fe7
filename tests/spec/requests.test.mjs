// Every request Holdfast's own Stripe client sent while the client, checkout, gui and acceptance
// tests ran (each sandbox recorded them: HOLDFAST_SANDBOX_RECORD), held to Stripe's description: the
// route exists, every parameter is one the spec knows at its depth, every value has the type, enum
// value and length the spec allows. What Holdfast relies on beyond this spec is in
// ACCEPTED_ADDITIONS and nothing else passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { jsonSchemaOf, spec, templateFor } from './stripespec.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');

// The spec with the accepted additions, for requests: Stripe.js's card fields, refund.failed.
function requestSpec() {
  const copy = structuredClone(spec);
  const form = (route) => {
    const [method, template] = route.split(' ');
    return copy.paths[template][method.toLowerCase()].requestBody.content['application/x-www-form-urlencoded'].schema;
  };
  for (const route of ['POST /v1/payment_intents', 'POST /v1/payment_intents/{intent}', 'POST /v1/payment_intents/{intent}/confirm']) {
    const data = form(route).properties.payment_method_data;
    data.properties.card = { type: 'object' };
    data.properties.type.enum = [...data.properties.type.enum, 'card'];
  }
  for (const route of ['POST /v1/webhook_endpoints', 'POST /v1/webhook_endpoints/{webhook_endpoint}'])
    form(route).properties.enabled_events.items.enum.push('refund.failed');
  return copy;
}

test('every request Holdfast sent is one Stripe describes', () => {
  const folder = process.env.HOLDFAST_SANDBOX_RECORD || '';
  const read = (name) => (existsSync(join(folder, name)) ? readFileSync(join(folder, name), 'utf8').split('\n').filter(Boolean) : []);
  const sandboxes = read('sandboxes.log').length;
  const lines = read('requests.jsonl').map((l) => JSON.parse(l));
  // A run in which no sandbox started (a test that never reaches one, run alone) had nothing to
  // record; a run with sandboxes must have recorded Holdfast's requests.
  console.log(`sandboxes that ran: ${sandboxes}`);
  if (sandboxes === 0) return;
  // Form values arrive as strings: coerce them as Stripe does ("500" is an integer, "true" a boolean).
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, coerceTypes: 'array' });
  const doc = requestSpec();
  ajv.addSchema({ ...jsonSchemaOf(doc), $id: 'request' });
  const failures = [];
  const routes = new Map();
  const queryValidators = new Map();
  const escape = (t) => encodeURIComponent(String(t).replace(/~/g, '~0').replace(/\//g, '~1'));
  for (const r of lines) {
    const template = templateFor(r.path);
    const operation = template && doc.paths[template][r.method.toLowerCase()];
    const key = `${r.method} ${template || r.path}`;
    routes.set(key, (routes.get(key) || 0) + 1);
    if (!operation) {
      failures.push(`${key}: no such operation in the spec`);
      continue;
    }
    const params = structuredClone(r.params);
    if (r.method === 'GET' || r.method === 'DELETE') {
      const known = new Map((operation.parameters || []).filter((p) => p.in === 'query').map((p) => [p.name, p]));
      for (const [name, value] of Object.entries(params)) {
        const p = known.get(name);
        if (!p) {
          failures.push(`${key}: unknown parameter ${name}`);
          continue;
        }
        // A query value is checked inside a holder object so that coercion ("100" → 100) applies.
        const cacheKey = `${key} ${name}`;
        if (!queryValidators.has(cacheKey))
          queryValidators.set(cacheKey, ajv.compile({ type: 'object', properties: { value: jsonSchemaOf(p.schema || {}) } }));
        const check = queryValidators.get(cacheKey);
        if (!check({ value }))
          failures.push(`${key}: ${name}=${JSON.stringify(value)} ${ajv.errorsText(check.errors)}`);
      }
      continue;
    }
    const validate = ajv.getSchema(`request#/paths/${escape(template)}/${r.method.toLowerCase()}/requestBody/content/application~1x-www-form-urlencoded/schema`);
    if (!validate(params))
      failures.push(`${key}: ${validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('; ')}`);
  }
  console.log(`client requests checked against the spec: ${lines.length} on ${routes.size} routes`);
  for (const k of [...routes.keys()].sort()) console.log(`  ${k}  x${routes.get(k)}`);
  assert.ok(lines.length > 0);
  assert.deepEqual([...new Set(failures)], []);
});
