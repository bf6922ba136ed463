/**
 * The datagram flood: one-way 64-byte datagrams, UDP on loopback and Unix
 * datagrams, received in messages/s. bench/c/flood.c sends for every
 * receiver (sendmmsg(2) of 64 per call, the same program for every row, so
 * the rows compare receivers only) and is also the floor receiver
 * (recvmmsg(2) of up to 64). Every datagram carries a sequence number and
 * its phase (warmup, measured, end); the receiver's rate is the measured
 * datagrams it got / the time from its first one to the end datagram.
 * Lost = measured datagrams sent − received: a Unix datagram sender blocks
 * while the receiver's queue is full, so none may be lost there; UDP drops
 * what does not fit the receiver's queue. The end datagram is re-sent every
 * millisecond for 3 s, and a receiver that misses them all stops 1 s after
 * its last datagram; every process is killed past its limit.
 *
 * Two placements: `pinned` (sender and receiver on CPU 0, as the headline
 * table) and `two-cpu` (receiver on CPU 0, sender on CPU 1).
 */
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { benchDir, cBuildDir } from './plan.mjs';
import { kv, parseLine, start } from './runner.mjs';
import { median } from './stats.mjs';

export const FLOOD_SCENARIOS = [
  { id: 'udp-flood', title: 'UDP flood (loopback)', peer: 'node' },
  { id: 'unix-dgram-flood', title: 'Unix datagram flood', peer: 'unix-dgram' },
];

export const FLOOD_PLACEMENTS = [
  { id: 'pinned', title: 'both on CPU 0', receiver: '0', sender: '0' },
  { id: 'two-cpu', title: 'receiver CPU 0, sender CPU 1', receiver: '0', sender: '1' },
];

const flood = () => path.join(cBuildDir, 'flood');
const node = (role) => () => [process.execPath, path.join(benchDir, 'impl', 'flood-recv.mjs'), role];

/** The receivers, in table order. `only`: the one scenario a receiver runs. */
export const FLOOD_IMPLEMENTATIONS = [
  { id: 'c-mmsg', label: 'C, recvmmsg() of up to 64', cmd: () => [flood(), 'recv'] },
  { id: 'sock-mmsg-sync', label: '@sock recvmmsgSync(64, 64)', cmd: node('mmsg-sync'), sock: true },
  { id: 'sock-mmsg-sync-reuse', label: '@sock recvmmsgSync(64, 64, { reuse: true })', cmd: node('mmsg-sync-reuse'), sock: true },
  { id: 'sock-mmsg-async', label: '@sock await recvmmsg(64, 64)', cmd: node('mmsg-async'), sock: true },
  { id: 'sock-recv-sync', label: '@sock recvSync(64)', cmd: node('recv-sync'), sock: true },
  { id: 'sock-recv-async', label: '@sock await recv(64)', cmd: node('recv-async'), sock: true },
  { id: 'node', label: "node:dgram 'message'", cmd: node('node'), only: 'udp-flood' },
  { id: 'unix-dgram', label: 'unix-dgram npm (callback)', cmd: node('unix-dgram'), only: 'unix-dgram-flood' },
  { id: 'python', label: 'CPython recv(64)', cmd: () => ['python3', path.join(benchDir, 'impl', 'flood_recv.py'), 'recv'] },
  // The @sock sender (sendmmsgSync of 64): to the C floor receiver, and to @sock's batched receiver (both sides @sock).
  { id: 'c-mmsg+sock-send', label: 'C, recvmmsg() of up to 64', cmd: () => [flood(), 'recv'], sender: 'sock' },
  { id: 'sock-mmsg-sync+sock-send', label: '@sock recvmmsgSync(64, 64)', cmd: node('mmsg-sync'), sock: true, sender: 'sock' },
];

/** The senders: bench/c/flood.c (every row but the @sock sender's), or impl/flood-send.mjs. */
const SENDERS = {
  c: { label: 'C sendmmsg(64)', cmd: () => [flood(), 'send'] },
  sock: { label: '@sock sendmmsgSync(64)', cmd: () => [process.execPath, path.join(benchDir, 'impl', 'flood-send.mjs'), 'send'] },
};

export function floodImplementationsOf(scenario) {
  return FLOOD_IMPLEMENTATIONS.filter((i) => !i.only || i.only === scenario.id);
}

/**
 * One run: the receiver starts and prints READY, then the sender floods.
 * Returns { rate, counted, sent, lost, sendRate, seconds, ended, rssKb, usUser, usSys }.
 */
export async function runFloodOnce({ scenario, impl, placement, count, seconds, warmup, warmupsec, rate = 0 }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sock-flood-'));
  const opts = { addr: path.join(dir, 'r'), count, seconds, warmup, batch: 64, idle: 1 };
  const rArgv = [...impl.cmd(), scenario.id, ...kv(opts)];
  const receiver = start(placement.receiver, rArgv);
  let sender;
  try {
    const readyLine = await receiver.nextLine(30000);
    if (!readyLine?.startsWith('READY ')) throw new Error(`${rArgv.join(' ')} did not start: ${readyLine}\n${receiver.stderr()}`);
    const sArgv = [...SENDERS[impl.sender ?? 'c'].cmd(), scenario.id, ...kv({ ...opts, addr: readyLine.slice(6), warmupsec, rate })];
    sender = start(placement.sender, sArgv);
    const s = parseLine(await sender.nextLine((warmupsec + seconds + 30) * 1000), sArgv, sender);
    // The sender goes on sending the end datagram for 3 s; the receiver reports at the first it gets (or 1 s idle).
    const r = parseLine(await receiver.nextLine(20000), rArgv, receiver);
    await receiver.finish(5000);
    return {
      rate: r.seconds > 0 ? r.counted / r.seconds : 0,
      counted: r.counted,
      sent: s.sent,
      lost: s.sent - r.counted,
      sendRate: s.seconds > 0 ? s.sent / s.seconds : 0,
      seconds: r.seconds,
      ended: r.ended,
      rssKb: r.rssKb,
      usUser: r.usUser ?? null,
      usSys: r.usSys ?? null,
      perCall: r.calls ? r.counted / r.calls : null,
    };
  } finally {
    receiver.child.kill('SIGKILL');
    sender?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The sender's warmup (s) before the measured phase, so that a JIT has compiled each receive loop. */
export const FLOOD_WARMUP_SECONDS = 0.5;

/** The quick run's paced rate (datagrams/s). */
const QUICK_RATE = 20000;

/**
 * Every selected flood scenario × placement × receiver, `opts.repeats` times,
 * each repeat starting at a different receiver. Quick mode: the pinned
 * placement, a few thousand datagrams paced to QUICK_RATE, once. Returns { runs, errors }.
 */
export async function runFlood(opts, log) {
  const scenarios = FLOOD_SCENARIOS.filter((s) => !opts.scenario || opts.scenario.includes(s.id));
  const placements = FLOOD_PLACEMENTS.filter((p) => (opts.quick ? p.id === 'pinned' : !opts.table || opts.table.includes(p.id)));
  const runs = [];
  const errors = [];
  for (const placement of placements) {
    for (let rep = 0; rep < opts.repeats; rep++) {
      for (const scenario of scenarios) {
        const impls = floodImplementationsOf(scenario).filter((i) => !opts.impl || opts.impl.includes(i.id)).filter((i) => !(opts.udgError && i.id === 'unix-dgram'));
        const order = impls.map((_, i) => impls[(i + rep) % impls.length]);
        for (const impl of order) {
          const base = { table: 'flood', placement: placement.id, scenario: scenario.id, impl: impl.id, repeat: rep };
          try {
            const r = await runFloodOnce({
              scenario,
              impl,
              placement,
              count: opts.quick ? 3000 : 1e9,
              seconds: opts.quick ? 10 : opts.seconds,
              warmup: opts.quick ? 200 : 1000,
              warmupsec: opts.quick ? 0 : FLOOD_WARMUP_SECONDS,
              // The quick run checks that every receiver works, not its speed: paced, so none is starved out.
              rate: opts.quick ? QUICK_RATE : 0,
            });
            runs.push({ ...base, ...r });
            log(`flood ${placement.id.padEnd(7)} ${scenario.id.padEnd(16)} ${impl.id.padEnd(15)} #${rep + 1}  ${r.rate.toPrecision(4)} msgs/s  lost ${r.lost} of ${r.sent}${r.ended ? '' : ' (no end marker: stopped idle)'}`);
          } catch (err) {
            errors.push({ ...base, error: err.message });
            log(`FAILED flood ${placement.id} ${scenario.id} ${impl.id}: ${err.message}`);
          }
        }
      }
    }
  }
  return { runs, errors };
}

/** Per placement, scenario and receiver: median msgs/s, spread, lost of sent over all repeats, ratios to C and the npm/Node peer. */
export function summarizeFlood({ runs }) {
  const out = [];
  for (const placement of FLOOD_PLACEMENTS) {
    for (const scenario of FLOOD_SCENARIOS) {
      const cells = {};
      for (const im of floodImplementationsOf(scenario)) {
        const mine = runs.filter((r) => r.placement === placement.id && r.scenario === scenario.id && r.impl === im.id);
        if (!mine.length) continue;
        const xs = mine.map((r) => r.rate);
        const med = median(xs);
        const nums = (k) => (mine.some((r) => typeof r[k] !== 'number') ? null : median(mine.map((r) => r[k])));
        cells[im.id] = {
          median: med,
          spread: med > 0 ? (Math.max(...xs) - Math.min(...xs)) / med : 0,
          sent: mine.reduce((a, r) => a + r.sent, 0),
          lost: mine.reduce((a, r) => a + r.lost, 0),
          sendRate: median(mine.map((r) => r.sendRate)),
          ended: mine.every((r) => r.ended),
          rssKb: median(mine.map((r) => r.rssKb)),
          usUser: nums('usUser'),
          usSys: nums('usSys'),
          perCall: nums('perCall'),
          n: mine.length,
        };
      }
      if (!Object.keys(cells).length) continue;
      for (const cell of Object.values(cells)) {
        cell.vsC = cells['c-mmsg'] ? cell.median / cells['c-mmsg'].median : null;
        cell.vsPeer = cells[scenario.peer] ? cell.median / cells[scenario.peer].median : null;
      }
      out.push({ placement: placement.id, scenario: scenario.id, cells });
    }
  }
  return out;
}

/** The flood targets, for every placement measured. */
export function checkFloodTargets(rows) {
  const checks = [];
  const add = (what, value, goal, met) => checks.push({ what, value: value ?? null, goal, met: value === null || value === undefined ? null : met(value) });
  for (const row of rows) {
    const sc = FLOOD_SCENARIOS.find((s) => s.id === row.scenario);
    const at = `${row.scenario} (${row.placement})`;
    for (const id of ['sock-mmsg-sync', 'sock-mmsg-async']) {
      const c = row.cells[id];
      add(`${at}: ${id} / C recvmmsg`, c?.vsC, '≥ 0.9', (v) => v >= 0.9);
      add(`${at}: ${id} / ${sc.peer}`, c?.vsPeer, '≥ 3', (v) => v >= 3);
    }
    if (row.scenario === 'unix-dgram-flood') {
      const lost = Object.values(row.cells).reduce((a, c) => a + c.lost, 0);
      add(`${at}: datagrams lost, every receiver`, lost, '0', (v) => v === 0);
    }
  }
  return checks;
}

const k = (v) => (v >= 1e6 ? `${(v / 1e6).toFixed(2)} M/s` : `${(v / 1e3).toFixed(1)} k/s`);
const x = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(2)}×`);

/** The Markdown section. */
export function floodMarkdown(fl) {
  const lines = ['## Batched datagrams: one-way flood of 64-byte datagrams', ''];
  lines.push(
    'Sender: bench/c/flood.c, sendmmsg() of 64 per call, the same for every receiver but the last rows (@sock sendmmsgSync of 64, impl/flood-send.mjs). msgs/s = measured datagrams received / time from the first to the end datagram. ' +
      'Lost = sent − received over all repeats (UDP drops what overflows the receiver queue; a Unix datagram sender blocks instead). ' +
      '× C: to the C recvmmsg() receiver; × peer: to node:dgram (UDP) or unix-dgram (Unix). CPU µs/msg: the receiver process (user + sys). ' +
      'msgs/call: datagrams per recvmmsg() call of the batched receivers.',
    '',
    '| placement | scenario | sender | receiver | msgs/s | spread | lost (of sent) | sender msgs/s | × C | × peer | CPU µs/msg | msgs/call |',
    '|---|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const row of fl.rows) {
    const sc = FLOOD_SCENARIOS.find((s) => s.id === row.scenario);
    for (const im of floodImplementationsOf(sc)) {
      const c = row.cells[im.id];
      if (!c) continue;
      const cpu = c.usUser === null ? '—' : `${c.usUser.toFixed(2)} + ${c.usSys.toFixed(2)}`;
      const pct = c.sent > 0 ? ` (${((c.lost / c.sent) * 100).toFixed(1)}%)` : '';
      lines.push(`| ${row.placement} | ${sc.title} | ${SENDERS[im.sender ?? 'c'].label} | ${im.label} | ${k(c.median)} | ±${(c.spread * 50).toFixed(0)}% | ${c.lost} of ${c.sent}${pct} | ${k(c.sendRate)} | ${x(c.vsC)} | ${x(c.vsPeer)} | ${cpu} | ${c.perCall === null ? '' : c.perCall.toFixed(1)} |`);
    }
  }
  lines.push('', '| flood target | measured | goal | |', '|---|--:|--:|---|');
  for (const t of fl.targets) {
    const mark = t.met === null ? 'not measured' : t.met ? 'met' : '**missed**';
    lines.push(`| ${t.what} | ${t.value === null ? '—' : Number.isInteger(t.value) ? t.value : t.value.toFixed(2)} | ${t.goal} | ${mark} |`);
  }
  lines.push('');
  return lines;
}
