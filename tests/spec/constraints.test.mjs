// The rules the sandbox enforces are Stripe's, from the pinned spec, unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constraints } from './constraints.mjs';

test('app/sandbox/spec/constraints.json is what the pinned spec says', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const shipped = JSON.parse(readFileSync(join(here, '..', '..', 'app', 'sandbox', 'spec', 'constraints.json'), 'utf8'));
  assert.deepEqual(shipped, constraints(),
    'regenerate with: node tests/spec/constraints.mjs > app/sandbox/spec/constraints.json');
});
