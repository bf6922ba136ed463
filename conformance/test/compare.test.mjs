// The runner's own logic: how two results are judged, how marks apply, how data scenarios expand.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { compareErrors, compareSteps, compareValues, markFor } from '../lib/compare.mjs';
import { familyOf } from '../lib/constant-families.mjs';
import { value } from '../lib/node/normalise.mjs';
import { expandData } from '../lib/scenarios.mjs';

const os = (cls, errno, text) => ({ cls, os: true, errno, strerror: errno === null ? null : text, ...(errno === null ? { msg: text } : {}) });
const plain = (cls, msg, code) => ({ cls, os: false, msg, ...(code ? { code } : {}) });

test('OSErrors agree on class, errno and text, and on nothing less', () => {
  assert.deepEqual(compareErrors(os('OSError', 9, 'Bad file descriptor'), os('OSError', 9, 'Bad file descriptor')), ['agree']);
  assert.deepEqual(compareErrors(os('OSError', 9, 'Bad file descriptor'), os('OSError', 22, 'Invalid argument')), ['differ']);
  assert.deepEqual(compareErrors(os('OSError', 108, 'x'), os('BrokenPipeError', 108, 'x')), ['differ']);
  assert.deepEqual(compareErrors(os('OSError', null, 'AF_UNIX path too long'), os('OSError', null, 'AF_UNIX path too long')), ['agree']);
  assert.deepEqual(compareErrors(os('OSError', null, 'AF_UNIX path too long'), os('OSError', null, 'path too long')), ['differ']);
});

test('argument errors map only as intended.mjs lists them', () => {
  assert.deepEqual(compareErrors(plain('ValueError', 'x'), plain('RangeError', 'y', 'ERR_OUT_OF_RANGE')), ['mapped', 'range']);
  assert.deepEqual(compareErrors(plain('TypeError', 'x'), plain('TypeError', 'y', 'ERR_INVALID_ARG_TYPE')), ['mapped', 'arg-type']);
  assert.deepEqual(compareErrors(plain('TypeError', 'x'), plain('TypeError', 'y')), ['differ'], 'an uncoded TypeError is a crash, not a mapping');
  assert.deepEqual(compareErrors(plain('ValueError', 'x'), plain('RangeError', 'y')), ['differ']);
  assert.deepEqual(compareErrors(plain('TypeError', 'x'), plain('RangeError', 'It must be an integer. Received 1.5', 'ERR_OUT_OF_RANGE')), ['mapped', 'fraction']);
  assert.deepEqual(compareErrors(plain('TypeError', 'x'), plain('RangeError', 'It must be >= 0. Received -1', 'ERR_OUT_OF_RANGE')), ['differ']);
  assert.deepEqual(compareErrors(os('OSError', 9, 'x'), plain('RangeError', 'y', 'ERR_OUT_OF_RANGE')), ['differ']);
});

test('an ExceptionGroup maps to an AggregateError only when the errors inside agree', () => {
  const refused = os('ConnectionRefusedError', 111, 'Connection refused');
  const group = (cls, errors) => ({ ...plain(cls, 'create_connection failed'), errors });
  assert.deepEqual(compareErrors(group('ExceptionGroup', [refused]), group('AggregateError', [refused])), ['mapped', 'exception-group']);
  assert.deepEqual(compareErrors(group('ExceptionGroup', [refused]), group('AggregateError', [])), ['differ']);
});

test('values compare as JSON, whatever the key order', () => {
  assert.deepEqual(compareValues({ a: 1, b: [1, { $bytes: '00' }] }, { b: [1, { $bytes: '00' }], a: 1 }), ['agree']);
  assert.deepEqual(compareValues([1, 2], [2, 1]), ['differ']);
  assert.deepEqual(compareValues(null, { $error: plain('Error', 'x') }), ['differ']);
});

test('marks: exact, base label for the async form, prefix, python version', () => {
  const marks = { a: 'why a', 'O_NONBLOCK:*': '@o-nonblock', old: { python: '<3.12', reason: 'gone in 3.12' } };
  assert.equal(markFor(marks, 'a', '3.11.7').reason, 'why a');
  assert.equal(markFor(marks, 'a', '3.11.7').exact, true);
  assert.equal(markFor(marks, 'a ~async', '3.11.7').exact, false);
  assert.match(markFor(marks, 'O_NONBLOCK: x', '3.11.7').reason, /O_NONBLOCK/);
  assert.equal(markFor(marks, 'old', '3.11.7').reason, 'gone in 3.12');
  assert.equal(markFor(marks, 'old', '3.12.1'), undefined);
  assert.equal(markFor(marks, 'b', '3.11.7'), undefined);
});

test('compareSteps pairs async steps with the Sync label and reports missing steps', () => {
  const py = { steps: [['x', 1], ['y', 2]] };
  const node = { steps: [['x', 1], ['x ~async', 3]] };
  const rows = compareSteps(py, node, { knownBugs: { 'x ~async': 'bug' } }, '3.11.7');
  assert.deepEqual(rows.map((r) => [r.label, r.status]), [['x', 'agree'], ['x ~async', 'bug'], ['y', 'differ']]);
});

test('the normaliser keeps big integers exact and bytes as hex', () => {
  assert.deepEqual(value(2n ** 64n), { $int: '18446744073709551616' });
  assert.equal(value(5n), 5);
  assert.deepEqual(value(new Int32Array([1])), { $bytes: '01000000' });
  assert.deepEqual(value(undefined), null);
  assert.deepEqual(value(Number.NaN), { $float: 'nan' });
});

test('data scenarios expand `each` into labelled cases and refuse duplicate labels', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sockconf-test-'));
  try {
    const f = path.join(dir, 'x.data.json');
    writeFileSync(f, JSON.stringify({ cases: [{ label: 'v4', call: 'inet_pton', args: [{ const: 'AF_INET' }, { each: ['1.2.3.4', '::1'] }] }] }));
    assert.deepEqual(expandData(f).cases.map((c) => c.label), ['v4: inet_pton(AF_INET, "1.2.3.4")', 'v4: inet_pton(AF_INET, "::1")']);
    writeFileSync(f, JSON.stringify({ cases: [{ call: 'htons', args: [1] }, { call: 'htons', args: [1] }] }));
    assert.throws(() => expandData(f), /two cases make the label/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every CPython constant family is classified', () => {
  assert.equal(familyOf('SO_REUSEADDR'), 'core');
  assert.equal(familyOf('SO_PEERCRED'), 'unix');
  assert.equal(familyOf('SO_VM_SOCKETS_BUFFER_SIZE'), 'vsock');
  assert.equal(familyOf('SO_J1939_FILTER'), 'can');
  assert.equal(familyOf('IPV6_V6ONLY'), 'inet');
  assert.equal(familyOf('ETH_P_ALL'), 'packet');
  assert.equal(familyOf('AF_ROUTE'), 'netlink');
  assert.equal(familyOf('AF_APPLETALK'), 'none');
  assert.equal(familyOf('BDADDR_ANY'), 'bluetooth');
});
