/**
 * Compares the normalised steps of a CPython run and an @sock run, label by
 * label. A step's status is one of:
 *   agree     the same value, or the same error (class, errno, and CPython's
 *             text for errors without an errno)
 *   mapped    errors that differ only as a global mapping of intended.mjs allows
 *   intended  differs, and the scenario lists the label as intended (with why)
 *   bug       differs, and the scenario marks the label as a known @sock bug
 *   differ    differs without a reason: fails the run
 * plus `stale` notes for intended/bug marks on steps that agree.
 */
import { ASYNC_SUFFIX } from './node/harness.mjs';
import { findMapping, stateDifferences } from './intended.mjs';

function isErr(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && '$error' in v;
}

export function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return deepEqual(ka, kb) && ka.every((k) => deepEqual(a[k], b[k]));
}

/** OSErrors: class, errno, and the text (strerror, or the message when errno is None). */
function sameOSError(p, n) {
  if (p.cls !== n.cls || p.errno !== n.errno) return false;
  return p.errno === null ? p.msg === n.msg : p.strerror === n.strerror;
}

/** [status, mappingId?] for two errors. */
export function compareErrors(p, n) {
  if (p.os && n.os) return [sameOSError(p, n) ? 'agree' : 'differ'];
  if (p.os !== n.os) return ['differ'];
  if (p.cls === n.cls && p.cls !== 'TypeError' && p.msg === n.msg) return ['agree'];
  const m = findMapping(p, n);
  if (!m) return ['differ'];
  if (m.inner) {
    const pe = p.errors ?? [];
    const ne = n.errors ?? [];
    if (pe.length !== ne.length) return ['differ'];
    for (let i = 0; i < pe.length; i++) if (compareErrors(pe[i], ne[i])[0] === 'differ') return ['differ'];
  }
  return ['mapped', m.id];
}

export function compareValues(p, n) {
  if (isErr(p) && isErr(n)) return compareErrors(p.$error, n.$error);
  return [deepEqual(p, n) ? 'agree' : 'differ'];
}

function versionMatches(cond, version) {
  if (!cond) return true;
  const m = /^(<=|>=|<|>|==)?\s*(\d+)\.(\d+)$/.exec(cond);
  if (!m) throw new Error(`bad python version condition ${cond}`);
  const [maj, min] = version.split('.').map(Number);
  const have = maj * 100 + min;
  const want = Number(m[2]) * 100 + Number(m[3]);
  switch (m[1] ?? '==') {
    case '<': return have < want;
    case '<=': return have <= want;
    case '>': return have > want;
    case '>=': return have >= want;
    default: return have === want;
  }
}

/**
 * The reason a scenario gives for `label` (exact, its base label, or a
 * 'prefix*' key), honouring `python` conditions: `{ reason, exact }`; only
 * an exact mark on a step that agrees is reported as stale.
 * A reason of the form '@id' names an entry of intended.mjs's stateDifferences.
 */
export function markFor(marks, label, version) {
  if (!marks) return undefined;
  const base = label.endsWith(ASYNC_SUFFIX) ? label.slice(0, -ASYNC_SUFFIX.length) : label;
  const keys = [label, base, ...Object.keys(marks).filter((k) => k.endsWith('*') && base.startsWith(k.slice(0, -1)))];
  for (const k of keys) {
    const m = marks[k];
    if (m === undefined) continue;
    const entry = typeof m === 'string' ? { reason: m } : m;
    if (!versionMatches(entry.python, version)) continue;
    const reason = /^@[a-z-]+$/.test(entry.reason) ? stateDifferences[entry.reason.slice(1)] : entry.reason;
    if (!reason) throw new Error(`unknown state difference ${entry.reason}`);
    return { reason, exact: k === label };
  }
  return undefined;
}

/**
 * Step-by-step comparison. `py` and `node` are the drivers' outputs; `meta`
 * carries the scenario's `intended` and `knownBugs` marks.
 */
export function compareSteps(py, node, meta, version) {
  const pySteps = new Map(py.steps);
  const seen = new Set();
  const out = [];
  const judge = (label, p, n) => {
    let [status, mapping] = p === undefined || n === undefined ? ['differ'] : compareValues(p, n);
    const bug = markFor(meta.knownBugs, label, version);
    const why = markFor(meta.intended, label, version);
    const row = { label, status, py: p, node: n };
    if (mapping) row.mapping = mapping;
    if (status === 'differ' && bug) Object.assign(row, { status: 'bug', reason: bug.reason });
    else if (status === 'differ' && why) Object.assign(row, { status: 'intended', reason: why.reason });
    else if (bug?.exact) row.stale = `known-bug mark on a step that agrees (remove it): ${bug.reason}`;
    else if (why?.exact) row.stale = `intended mark on a step that agrees: ${why.reason}`;
    out.push(row);
  };
  for (const [label, n] of node.steps) {
    const base = label.endsWith(ASYNC_SUFFIX) ? label.slice(0, -ASYNC_SUFFIX.length) : label;
    seen.add(base);
    judge(label, pySteps.get(base), n);
  }
  for (const [label, p] of py.steps) if (!seen.has(label)) judge(label, p, undefined);
  return out;
}
