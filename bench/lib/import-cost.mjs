/**
 * Import cost: what `import '@sock/core'` (and a family on top) adds to a
 * fresh Node process, against the same process importing an empty module,
 * and node:net as the yardstick. Each run is a new `node` that imports the
 * targets and reports its peak RSS (getrusage maxrss) and the time from
 * process start to the end of the import (performance.now(), whose origin is
 * the process start). Runs are interleaved (each repeat starts at a
 * different target) and pinned to CPU 0 like the headline table; the table
 * gives medians and the difference to the empty import of the same run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { benchDir } from './plan.mjs';

const EMPTY = 'data:text/javascript,export{}';
export const IMPORT_TARGETS = [
  { id: 'empty', label: 'an empty module (baseline)', modules: [EMPTY] },
  { id: 'node-net', label: 'node:net', modules: ['node:net'] },
  { id: 'core', label: '@sock/core', modules: ['@sock/core'] },
  { id: 'core-inet', label: '@sock/core + @sock/inet', modules: ['@sock/core', '@sock/inet'] },
  { id: 'core-unix', label: '@sock/core + @sock/unix', modules: ['@sock/core', '@sock/unix'] },
  { id: 'core-can', label: '@sock/core + @sock/can', modules: ['@sock/core', '@sock/can'] },
];
/** Goals from the performance issue: core ≤ 3 MiB and ≤ 15 ms over bare node; a family ≤ 1 MiB over core. */
export const IMPORT_GOALS = { coreMiB: 3, coreMs: 15, familyMiB: 1 };

function once(target) {
  const code =
    `for (const m of ${JSON.stringify(target.modules)}) await import(m);` +
    'const ms = performance.now();' +
    'process.stdout.write(JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS }));';
  const args = ['-c', '0', process.execPath, '--input-type=module', '-e', code];
  // Run from bench/, whose package.json lists the packages, so bare specifiers resolve as in an app.
  const r = spawnSync('taskset', args, { cwd: benchDir, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`import ${target.modules.join(', ')}: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(r.stdout);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs every target `repeats` times, interleaved; rows with medians and the added cost over the empty import. */
export function runImportCost({ repeats, quick }, log) {
  const n = quick ? 1 : Math.max(repeats, 7);
  const samples = new Map(IMPORT_TARGETS.map((t) => [t.id, []]));
  const errors = [];
  for (let rep = 0; rep < n; rep++) {
    for (let i = 0; i < IMPORT_TARGETS.length; i++) {
      const t = IMPORT_TARGETS[(i + rep) % IMPORT_TARGETS.length];
      try {
        samples.get(t.id).push(once(t));
      } catch (err) {
        errors.push({ table: 'import', scenario: 'import', impl: t.id, error: err.message });
        log(`FAILED import ${t.id}: ${err.message}`);
      }
    }
  }
  const rows = IMPORT_TARGETS.map((t) => {
    const s = samples.get(t.id);
    return { id: t.id, label: t.label, runs: s.length, ms: s.length ? median(s.map((x) => x.ms)) : null, rssMiB: s.length ? median(s.map((x) => x.maxRssKiB)) / 1024 : null };
  });
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  for (const r of rows) {
    r.addedMs = r.ms === null || byId.empty.ms === null ? null : r.ms - byId.empty.ms;
    r.addedMiB = r.rssMiB === null || byId.empty.rssMiB === null ? null : r.rssMiB - byId.empty.rssMiB;
    if (r.id.startsWith('core-') && r.rssMiB !== null && byId.core.rssMiB !== null) r.overCoreMiB = r.rssMiB - byId.core.rssMiB;
  }
  log(`import cost: ${rows.map((r) => `${r.id} +${r.addedMiB?.toFixed(1)} MiB +${r.addedMs?.toFixed(0)} ms`).join(', ')}`);
  const targets = [
    { what: 'import @sock/core: added RSS (MiB)', value: byId.core.addedMiB, goal: IMPORT_GOALS.coreMiB },
    { what: 'import @sock/core: added time (ms)', value: byId.core.addedMs, goal: IMPORT_GOALS.coreMs },
    ...rows.filter((r) => r.overCoreMiB !== undefined).map((r) => ({ what: `${r.label.split(' + ')[1]} over core: added RSS (MiB)`, value: r.overCoreMiB, goal: IMPORT_GOALS.familyMiB })),
  ].map((t) => ({ ...t, met: t.value === null ? null : t.value <= t.goal }));
  return { runsPerTarget: n, rows, targets, errors };
}

export function importCostMarkdown(ic) {
  const f = (v, d) => (v === null || v === undefined ? '—' : v.toFixed(d));
  const lines = [
    '## Import cost',
    '',
    `A fresh \`node\` per run (pinned to CPU 0) imports the modules; peak RSS and the time from process start to the end of the import, medians of ${ic.runsPerTarget} interleaved runs. "Added" is over the empty import of the same run.`,
    '',
    '| import | time | added time | peak RSS | added RSS |',
    '|---|--:|--:|--:|--:|',
    ...ic.rows.map((r) => `| ${r.label} | ${f(r.ms, 1)} ms | ${f(r.addedMs, 1)} ms | ${f(r.rssMiB, 1)} MiB | ${f(r.addedMiB, 2)} MiB |`),
    '',
    '| target | measured | goal | |',
    '|---|--:|--:|---|',
    ...ic.targets.map((t) => `| ${t.what} | ${f(t.value, 2)} | ≤ ${t.goal} | ${t.met === null ? 'not measured' : t.met ? 'met' : '**missed**'} |`),
  ];
  return lines;
}

