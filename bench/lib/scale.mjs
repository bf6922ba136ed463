/**
 * The scale scenarios: how @sock's async API (impl/scale-sock.mjs) and
 * node:net (impl/scale-node.mjs) hold up as the number of sockets in one
 * process grows. Each run is one fresh process pinned to CPU 0, over Unix
 * stream connections to a listening path:
 *
 * - scale-idle: one busy ping-pong pair (64-byte messages) plus n idle
 *   connections accepted by the process (their far ends held by another
 *   process, impl/scale-peer.py, so the n sockets are all the measured
 *   process's own); the pair's round trips/s against the pair alone (n = 0),
 *   and memory per idle socket (RSS and heap after two full collections,
 *   after minus before accepting them, ÷ n). @sock's idle sockets wait in
 *   `await recv(64)` (a server waiting for data), and once without that.
 * - scale-busy: n connected pairs in the process, every one ping-ponging:
 *   total round trips/s, and the event-loop delay (monitorEventLoopDelay,
 *   1 ms resolution) over the measured window.
 *
 * The process's fd limit is raised with prlimit where that is allowed;
 * a size that needs more fds than the limit is skipped, with the reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchDir } from './plan.mjs';
import { kv, parseLine, start } from './runner.mjs';
import { median } from './stats.mjs';

export const SCALE_SCENARIOS = [
  {
    id: 'scale-idle',
    title: 'one busy pair + n idle connections',
    mode: 'idle',
    sizes: [0, 1, 10, 100, 1000, 10000],
    quickSizes: [0, 100],
    impls: ['node', 'sock', 'sock-norecv'],
    /** fds the process needs beyond its n sockets: the listener, the pair, Node's own, the peer's pipes. */
    fds: (n) => n + 64,
  },
  {
    id: 'scale-busy',
    title: 'n busy pairs',
    mode: 'busy',
    sizes: [1, 10, 100, 1000, 10000],
    quickSizes: [1, 10],
    impls: ['node', 'sock'],
    fds: (n) => 2 * n + 64,
  },
];

export const SCALE_IMPLS = {
  node: { label: 'node:net', file: 'scale-node.mjs', recv: 1 },
  sock: { label: '@sock async', file: 'scale-sock.mjs', recv: 1 },
  'sock-norecv': { label: '@sock async, idle sockets without a pending recv()', file: 'scale-sock.mjs', recv: 0 },
};

/** The fd limit asked for: room for 10,000 busy pairs (20,000 sockets) and more. */
const WANTED_FDS = 70000;

/** How the children get their fd limit: { prefix (argv before node), limit, note }. */
export function fdLimit() {
  const r = spawnSync('prlimit', [`--nofile=${WANTED_FDS}:${WANTED_FDS}`, 'true'], { encoding: 'utf8' });
  if (r.status === 0) return { prefix: ['prlimit', `--nofile=${WANTED_FDS}:${WANTED_FDS}`], limit: WANTED_FDS, note: null };
  const hard = spawnSync('sh', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).stdout.trim();
  const limit = hard === 'unlimited' ? WANTED_FDS : Number(hard);
  const why = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n')[0];
  return { prefix: ['prlimit', `--nofile=${limit}:${limit}`], limit, note: `RLIMIT_NOFILE cannot be raised above ${limit} here (${why})` };
}

/** One run in a fresh process on CPU 0; the process is killed past its limit. */
export async function runScaleOnce({ scenario, implId, n, seconds, warmupsec, prefix }) {
  const im = SCALE_IMPLS[implId];
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-scale-'));
  const argv = [...prefix, process.execPath, '--expose-gc', path.join(benchDir, 'impl', im.file), scenario.mode, 'scale',
    ...kv({ n, recv: im.recv, seconds, warmupsec, addr: path.join(dir, 's') })];
  const p = start('0', argv);
  try {
    // Setting up 10,000 connections takes a few seconds; the bound is generous.
    const res = parseLine(await p.nextLine((seconds + warmupsec + 90) * 1000), argv, p);
    await p.finish(5000);
    return res;
  } finally {
    p.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every selected scale scenario: each size, each implementation, `repeats`
 * times, the implementations of a size in a different order each repeat.
 * Returns { fd, skipped, runs, errors, rows, targets }.
 */
export async function runScale(opts, log) {
  const scenarios = SCALE_SCENARIOS.filter((s) => !opts.scenario || opts.scenario.includes(s.id));
  const fd = fdLimit();
  if (fd.note) log(`scale: ${fd.note}`);
  const seconds = opts.quick ? 0.3 : opts.seconds;
  const warmupsec = opts.quick ? 0.2 : 0.5;
  const runs = [];
  const errors = [];
  const skipped = [];
  const plan = [];
  for (const s of scenarios) {
    for (const n of opts.quick ? s.quickSizes : s.sizes) {
      if (s.fds(n) > fd.limit) {
        skipped.push({ scenario: s.id, n, reason: `needs about ${s.fds(n)} fds; ${fd.note ?? `the limit is ${fd.limit}`}` });
        log(`scale: ${s.id} n=${n} skipped: ${skipped.at(-1).reason}`);
        continue;
      }
      plan.push({ scenario: s, n, impls: s.impls.filter((id) => !opts.impl || opts.impl.includes(id)) });
    }
  }
  for (let rep = 0; rep < opts.repeats; rep++) {
    for (const { scenario, n, impls } of plan) {
      const order = impls.map((_, i) => impls[(i + rep) % impls.length]);
      for (const implId of order) {
        const base = { table: 'scale', scenario: scenario.id, impl: implId, n, repeat: rep };
        try {
          const r = await runScaleOnce({ scenario, implId, n, seconds, warmupsec, prefix: fd.prefix });
          const rate = r.ops / r.seconds;
          runs.push({ ...base, ...r, rate });
          const mem = r.after && n > 0 ? `, ${((r.after.rss - r.before.rss) / n).toFixed(0)} B RSS/idle socket` : '';
          log(`scale   ${scenario.id.padEnd(11)} n=${String(n).padEnd(6)} ${implId.padEnd(12)} #${rep + 1}  ${rate.toPrecision(4)} round trips/s, loop delay p99 ${r.elP99Ms.toFixed(2)} ms${mem}`);
        } catch (err) {
          errors.push({ ...base, error: err.message });
          log(`FAILED scale ${scenario.id} n=${n} ${implId}: ${err.message}`);
        }
      }
    }
  }
  const rows = summarizeScale(runs, plan);
  return { fdLimit: fd.limit, fdNote: fd.note, seconds, warmupsec, skipped, rows, targets: checkScaleTargets(rows), runs, errors };
}

/** One row per scenario × size × implementation: medians over the repeats, and the ratios. */
export function summarizeScale(runs, plan) {
  const rows = [];
  for (const { scenario, n, impls } of plan) {
    for (const implId of impls) {
      const mine = runs.filter((r) => r.scenario === scenario.id && r.n === n && r.impl === implId);
      if (!mine.length) continue;
      const rates = mine.map((r) => r.rate);
      const med = median(rates);
      const perIdle = (key) => (n > 0 && mine[0].after ? median(mine.map((r) => (r.after[key] - r.before[key]) / n)) : null);
      rows.push({
        scenario: scenario.id,
        n,
        impl: implId,
        label: SCALE_IMPLS[implId].label,
        runs: mine.length,
        median: med,
        spread: med > 0 ? (Math.max(...rates) - Math.min(...rates)) / med : 0,
        usPerRoundTrip: 1e6 / med,
        cpuUsPerRoundTrip: median(mine.map((r) => (r.cpuSeconds / r.ops) * 1e6)),
        elP50Ms: median(mine.map((r) => r.elP50Ms)),
        elP99Ms: median(mine.map((r) => r.elP99Ms)),
        rssPerIdle: perIdle('rss'),
        heapPerIdle: perIdle('heap'),
        setupSeconds: median(mine.map((r) => r.setupSeconds)),
      });
    }
  }
  const find = (s, n, impl) => rows.find((r) => r.scenario === s && r.n === n && r.impl === impl);
  for (const r of rows) {
    const node = find(r.scenario, r.n, 'node');
    r.vsNode = node && r.impl !== 'node' ? r.median / node.median : null;
    r.elP99VsNode = node && r.impl !== 'node' && node.elP99Ms > 0 ? r.elP99Ms / node.elP99Ms : null;
    const alone = r.scenario === 'scale-idle' ? find(r.scenario, 0, r.impl) : null;
    r.vsAlone = alone && r.n > 0 ? r.median / alone.median : null;
    // The same comparison in CPU time per round trip (alone ÷ with n idle), which other work on the CPU moves less than the rate.
    r.cpuVsAlone = alone && r.n > 0 ? alone.cpuUsPerRoundTrip / r.cpuUsPerRoundTrip : null;
    const nodeRss = node?.rssPerIdle;
    r.rssVsNode = r.rssPerIdle !== null && nodeRss && r.impl !== 'node' ? r.rssPerIdle / nodeRss : null;
  }
  return rows;
}

/** The performance issue's scale targets, at the biggest size measured (10,000 idle, 1,000 busy pairs in a full run). */
export function checkScaleTargets(rows) {
  const checks = [];
  const add = (scenario, what, value, goal, cmp) => {
    const ok = value !== null && value !== undefined && !Number.isNaN(value);
    checks.push({ scenario, what, value: ok ? value : null, goal, cmp, met: ok ? (cmp === '>=' ? value >= goal : value <= goal) : null });
  };
  const idle = rows.filter((r) => r.scenario === 'scale-idle' && r.impl === 'sock' && r.n > 0);
  const big = idle.length ? Math.max(...idle.map((r) => r.n)) : 10000;
  const at = (s, n, impl) => rows.find((r) => r.scenario === s && r.n === n && r.impl === impl);
  add('scale-idle', `scale-idle: @sock busy pair with ${big} idle sockets / alone`, at('scale-idle', big, 'sock')?.vsAlone, 0.95, '>=');
  add('scale-idle', `scale-idle: @sock busy pair with ${big} idle sockets / alone, in CPU time per round trip`, at('scale-idle', big, 'sock')?.cpuVsAlone, 0.95, '>=');
  add('scale-idle', `scale-idle: @sock RSS per idle socket / node:net's (${big} idle)`, at('scale-idle', big, 'sock')?.rssVsNode, 1.0, '<=');
  const busy = rows.filter((r) => r.scenario === 'scale-busy' && r.impl === 'sock');
  const pairs = busy.some((r) => r.n === 1000) ? 1000 : busy.length ? Math.max(...busy.map((r) => r.n)) : 1000;
  add('scale-busy', `scale-busy: @sock / node:net round trips/s (${pairs} pairs)`, at('scale-busy', pairs, 'sock')?.vsNode, 1.0, '>=');
  add('scale-busy', `scale-busy: @sock / node:net event-loop delay p99 (${pairs} pairs)`, at('scale-busy', pairs, 'sock')?.elP99VsNode, 1.0, '<=');
  return checks;
}

const f = (v, d, unit = '') => (v === null || v === undefined || Number.isNaN(v) ? '—' : `${v.toFixed(d)}${unit}`);
const rate = (v) => (v >= 1e6 ? `${(v / 1e6).toFixed(2)} M/s` : `${(v / 1e3).toFixed(1)} k/s`);

export function scaleMarkdown(sc, { targets = true } = {}) {
  const lines = [
    '## Scale',
    '',
    `One process pinned to CPU 0 per run, Unix stream connections to a listening path, 64-byte messages; ${sc.warmupsec} s warmup, then ${sc.seconds} s measured; medians of the repeats, spread = half the min–max range relative to the median. ` +
      'Memory per idle socket: RSS and heap after two full collections, after minus before accepting the idle connections, ÷ n (their far ends are held by another process). ' +
      'Event-loop delay: monitorEventLoopDelay at 1 ms resolution over the measured window.',
    '',
  ];
  const idle = sc.rows.filter((r) => r.scenario === 'scale-idle');
  if (idle.length) {
    lines.push('### One busy pair + n idle connections (scale-idle)', '', '| idle | implementation | busy pair | spread | × alone | × node:net | CPU µs / round trip | RSS / idle socket | heap / idle socket | loop delay p99 |', '|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (const r of idle) {
      // Below 1,000 (RSS) and 100 (heap) sockets the difference is within the noise of page-sized growth.
      const kb = (b, min = 0) => (b === null || r.n < min ? '—' : `${(b / 1024).toFixed(2)} KiB`);
      lines.push(`| ${r.n} | ${r.label} | ${rate(r.median)} | ±${(r.spread * 50).toFixed(0)}% | ${f(r.vsAlone, 2, '×')} | ${f(r.vsNode, 2, '×')} | ${f(r.cpuUsPerRoundTrip, 2)} | ${kb(r.rssPerIdle, 1000)} | ${kb(r.heapPerIdle, 100)} | ${f(r.elP99Ms, 2, ' ms')} |`);
    }
    lines.push('');
  }
  const busy = sc.rows.filter((r) => r.scenario === 'scale-busy');
  if (busy.length) {
    lines.push('### n busy pairs (scale-busy)', '', '| pairs | implementation | round trips/s | spread | × node:net | CPU µs / round trip | loop delay p50 | loop delay p99 | p99 × node:net |', '|--:|---|--:|--:|--:|--:|--:|--:|--:|');
    for (const r of busy) {
      lines.push(`| ${r.n} | ${r.label} | ${rate(r.median)} | ±${(r.spread * 50).toFixed(0)}% | ${f(r.vsNode, 2, '×')} | ${f(r.cpuUsPerRoundTrip, 2)} | ${f(r.elP50Ms, 2, ' ms')} | ${f(r.elP99Ms, 2, ' ms')} | ${f(r.elP99VsNode, 2, '×')} |`);
    }
    lines.push('');
  }
  const sizes = [...new Set(sc.rows.map((r) => r.n))].sort((a, b) => a - b);
  if (sizes.length) {
    const cols = [['scale-idle', 'node'], ['scale-idle', 'sock'], ['scale-idle', 'sock-norecv'], ['scale-busy', 'node'], ['scale-busy', 'sock']].filter(([s, i]) => sc.rows.some((r) => r.scenario === s && r.impl === i));
    const head = cols.map(([s, i]) => `${s === 'scale-idle' ? 'pair + n idle' : 'n busy pairs'}: ${i === 'node' ? 'node:net' : i === 'sock' ? '@sock' : '@sock, no pending recv'}`);
    lines.push('### Cost per round trip as sockets grow (CPU µs per round trip: the process\'s user + system time ÷ round trips, which other work on the CPU does not inflate)', '', `| n | ${head.join(' | ')} |`, `|--:|${cols.map(() => '--:').join('|')}|`);
    for (const n of sizes) {
      const cells = cols.map(([s, i]) => f(sc.rows.find((r) => r.scenario === s && r.n === n && r.impl === i)?.cpuUsPerRoundTrip, 2));
      lines.push(`| ${n} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  for (const s of sc.skipped) lines.push(`- ${s.scenario} n=${s.n} skipped: ${s.reason}`);
  if (sc.skipped.length) lines.push('');
  if (targets) lines.push('| scale target | measured | goal | |', '|---|--:|--:|---|');
  for (const t of targets ? sc.targets : []) lines.push(`| ${t.what} | ${f(t.value, 2)} | ${t.cmp === '<=' ? '≤' : '≥'} ${t.goal} | ${t.met === null ? 'not measured' : t.met ? 'met' : '**missed**'} |`);
  return lines;
}
