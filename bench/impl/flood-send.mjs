/**
 * The @sock sender of the datagram flood: bench/c/flood.c's `send` role
 * (the same datagrams, phases, end datagram and JSON line) with
 * `sendmmsgSync(messages)` of `batch` (64) datagrams per call on a connected
 * socket in blocking mode, reusing its 64 Buffers. argv: send <udp-flood|
 * unix-dgram-flood> addr=<port|path> count= seconds= warmup= warmupsec= batch= rate=
 */
import { Socket, SOCK_DGRAM } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { AF_UNIX } from '@sock/unix';
import { parse, now } from './args.mjs';

const o = parse();
o.batch ??= 64;
o.warmupsec ??= 0;
const SIZE = 64;
const udp = o.scenario.startsWith('udp');
const sock = new Socket(udp ? AF_INET : AF_UNIX, SOCK_DGRAM);
sock.connectSync(udp ? ['127.0.0.1', Number(o.addr)] : o.addr);
sock.settimeout(null);

const nap = new Int32Array(new SharedArrayBuffer(4));
const bufs = Array.from({ length: o.batch }, () => Buffer.alloc(SIZE, 0xa5));
const gone = (err) => err?.code === 'ECONNREFUSED' || err?.errno === 111;

/** Sends msgs (the first n of bufs); false once the receiver is gone. */
function sendAll(msgs) {
  let done = 0;
  while (done < msgs.length) {
    try {
      done += sock.sendmmsgSync(done === 0 ? msgs : msgs.slice(done));
    } catch (err) {
      if (gone(err)) return false;
      throw err;
    }
  }
  return true;
}

let seq = 0;
let measured = 0;
let warm = 0;
let phase = 0;
let stopped = false;
const start = now();
let t0 = start;
const all = bufs;
while (!stopped && measured < o.count) {
  if (phase === 0 && seq >= o.warmup && now() - start >= o.warmupsec) {
    phase = 1;
    warm = seq;
    t0 = now();
  }
  const n = phase === 1 ? Math.min(o.batch, o.count - measured) : o.batch;
  for (let i = 0; i < n; i++) {
    bufs[i].writeUInt32LE((seq + i) >>> 0, 0);
    bufs[i][4] = phase;
  }
  if (!sendAll(n === o.batch ? all : bufs.slice(0, n))) stopped = true;
  seq += n;
  if (o.rate > 0) {
    // Paced (the quick run): sleep until this batch's due time.
    const ahead = start + seq / o.rate - now();
    if (ahead > 0) Atomics.wait(nap, 0, 0, ahead * 1000);
  }
  if (phase === 1) {
    measured += n;
    if (now() - t0 > o.seconds) break;
  }
}
const secs = now() - t0;
process.stdout.write(`${JSON.stringify({ sent: measured, warmup: warm, seconds: secs, gone: stopped })}\n`);

// The end datagram every millisecond for 3 s (the runner kills this process once the receiver has reported).
const end = Buffer.alloc(SIZE, 0xa5);
end.writeUInt32LE(measured >>> 0, 0);
end[4] = 2;
for (let k = 0; k < 3000 && !stopped; k++) {
  if (!sendAll([end])) break;
  Atomics.wait(nap, 0, 0, 1);
}
sock.close();
