/**
 * The CAN scenario: frames received per second on vcan0 while bench/c/canflood
 * floods classic frames (or sends them paced to a rate), for each receiver in
 * turn. The receiver runs on CPU 0 and the sender on CPU 1 (the kernel
 * delivers a frame to the receiving sockets in the sender's softirq, on the
 * sender's CPU, so the receiver's CPU does only the receiving). Every data
 * frame carries a sequence number: lost = frames the sender sent (after its
 * warmup) that the receiver never got, whether the socket's queue dropped
 * them (SO_RXQ_OVFL, where the receiver reads it) or the device's backlog did.
 */
import path from 'node:path';
import { cpus } from 'node:os';
import { benchDir, cBuildDir } from './plan.mjs';
import { kv, parseLine, start } from './runner.mjs';
import { median } from './stats.mjs';

export const CAN_IFNAME = 'vcan0';
const impl = (f) => path.join(benchDir, 'impl', f);
const node = (role) => [process.execPath, impl('can-recv.mjs'), role];

/** The receivers, in table order. */
export const CAN_IMPLEMENTATIONS = [
  { id: 'c', label: 'C, recvmsg() per frame (as candump)', cmd: () => [path.join(cBuildDir, 'canrecv'), 'server'] },
  { id: 'c-nocount', label: 'C, recvmsg() per frame, no drop counter', cmd: () => [path.join(cBuildDir, 'canrecv'), 'server'], args: ['ovfl=0'], readsOvfl: false },
  { id: 'c-recvmmsg', label: 'C, recvmmsg() of up to 64 frames', cmd: () => [path.join(cBuildDir, 'canrecv'), 'server'], args: ['mmsg=64'] },
  { id: 'c-recvmmsg-nocount', label: 'C, recvmmsg() of up to 64, no drop counter', cmd: () => [path.join(cBuildDir, 'canrecv'), 'server'], args: ['mmsg=64', 'ovfl=0'], readsOvfl: false },
  { id: 'sock-frames', label: '@sock/can frames() (recvmmsg)', cmd: () => node('frames') },
  { id: 'sock-frames-nocount', label: '@sock/can frames(), no drop counter', cmd: () => node('frames-nocount'), readsOvfl: false },
  { id: 'sock-recvmmsg', label: '@sock await recvmmsg(64), no decoding', cmd: () => node('recvmmsg'), readsOvfl: false },
  { id: 'sock-async', label: '@sock await recv()', cmd: () => node('async'), readsOvfl: false },
  { id: 'sock-sync', label: '@sock recvSync()', cmd: () => node('sync'), readsOvfl: false },
  { id: 'python', label: 'CPython socket recvmsg()', cmd: () => ['python3', impl('can_recv.py'), 'server'] },
  { id: 'socketcan', label: 'socketcan npm (onMessage)', cmd: () => node('socketcan'), readsOvfl: false },
];

/** Why the CAN scenario cannot run here (no AF_CAN, no vcan0, ...), or null. */
export async function canUnavailable() {
  let can;
  try {
    can = await import('@sock/can');
  } catch (err) {
    return `@sock/can is not built (${err.message.split('\n')[0]})`;
  }
  try {
    can.canSocket(can.CAN_RAW, { ifname: CAN_IFNAME }).close();
    return null;
  } catch (err) {
    return `no AF_CAN socket on ${CAN_IFNAME} here (${err.message.split('\n')[0]}); the kernel lab has it: flock /tmp/lab.lock pnpm test:kernel -- node bench/run.mjs --scenario can`;
  }
}

/** Receiver on CPU 0, sender on CPU 1 (both on CPU 0 on a one-CPU machine). */
export function canCpus() {
  return cpus().length >= 2 ? { receiver: '0', sender: '1' } : { receiver: '0', sender: '0' };
}

/**
 * One run: start the receiver, wait for READY, run the sender; returns
 * { rate (frames/s received), sent, counted, lost, ovfl, sendRate, ended, rssKb }.
 * Both processes are killed past their limits.
 */
export async function runCanOnce({ impl, rate, count, seconds, warmup, warmupsec }) {
  const where = canCpus();
  const opts = { addr: CAN_IFNAME, count, seconds, warmup };
  const rArgv = [...impl.cmd(), 'can', ...kv(opts), ...(impl.args ?? [])];
  const receiver = start(where.receiver, rArgv);
  let sender;
  try {
    const readyLine = await receiver.nextLine(30000);
    if (!readyLine?.startsWith('READY ')) throw new Error(`${rArgv.join(' ')} did not start: ${readyLine}\n${receiver.stderr()}`);
    const sArgv = [path.join(cBuildDir, 'canflood'), 'send', 'can', ...kv({ ...opts, rate, warmupsec })];
    sender = start(where.sender, sArgv);
    const s = parseLine(await sender.nextLine((warmupsec + seconds + 20) * 1000), sArgv, sender);
    // The sender goes on sending the end frame for 3 s; the receiver reports at the first it gets.
    const r = parseLine(await receiver.nextLine(20000), rArgv, receiver);
    await receiver.finish(5000);
    const sent = s.sent - s.warmup;
    const warmupFrames = s.warmup;
    return {
      rate: r.counted / s.seconds,
      sent,
      counted: r.counted,
      lost: sent - r.counted,
      ovfl: impl.readsOvfl === false ? null : r.ovfl,
      sendRate: sent / s.seconds,
      seconds: s.seconds,
      ended: r.ended,
      warmupFrames,
      rssKb: r.rssKb,
      usUser: r.usUser ?? null,
      usSys: r.usSys ?? null,
    };
  } finally {
    receiver.child.kill('SIGKILL');
    sender?.child.kill('SIGKILL');
  }
}

/**
 * The sender's warmup, excluded from the counts: at least `warmup` frames
 * and `warmupsec` seconds at the run's rate, so that a JIT has compiled the
 * receive loop (under the kernel lab's emulation that takes seconds) and the
 * socket's queue is in its steady state.
 */
export const CAN_WARMUP_SECONDS = 2;

/**
 * The paced rates (frames/s) below the flood. For scale: a classic CAN bus at
 * 1 Mbit/s carries at most about 8,000 8-byte frames/s (about 4,000 at 500 kbit/s).
 */
export const PACED_RATES = [1000, 2000, 4000, 8000];

/**
 * Every receiver at the flood rate, then at paced rates (`opts.canRates`, or
 * PACED_RATES), `opts.repeats` times in a different order each repeat.
 * Returns { rates, runs, errors }.
 */
export async function runCan(opts, log) {
  const impls = CAN_IMPLEMENTATIONS.filter((i) => !opts.impl || opts.impl.includes(i.id)).filter((i) => !(opts.socketcanError && i.id === 'socketcan'));
  const runs = [];
  const errors = [];
  const phase = async (rates) => {
    for (let rep = 0; rep < opts.repeats; rep++) {
      for (const rate of rates) {
        const order = impls.map((_, i) => impls[(i + rep) % impls.length]);
        for (const im of order) {
          const base = { table: 'can', scenario: 'can', impl: im.id, repeat: rep, target: rate };
          const warmup = opts.quick ? 50 : 0;
          const warmupsec = opts.quick ? 0 : CAN_WARMUP_SECONDS;
          try {
            const r = await runCanOnce({ impl: im, rate, count: opts.quick ? 300 : 1e9, seconds: opts.quick ? 10 : opts.seconds, warmup, warmupsec });
            runs.push({ ...base, ...r });
            const ov = r.ovfl === null ? '' : `, SO_RXQ_OVFL ${r.ovfl}`;
            log(`can ${(rate ? `${Math.round(rate)}/s` : 'flood').padEnd(9)} ${im.id.padEnd(12)} #${rep + 1}  ${r.rate.toPrecision(4)} frames/s  lost ${r.lost} of ${r.sent}${ov}`);
          } catch (err) {
            errors.push({ ...base, error: err.message });
            log(`FAILED can ${rate || 'flood'} ${im.id}: ${err.message}`);
          }
        }
      }
    }
  };
  await phase([0]);
  let rates = [0];
  if (!opts.quick) {
    const paced = (opts.canRates ?? PACED_RATES).filter((r) => r > 0);
    await phase(paced);
    rates = [0, ...paced];
  }
  return { rates, runs, errors };
}

/** Per target rate and receiver: median frames/s, spread, lost and SO_RXQ_OVFL over all repeats, ratios to C and socketcan. */
export function summarizeCan({ rates, runs }) {
  const out = [];
  for (const rate of rates) {
    const cells = {};
    for (const im of CAN_IMPLEMENTATIONS) {
      const mine = runs.filter((r) => r.target === rate && r.impl === im.id);
      if (!mine.length) continue;
      const xs = mine.map((r) => r.rate);
      const med = median(xs);
      cells[im.id] = {
        median: med,
        spread: med > 0 ? (Math.max(...xs) - Math.min(...xs)) / med : 0,
        sent: mine.reduce((a, r) => a + r.sent, 0),
        lost: mine.reduce((a, r) => a + r.lost, 0),
        ovfl: mine.some((r) => r.ovfl === null) ? null : mine.reduce((a, r) => a + r.ovfl, 0),
        sendRate: median(mine.map((r) => r.sendRate)),
        rssKb: median(mine.map((r) => r.rssKb)),
        usUser: mine.some((r) => r.usUser === null || r.usUser === undefined) ? null : median(mine.map((r) => r.usUser)),
        usSys: mine.some((r) => r.usSys === null || r.usSys === undefined) ? null : median(mine.map((r) => r.usSys)),
        n: mine.length,
      };
    }
    for (const cell of Object.values(cells)) {
      cell.vsC = cells.c ? cell.median / cells.c.median : null;
      cell.vsSocketcan = cells.socketcan ? cell.median / cells.socketcan.median : null;
    }
    out.push({ rate, sendRate: median(runs.filter((r) => r.target === rate).map((r) => r.sendRate)), cells });
  }
  return out;
}

/** The issue's CAN targets. */
export function checkCanTargets(rows) {
  const checks = [];
  const flood = rows.find((r) => r.rate === 0);
  const f = flood?.cells['sock-frames'];
  const ratio = (v, goal, what) => checks.push({ what, value: v ?? null, goal: `≥ ${goal}`, met: v === null || v === undefined ? null : v >= goal });
  ratio(f?.vsC, 0.9, 'flood: @sock/can frames() / C');
  ratio(f?.vsSocketcan, 2, 'flood: @sock/can frames() / socketcan');
  // The lowest rate tried at which socketcan lost frames (the flood counts as the highest).
  const ascending = [...rows].sort((a, b) => (a.rate || Infinity) - (b.rate || Infinity));
  const where = ascending.find((r) => r.cells.socketcan && r.cells.socketcan.lost > 0);
  if (!where) {
    checks.push({ what: 'frames() lost at the lowest rate where socketcan loses', value: null, goal: '0', met: null, note: 'socketcan lost no frame at any rate tried' });
  } else {
    const lost = where.cells['sock-frames']?.lost;
    const at = where.rate ? `${Math.round(where.rate)} frames/s` : `the flood (${Math.round(where.sendRate)} frames/s)`;
    checks.push({ what: `frames() lost at ${at}, the lowest rate where socketcan loses`, value: lost ?? null, goal: '0', met: lost === undefined ? null : lost === 0 });
  }
  return checks;
}

const k = (v) => (v >= 1e6 ? `${(v / 1e6).toFixed(2)} M/s` : `${(v / 1e3).toFixed(1)} k/s`);
const x = (v) => (v === null || v === undefined ? '—' : `${v.toFixed(2)}×`);

/** The Markdown section. */
export function canMarkdown(can) {
  const lines = ['## CAN: frames received on vcan0 while a C sender floods or paces classic frames', ''];
  if (can.skipped) {
    lines.push(`Skipped: ${can.skipped}`, '');
    return lines;
  }
  if (can.socketcanError) lines.push(`The socketcan rows are skipped: ${can.socketcanError.split('\n')[0]}`, '');
  lines.push(
    'Receiver on CPU 0, sender (bench/c/canflood.c) on CPU 1. Frames/s = data frames the receiver got / the time the sender took to send them. ' +
      'Lost = sent − received over all repeats (sequence numbers in each frame); SO_RXQ_OVFL = drops the socket counted (— where the receiver cannot read it).',
    '',
    '| sender | receiver | frames/s | spread | lost (of sent) | SO_RXQ_OVFL | × C | × socketcan | CPU µs/frame (user + sys) |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const row of can.rows) {
    // A paced sender that could not keep its rate (its CPU was busy) says what it reached.
    const short = row.rate && row.sendRate < 0.95 * row.rate ? ` (sent ${k(row.sendRate)})` : '';
    const sender = row.rate ? `paced ${k(row.rate)}${short}` : `flood (${k(row.sendRate)})`;
    for (const im of CAN_IMPLEMENTATIONS) {
      const c = row.cells[im.id];
      if (!c) continue;
      const cpu = c.usUser === null || c.usUser === undefined ? '—' : `${c.usUser.toFixed(1)} + ${c.usSys.toFixed(1)}`;
      lines.push(`| ${sender} | ${im.label} | ${k(c.median)} | ±${(c.spread * 50).toFixed(0)}% | ${c.lost} of ${c.sent} | ${c.ovfl ?? '—'} | ${x(c.vsC)} | ${x(c.vsSocketcan)} | ${cpu} |`);
    }
  }
  lines.push('', '| CAN target | measured | goal | |', '|---|--:|--:|---|');
  for (const t of can.targets) {
    const mark = t.met === null ? `not measured${t.note ? ` (${t.note})` : ''}` : t.met ? 'met' : '**missed**';
    lines.push(`| ${t.what} | ${t.value === null ? '—' : Number.isInteger(t.value) ? t.value : t.value.toFixed(2)} | ${t.goal} | ${mark} |`);
  }
  lines.push('');
  return lines;
}
