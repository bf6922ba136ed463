/**
 * The Node CAN receivers, one per role: `frames` (@sock/can's frames()
 * stream, with the drop counter), `frames-nocount` (without it) and
 * `recvmmsg` (core's batched receive alone, no frame decoding): the last two
 * tell where frames()' time goes. `async` (@sock's `await sock.recv(16)`),
 * `sync` (@sock's `recvSync(16)`) and `socketcan` (the npm package's
 * onMessage callback). Each binds to `addr` (vcan0), prints READY, counts
 * the data frames of the sender's measured phase (byte 4 set) until its end frame and
 * prints { counted, sent, ended, ovfl, rssKb } as bench/c/canrecv.c does.
 * Every loop is bounded: the watchdog reports and exits `seconds + 30` s in.
 */
import { createRequire } from 'node:module';
import { parse } from './args.mjs';

const o = parse();
const DATA_ID = 0x100;
const END_ID = 0x101;

let counted = 0;
let maxSeq = -1;
let ended = 0;
// SO_RXQ_OVFL's counter: only frames() reads it (0 until the kernel reports a drop).
let ovfl = o.role === 'frames' ? 0 : null;
let ovfl0 = null;
let cpu0 = null;

function done() {
  const sent = ended || maxSeq + 1;
  const drops = ovfl === null ? null : ovfl - (ovfl0 ?? 0);
  // CPU time per counted frame, from the first counted frame on (µs): where the receiver's time goes.
  const cpu = cpu0 === null ? null : process.cpuUsage(cpu0);
  const per = (us) => (counted > 0 ? Math.round((us / counted) * 100) / 100 : 0);
  const out = { counted, sent, ended: ended > 0, ovfl: drops, rssKb: process.resourceUsage().maxRSS, usUser: per(cpu?.user ?? 0), usSys: per(cpu?.system ?? 0) };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
}

/** One frame: its CAN id (without flags), its data, and the drop counter if the receiver reads it. Returns true at the end frame. */
function frame(id, data, dropped) {
  if (dropped !== undefined) ovfl = dropped;
  if (id === END_ID) {
    ended = data.readUInt32LE(0);
    return true;
  }
  if (id !== DATA_ID) return false;
  const seq = data.readUInt32LE(0);
  if (seq > maxSeq) maxSeq = seq;
  if (data[4] === 1) {
    if (ovfl0 === null) ovfl0 = ovfl ?? 0;
    if (cpu0 === null) cpu0 = process.cpuUsage();
    counted++;
  }
  return false;
}

setTimeout(done, (o.seconds + 30) * 1000).unref();

function ready() {
  process.stdout.write(`READY ${o.addr}\n`);
}

const CAN_SFF_MASK = 0x7ff;

if (o.role === 'socketcan') {
  const can = createRequire(import.meta.url)('socketcan');
  const channel = can.createRawChannel(o.addr, false);
  channel.addListener('onMessage', (msg) => {
    if (frame(msg.id, msg.data)) done();
  });
  channel.start();
  ready();
} else {
  const { CAN_RAW, canSocket, frames } = await import('@sock/can');
  if (o.role === 'frames' || o.role === 'frames-nocount') {
    const sock = canSocket(CAN_RAW, { ifname: o.addr, dropCounter: o.role === 'frames' });
    sock.settimeout(null);
    ready();
    for await (const f of frames(sock)) {
      if (f.kind === 'can' && frame(f.id, f.data, f.dropped)) break;
    }
  } else if (o.role === 'async') {
    const sock = canSocket(CAN_RAW, { ifname: o.addr });
    sock.settimeout(null);
    ready();
    for (;;) {
      const b = await sock.recv(16);
      if (frame(b.readUInt32LE(0) & CAN_SFF_MASK, b.subarray(8))) break;
    }
  } else if (o.role === 'recvmmsg') {
    // frames()' I/O without its decoding: one recvmmsg(2) of up to 64 frames per wake-up.
    const sock = canSocket(CAN_RAW, { ifname: o.addr });
    sock.settimeout(null);
    ready();
    let end = false;
    while (!end) {
      for (const [b] of await sock.recvmmsg(64, 16)) {
        if (frame(b.readUInt32LE(0) & CAN_SFF_MASK, b.subarray(8))) end = true;
      }
    }
  } else if (o.role === 'sync') {
    const sock = canSocket(CAN_RAW, { ifname: o.addr });
    sock.settimeout(null);
    ready();
    for (;;) {
      const b = sock.recvSync(16);
      if (frame(b.readUInt32LE(0) & CAN_SFF_MASK, b.subarray(8))) break;
    }
  } else {
    throw new Error(`unknown role ${o.role}`);
  }
  done();
}
