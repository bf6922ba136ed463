// How the two sides of an interop pairing find each other: neither side's timeouts may start while the other is still starting up.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { execute } from '../lib/execute.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

test('a server that waits 1 s for its client meets it although each side takes 1.5 s to load, in every pairing', async () => {
  const s = {
    id: 'test/slow-start.interop',
    kind: 'interop',
    family: { name: 'test' },
    node: path.join(FIXTURES, 'slow-start.interop.mjs'),
    py: path.join(FIXTURES, 'slow-start.interop.py'),
  };
  const rows = await execute(s);
  assert.equal(rows.length, 3);
  for (const row of rows) {
    assert.deepEqual([row.id, row.status, row.problems], [row.id, 'agree', []]);
    assert.deepEqual(row.steps.map((st) => st.label ?? st[0]).length, 2);
  }
});
