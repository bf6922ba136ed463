/**
 * The constants check: every integer constant CPython's socket module has on
 * this machine, of a family that has landed, must exist in @sock with the
 * same value — as a named export of the family's package (or core's), in
 * its `constants` map, or where the family's family.json `aliases` point.
 */
import { spawnSync } from 'node:child_process';
import { familyOf } from './constant-families.mjs';
import { PYTHON } from './pool.mjs';

const PY_DUMP = `
import json, socket
out = {}
for n in dir(socket):
    v = getattr(socket, n)
    if n.isupper() and isinstance(v, int) and not isinstance(v, bool):
        out[n] = int(v) if abs(v) <= 2**53 - 1 else str(int(v))
print(json.dumps(out))
`;

/** { name: value } of CPython's socket module, as strings for values beyond 2**53. */
export function pythonConstants() {
  const r = spawnSync(PYTHON, ['-c', PY_DUMP], { encoding: 'utf8', timeout: 20_000 });
  if (r.status !== 0) throw new Error(`python3 could not list its socket constants: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Groups CPython's constant names by the @sock family they belong to. */
export function classify(pyConsts) {
  const groups = new Map();
  for (const name of Object.keys(pyConsts).sort()) {
    const f = familyOf(name);
    if (!groups.has(f)) groups.set(f, []);
    groups.get(f).push(name);
  }
  return groups;
}

function lookup(modules, aliases, name) {
  const alias = aliases?.[name];
  if (alias) {
    const [obj, key] = alias.split('.');
    for (const m of modules) if (m[obj] && typeof m[obj][key] === 'number') return { value: m[obj][key], where: alias };
    return undefined;
  }
  for (const m of modules) {
    const v = m[name];
    if (typeof v === 'number' || typeof v === 'bigint') return { value: v, where: 'export' };
  }
  for (const m of modules) {
    const v = m.constants?.[name];
    if (typeof v === 'number' || typeof v === 'bigint') return { value: v, where: 'constants' };
  }
  return undefined;
}

/**
 * Checks one landed family. Returns a result row in the shape compare.mjs
 * gives scenarios: one step per constant that is missing or has another value.
 */
export async function checkFamily(family, names, pyConsts) {
  const modules = [];
  for (const p of new Set(['@sock/core', ...family.packages])) modules.push(await import(p));
  const intended = family.constantsIntendedMissing ?? {};
  const bugs = family.constantsKnownBugs ?? {};
  const steps = [];
  const onlyInMap = [];
  for (const name of names) {
    const want = pyConsts[name];
    const got = lookup(modules, family.aliases, name);
    if (got?.where === 'constants') onlyInMap.push(name);
    if (got && BigInt(got.value) === BigInt(want)) {
      const mark = intended[name] ?? bugs[name];
      if (mark) steps.push({ label: name, status: 'agree', stale: `mark on a constant that exists with CPython's value: ${mark}` });
      continue;
    }
    const row = { label: name, py: want.toString(), node: got ? got.value.toString() : null };
    if (bugs[name]) Object.assign(row, { status: 'bug', reason: bugs[name] });
    else if (!got && intended[name]) Object.assign(row, { status: 'intended', reason: intended[name] });
    else row.status = 'differ';
    steps.push(row);
  }
  return { checked: names.length, onlyInMap, steps };
}
