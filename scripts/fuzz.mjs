#!/usr/bin/env node
// pnpm fuzz: a long run of the fuzz suite (tools/fuzz) with a fresh seed.
// `pnpm test` runs a few thousand calls per package with a fixed seed; this
// spreads --calls (default 200000) over the packages' fuzz suites, picks a new
// seed unless --seed is given, and prints the totals: calls made, calls that
// threw, findings (a thrown value that is neither an OSError nor a coded
// Error, or a call that did not settle). A finding can be replayed with
// `pnpm fuzz --seed <seed> --calls <calls> tools/fuzz/test/<pkg>.test.ts`.
//
//   node scripts/fuzz.mjs [--calls N] [--seed S] [vitest filters...]
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
let total = 200_000;
let seed = randomInt(1, 2 ** 31 - 1);
const filters = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--calls') total = Number(args[++i]);
  else if (args[i] === '--seed') seed = Number(args[++i]);
  else filters.push(args[i]);
}
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(seed)) {
  console.error('usage: pnpm fuzz [--calls N] [--seed S] [vitest filters...]');
  process.exit(2);
}

const testDir = path.join(root, 'tools', 'fuzz', 'test');
const suites = readdirSync(testDir).filter((f) => f.endsWith('.test.ts') && readFileSync(path.join(testDir, f), 'utf8').includes('fuzzSuite('));
const selected = filters.length ? suites.filter((f) => filters.some((x) => path.join('tools/fuzz/test', f).includes(x.replace(/^\.\//, '')))) : suites;
const perSuite = Math.ceil(total / Math.max(1, selected.length));
const tmp = mkdtempSync(path.join(tmpdir(), 'sock-fuzz-'));
const out = path.join(tmp, 'reports.jsonl');
const t0 = performance.now();

console.log(`fuzz: ${selected.length} suites x ${perSuite} calls, seed ${seed}`);
const run = spawnSync(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', ...(filters.length ? filters : ['tools/fuzz'])], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SOCK_FUZZ_CALLS: String(perSuite), SOCK_FUZZ_SEED: String(seed), SOCK_FUZZ_OUT: out },
});

let reports = [];
try {
  reports = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
} catch {
  // no suite finished
}
rmSync(tmp, { recursive: true, force: true });
const sum = (k) => reports.reduce((n, r) => n + r[k], 0);
const findings = reports.flatMap((r) => r.findings.map((f) => ({ target: r.target, ...f })));
console.log(`\nfuzz: seed ${seed}; ${reports.length} of ${selected.length} suites reported`);
for (const r of reports) console.log(`  ${r.target.padEnd(16)} ${String(r.calls).padStart(8)} calls, ${String(r.threw).padStart(8)} threw, ${r.findings.length} findings`);
console.log(`  ${'total'.padEnd(16)} ${String(sum('calls')).padStart(8)} calls, ${String(sum('threw')).padStart(8)} threw, ${findings.length} findings; ${((performance.now() - t0) / 1000).toFixed(0)} s`);
for (const f of findings) console.log(`  finding in ${f.target}: ${f.call}\n    ${f.thrown}`);
const reported = new Set(reports.map((r) => r.target.replace(/^@sock\//, '')));
const silent = selected.filter((f) => !reported.has(f.replace(/\.test\.ts$/, '')));
if (silent.length) console.log(`  no report from ${silent.join(', ')}: a crash, or the watchdog ended a blocked call (see its line above)`);
process.exit(run.status === 0 && reports.length === selected.length && findings.length === 0 ? 0 : 1);
