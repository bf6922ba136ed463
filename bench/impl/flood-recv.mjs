/**
 * The Node receivers of the datagram flood (bench/c/flood.c is the sender of
 * every row and the C floor). Role, then the scenario (`udp-flood` or
 * `unix-dgram-flood`), then key=value options:
 * - `mmsg-sync`: @sock `recvmmsgSync(batch, 64)` in a loop;
 * - `mmsg-sync-reuse`: the same with `{ reuse: true }` (one set of buffers, refilled);
 * - `mmsg-async`: @sock `await recvmmsg(batch, 64)` in a loop;
 * - `recv-sync`: @sock `recvSync(64)`, a new Buffer per datagram;
 * - `recv-async`: @sock `await recv(64)`, a new Buffer per datagram;
 * - `node`: node:dgram's 'message' event (UDP only);
 * - `unix-dgram`: the unix-dgram addon's callback (Unix datagrams only).
 * Each binds (127.0.0.1:0, or `addr`), prints READY <port|path>, counts the
 * measured datagrams (byte 4 == 1) and stops at the end datagram (byte 4 ==
 * 2), or `idle` seconds after its last datagram (a lost end marker), or
 * `seconds + 30` s in. It prints what flood.c's receiver prints.
 */
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { parse, now } from './args.mjs';

const o = parse();
o.batch ??= 64;
o.idle ??= 1;
const SIZE = 64;
const udp = o.scenario.startsWith('udp');

let counted = 0;
let t0 = 0;
let tLast = 0;
let ended = false;
let cpu0 = null;
// recvmmsg calls from the first measured datagram on (the batched receivers only).
let calls = 0;

function done() {
  const cpu = cpu0 === null ? null : process.cpuUsage(cpu0);
  const per = (us) => (counted > 0 ? Math.round((us / counted) * 1000) / 1000 : 0);
  const out = { counted, seconds: counted ? tLast - t0 : 0, ended, rssKb: process.resourceUsage().maxRSS, usUser: per(cpu?.user ?? 0), usSys: per(cpu?.system ?? 0), calls: calls || null };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
}

/** The first measured datagram starts the clock (at `t`, the time its batch arrived). */
function first(t) {
  t0 = t;
  tLast = t;
  cpu0 = process.cpuUsage();
}

const deadline = now() + o.seconds + 30;
/** Whether to stop for lack of datagrams: past the deadline, or `idle` s since the last one. */
const stale = () => {
  const t = now();
  return t > deadline || (counted > 0 && t - tLast > o.idle);
};
// The async receivers' watchdog (the Sync ones check on each receive timeout).
const watchdog = () => setInterval(() => stale() && done(), 100);

function ready(where) {
  process.stdout.write(`READY ${where}\n`);
}

/** One datagram (a callback receiver's): returns true at the end datagram. Stamps the time every 64 datagrams. */
function one(b) {
  const phase = b[4];
  if (phase === 1) {
    if (counted++ === 0) first(now());
    else if ((counted & 63) === 0) tLast = now();
    return false;
  }
  if (phase === 2) {
    ended = true;
    tLast = now();
    return true;
  }
  return false;
}

/** One batch (or one datagram of the @sock loops), received at `t`: returns true at the end datagram. */
function batch(msgs, t) {
  if (counted > 0) calls++;
  for (let i = 0; i < msgs.length; i++) {
    const phase = msgs[i][0][4];
    if (phase === 1) {
      if (counted++ === 0) first(t);
    } else if (phase === 2) {
      ended = true;
      break;
    }
  }
  tLast = t;
  return ended;
}

async function sockSocket() {
  const { Socket, SOCK_DGRAM } = await import('@sock/core');
  const { AF_INET } = await import('@sock/inet');
  const { AF_UNIX } = await import('@sock/unix');
  const sock = new Socket(udp ? AF_INET : AF_UNIX, SOCK_DGRAM);
  if (udp) sock.bind(['127.0.0.1', 0]);
  else {
    rmSync(o.addr, { force: true });
    sock.bind(o.addr);
  }
  return { sock, where: udp ? sock.getsockname()[1] : o.addr };
}

const isTimeout = (err) => err?.name === 'TimeoutError' || err?.constructor?.name === 'TimeoutError';

if (o.role === 'node') {
  if (!udp) throw new Error('node:dgram has no Unix datagrams');
  const dgram = await import('node:dgram');
  const s = dgram.createSocket('udp4');
  s.on('message', (msg) => {
    if (one(msg)) done();
  });
  s.on('error', (e) => {
    console.error(e);
    process.exit(2);
  });
  s.bind(0, '127.0.0.1', () => ready(s.address().port));
  watchdog();
} else if (o.role === 'unix-dgram') {
  if (udp) throw new Error('unix-dgram has Unix datagrams only');
  const unix = createRequire(import.meta.url)('unix-dgram');
  rmSync(o.addr, { force: true });
  const s = unix.createSocket('unix_dgram', (msg) => {
    if (one(msg)) done();
  });
  s.on('error', (e) => {
    console.error(e);
    process.exit(2);
  });
  s.on('listening', () => ready(o.addr));
  s.bind(o.addr);
  watchdog();
} else {
  const { sock, where } = await sockSocket();
  const sync = o.role.endsWith('-sync');
  // Sync loops wake up every 100 ms to check the idle gap; async ones block and have the watchdog.
  sock.settimeout(sync ? 0.1 : null);
  ready(where);
  if (!sync) watchdog();
  const n = o.batch;
  if (o.role === 'mmsg-sync' || o.role === 'mmsg-sync-reuse') {
    const options = o.role === 'mmsg-sync-reuse' ? { reuse: true } : undefined;
    for (;;) {
      let msgs;
      try {
        msgs = sock.recvmmsgSync(n, SIZE, options);
      } catch (err) {
        if (!isTimeout(err)) throw err;
        if (stale()) break;
        continue;
      }
      if (batch(msgs, now())) break;
    }
  } else if (o.role === 'mmsg-async') {
    for (;;) {
      const msgs = await sock.recvmmsg(n, SIZE);
      if (batch(msgs, now())) break;
    }
  } else if (o.role === 'recv-sync') {
    for (;;) {
      let b;
      try {
        b = sock.recvSync(SIZE);
      } catch (err) {
        if (!isTimeout(err)) throw err;
        if (stale()) break;
        continue;
      }
      if (one(b)) break;
    }
  } else if (o.role === 'recv-async') {
    for (;;) {
      const b = await sock.recv(SIZE);
      if (one(b)) break;
    }
  } else {
    throw new Error(`unknown role ${o.role}`);
  }
  done();
}
