#!/usr/bin/env node
/**
 * `pnpm bench`: every scenario × implementation, pinned to one CPU (the
 * headline table) and then on two CPUs, interleaved, repeated; writes
 * results/latest.{json,md,svg}. `--quick` runs tiny counts once (the test
 * suite uses it so the bench never rots) and writes to build/quick/.
 *
 * Options: --quick, --repeats N, --seconds S (target per run), --scenario a,b,
 * --impl a,b, --table pinned,two-cpu, --out DIR, --can-rates r1,r2 (frames/s).
 *
 * The `can` scenario (lib/can.mjs) needs AF_CAN and vcan0: it skips itself,
 * with the reason, where they are missing (run it in the kernel lab). The
 * `import` scenario (lib/import-cost.mjs) measures what importing @sock/core
 * and a family adds to a fresh process. The `scale-idle` and `scale-busy`
 * scenarios (lib/scale.mjs) measure @sock and node:net with many sockets in
 * one process. The `udp-flood` and `unix-dgram-flood` scenarios
 * (lib/flood.mjs) flood 64-byte datagrams one way and compare receivers in
 * messages/s.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release } from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { SCENARIOS, TABLES, benchDir, implementationsOf } from './lib/plan.mjs';
import { buildC, checkSock, ensureSocketcan, ensureUnixDgram } from './lib/prepare.mjs';
import { canUnavailable, checkCanTargets, runCan, summarizeCan } from './lib/can.mjs';
import { runImportCost } from './lib/import-cost.mjs';
import { FLOOD_SCENARIOS, checkFloodTargets, runFlood, summarizeFlood } from './lib/flood.mjs';
import { runScale } from './lib/scale.mjs';
import { killAll, runOnce } from './lib/runner.mjs';
import { checkTargets, rateOf, summarize } from './lib/stats.mjs';
import { markdown } from './lib/markdown.mjs';
import { svg } from './lib/svg.mjs';

function options(argv) {
  const o = { quick: false, repeats: 3, seconds: 1.5, scenario: null, impl: null, table: null, out: null, canRates: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === '--quick') o.quick = true;
    else if (a === '--repeats') o.repeats = Number(value());
    else if (a === '--seconds') o.seconds = Number(value());
    else if (a === '--scenario') o.scenario = value().split(',');
    else if (a === '--impl') o.impl = value().split(',');
    else if (a === '--table') o.table = value().split(',');
    else if (a === '--out') o.out = path.resolve(value());
    else if (a === '--can-rates') o.canRates = value().split(',').map(Number);
    else throw new Error(`unknown option ${a}`);
  }
  if (o.quick && !argv.includes('--repeats')) o.repeats = 1;
  o.out ??= path.join(benchDir, o.quick ? 'build/quick' : 'results');
  return o;
}

/** Counts and limits of one run: tiny in quick mode, else sized from a calibration run. */
const QUICK = { pingpong: { count: 300, warmup: 50 }, bulk: { count: 64, warmup: 0 }, call: { count: 2000, warmup: 100 } };
const WARMUP = { pingpong: 1000, bulk: 0, call: 10000 };
const MAX_SECONDS = 5;

function sizeOf(scenario) {
  return scenario.kind === 'bulk' ? 65536 : 64;
}

async function calibrate(cell, opts) {
  const run = await runOnce({ ...cell, count: 1e9, seconds: 0.3, warmup: Math.min(WARMUP[cell.scenario.kind], 200), size: sizeOf(cell.scenario) });
  return Math.max(100, Math.round((run.ops / run.seconds) * opts.seconds));
}

function log(msg) {
  process.stderr.write(`${msg}\n`);
}

function meta(opts) {
  const py = spawnSync('python3', ['-V'], { encoding: 'utf8' });
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    mode: opts.quick ? 'quick' : 'full',
    repeats: opts.repeats,
    node: process.version,
    python: (py.stdout || py.stderr || 'python3 ?').trim(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '?',
    kernel: release(),
    loadavg: loadavg().map((x) => Number(x.toFixed(2))),
    scenarios: SCENARIOS.filter((s) => !opts.scenario || opts.scenario.includes(s.id)).map((s) => s.id),
  };
}

async function main() {
  const opts = options(process.argv.slice(2));
  buildC();
  await checkSock();
  const udgError = ensureUnixDgram();
  if (udgError) log(`unix-dgram unavailable, its rows are skipped: ${udgError}`);

  const scenarios = SCENARIOS.filter((s) => !opts.scenario || opts.scenario.includes(s.id));
  const tables = TABLES.filter((t) => !opts.table || opts.table.includes(t.id));
  const runs = [];
  const errors = [];
  const started = Date.now();
  for (const table of tables) {
    const cells = [];
    // Quick mode exercises every program in the pinned table; the two-CPU table only needs its CPU placement checked.
    const inTable = opts.quick && table.id !== 'pinned' ? scenarios.filter((s) => s.id === 'tcp') : scenarios;
    for (const scenario of inTable) {
      for (const impl of implementationsOf(scenario)) {
        if (opts.impl && !opts.impl.includes(impl.id)) continue;
        if (udgError && impl.id.startsWith('unix-dgram')) continue;
        cells.push({ scenario, impl, table });
      }
    }
    for (const cell of cells) {
      const kind = cell.scenario.kind;
      if (opts.quick) {
        Object.assign(cell, QUICK[kind]);
        continue;
      }
      try {
        cell.count = await calibrate(cell, opts);
        cell.warmup = WARMUP[kind];
      } catch (err) {
        cell.error = err.message;
        errors.push({ table: table.id, scenario: cell.scenario.id, impl: cell.impl.id, error: `calibration: ${err.message}` });
        log(`calibration failed: ${table.id} ${cell.scenario.id} ${cell.impl.id}: ${err.message}`);
      }
    }
    for (let rep = 0; rep < opts.repeats; rep++) {
      for (const scenario of scenarios) {
        const mine = cells.filter((c) => c.scenario === scenario && !c.error);
        // Interleave: each repeat starts the scenario's implementations at a different one.
        const order = mine.map((_, i) => mine[(i + rep) % mine.length]);
        for (const cell of order) {
          const { impl } = cell;
          const base = { table: table.id, scenario: scenario.id, impl: impl.id, repeat: rep };
          try {
            const r = await runOnce({ ...cell, seconds: opts.quick ? 10 : MAX_SECONDS, size: sizeOf(scenario) });
            const rate = rateOf(scenario, r);
            runs.push({ ...base, ...r, count: cell.count, rate });
            log(`${table.id.padEnd(7)} ${scenario.id.padEnd(11)} ${impl.id.padEnd(14)} #${rep + 1}  ${rate.toPrecision(4)} ${scenario.unit}  (${r.seconds.toFixed(2)} s)`);
          } catch (err) {
            errors.push({ ...base, error: err.message });
            log(`FAILED ${table.id} ${scenario.id} ${impl.id}: ${err.message}`);
          }
        }
      }
    }
  }
  const can = await canScenario(opts, runs, errors);
  let importCost = null;
  if (!opts.scenario || opts.scenario.includes('import')) {
    importCost = runImportCost(opts, log);
    errors.push(...importCost.errors);
  }
  let scale = null;
  if (!opts.scenario || opts.scenario.some((s) => s.startsWith('scale'))) {
    scale = await runScale(opts, log);
    errors.push(...scale.errors);
  }
  let flood = null;
  if (!opts.scenario || FLOOD_SCENARIOS.some((s) => opts.scenario.includes(s.id))) {
    const res = await runFlood({ ...opts, udgError }, log);
    runs.push(...res.runs);
    errors.push(...res.errors);
    const rows = summarizeFlood(res);
    flood = { rows, targets: checkFloodTargets(rows) };
  }
  const summary = summarize(runs);
  const targets = [...checkTargets(summary), ...(scale?.targets ?? [])];
  const result = { meta: { ...meta(opts), seconds: (Date.now() - started) / 1000 }, summary, targets, runs, errors };
  if (can) result.can = can;
  if (importCost) result.importCost = importCost;
  if (flood) result.flood = flood;
  if (scale) result.scale = scale;
  if (udgError) result.meta.unixDgram = udgError;
  mkdirSync(opts.out, { recursive: true });
  writeFileSync(path.join(opts.out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(opts.out, 'latest.md'), markdown(result));
  if (result.meta.scenarios.length) writeFileSync(path.join(opts.out, 'latest.svg'), svg(result));
  log(`wrote ${path.join(opts.out, result.meta.scenarios.length ? 'latest.{json,md,svg}' : 'latest.{json,md}')} in ${result.meta.seconds.toFixed(0)} s`);
  if (errors.length) process.exitCode = 1;
}

/**
 * The CAN scenario when selected: skipped (with the reason) where AF_CAN or
 * vcan0 is missing, except in the kernel lab, where that is a failure. Its
 * runs join `runs`, its failures `errors`.
 */
async function canScenario(opts, runs, errors) {
  if (opts.scenario && !opts.scenario.includes('can')) return null;
  const skipped = await canUnavailable();
  if (skipped) {
    log(`can: skipped: ${skipped}`);
    if (process.env.SOCK_KERNEL_LAB === '1') errors.push({ table: 'can', scenario: 'can', impl: '-', error: `in the kernel lab: ${skipped}` });
    return { skipped };
  }
  const socketcanError = ensureSocketcan();
  if (socketcanError) log(`socketcan unavailable, its rows are skipped: ${socketcanError}`);
  const res = await runCan({ ...opts, socketcanError }, log);
  runs.push(...res.runs);
  errors.push(...res.errors);
  const rows = summarizeCan(res);
  return { ifname: 'vcan0', socketcanError, rows, targets: checkCanTargets(rows) };
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}

await main();
