// Objects made from Stripe's own schemas for the parsers Holdfast has (PaymentIntent, refund,
// dispute, event, list): every property present, once with every nullable field null and once with
// each filled, expandable fields as ids and expanded, a PaymentIntent in every status. Written as
// files for tst_specobjects to parse.
//   node tests/spec/fixtures.mjs OUTPUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spec } from './stripespec.mjs';

const schemas = spec.components.schemas;
const PREFIX = { payment_intent: 'pi', refund: 're', dispute: 'du', charge: 'ch' };
const resolve = (s) => (s && s.$ref ? schemas[s.$ref.split('/').pop()] : s);

// One instance of `schema`. nulls: nullable fields are null; expand: anyOf [id, object] as object.
function instance(schema, { nulls, expand }, depth = 0, name = '') {
  schema = resolve(schema);
  if (!schema) return null;
  if (nulls && schema.nullable) return null;
  if (schema.anyOf) {
    const options = schema.anyOf.map(resolve);
    const object = options.find((o) => o && (o.type === 'object' || o.properties));
    const scalar = options.find((o) => o && o.type && o.type !== 'object');
    const pick = expand && object && depth < 2 ? object : scalar || object || options[0];
    return instance(pick, { nulls, expand }, depth + 1, name);
  }
  switch (schema.type) {
  case 'string':
    if (Array.isArray(schema.enum)) return schema.enum[0];
    return name === 'currency' ? 'usd' : `${name || 'x'}_value`;
  case 'integer': return name === 'created' ? 1739990000 : 100;
  case 'number': return 1.5;
  case 'boolean': return false;
  case 'array': return depth < 3 && schema.items ? [instance(schema.items, { nulls, expand }, depth + 1, name)] : [];
  default: {
    if (!schema.properties) return {};
    if (depth > 3) return {};
    const out = {};
    for (const [key, child] of Object.entries(schema.properties)) out[key] = instance(child, { nulls, expand }, depth + 1, key);
    return out;
  }
  }
}

const out = process.argv[2];
if (!out) throw new Error('usage: node fixtures.mjs OUTPUT_DIR');
mkdirSync(out, { recursive: true });
let written = 0;
const write = (file, value) => { writeFileSync(join(out, file), JSON.stringify(value, null, 1)); ++written; };
for (const kind of ['payment_intent', 'refund', 'dispute', 'charge']) {
  for (const [variant, options] of [['nulls', { nulls: true, expand: false }], ['filled', { nulls: false, expand: false }],
                                    ['expanded', { nulls: false, expand: true }], ['expanded_nulls', { nulls: true, expand: true }]]) {
    const object = instance(schemas[kind], options);
    object.object = kind;
    object.id = `${PREFIX[kind]}_spec_${variant}`;
    write(`${kind}.${variant}.json`, object);
  }
}
for (const status of resolve(schemas.payment_intent).properties.status.enum) {
  const pi = instance(schemas.payment_intent, { nulls: true, expand: false });
  Object.assign(pi, { id: `pi_spec_${status}`, object: 'payment_intent', status });
  write(`payment_intent.status_${status}.json`, pi);
}
for (const kind of ['payment_intent', 'refund', 'dispute']) {
  const event = instance(schemas.event, { nulls: true, expand: false });
  const object = instance(schemas[kind], { nulls: true, expand: false });
  Object.assign(object, { id: `${PREFIX[kind]}_spec_event`, object: kind });
  Object.assign(event, { id: `evt_spec_${kind}`, object: 'event', type: `${kind}.spec`, data: { object, previous_attributes: null } });
  write(`event.${kind}.json`, event);
}
console.log(`spec fixtures: ${written} objects in ${out}`);
