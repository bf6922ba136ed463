/**
 * What the scale programs (scale-sock.mjs, scale-node.mjs) share: argv, the
 * process holding the far ends of the idle connections, memory samples, the
 * measured window with its event-loop delay histogram, and the result line.
 *
 * argv: mode(idle|busy) scale n=N recv=0|1 seconds=S warmupsec=S addr=PATH
 *   idle: one busy ping-pong pair in this process plus N idle connections
 *         whose far ends another process holds (scale-peer.py);
 *   busy: N connected pairs in this process, every one ping-ponging.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parse, now } from './args.mjs';

export const o = parse();
o.recv ??= 1;
o.warmupsec ??= 0.5;
rmSync(o.addr, { force: true });

/** Round trips completed so far, by every pair (the busy loops add to it). */
export const counter = { rounds: 0, stopped: false };

const peerPy = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scale-peer.py');

/**
 * Starts scale-peer.py (idle until told); `connect()` makes it open n
 * connections to the listening path and resolves once it says it has.
 * Its stdin is our pipe: it exits when this process does.
 */
export function idlePeer(n) {
  const child = spawn('python3', [peerPy, o.addr, String(n)], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdout.setEncoding('utf8');
  let buffered = '';
  const waiters = [];
  child.stdout.on('data', (d) => {
    buffered += d;
    for (const w of waiters.splice(0)) w();
  });
  const line = (prefix) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`scale-peer.py: no ${prefix} line`)), 60_000);
    const check = () => {
      if (buffered.includes(prefix)) {
        clearTimeout(timer);
        resolve();
      } else waiters.push(check);
    };
    check();
  });
  child.on('exit', (code) => {
    if (!counter.stopped) {
      process.stderr.write(`scale-peer.py exited early (${code})\n`);
      process.exit(1);
    }
  });
  return {
    ready: () => line('READY'),
    connect: () => {
      child.stdin.write('go\n');
      return line('CONNECTED');
    },
  };
}

/** Resident and heap memory after two full collections (node --expose-gc). */
export function memory() {
  globalThis.gc?.();
  globalThis.gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed, external: m.external + m.arrayBuffers };
}

/**
 * Lets the traffic run `warmupsec`, then measures `seconds`: round trips and
 * the event-loop delay (monitorEventLoopDelay, 1 ms resolution); prints the
 * result line and exits (every loop and socket ends with the process).
 */
export function measure(extra) {
  const h = monitorEventLoopDelay({ resolution: 1 });
  setTimeout(() => {
    const r0 = counter.rounds;
    const t0 = now();
    const cpu0 = process.cpuUsage();
    h.enable();
    setTimeout(() => {
      const secs = now() - t0;
      const rounds = counter.rounds - r0;
      h.disable();
      const cpu = process.cpuUsage(cpu0);
      counter.stopped = true;
      const ms = (ns) => ns / 1e6;
      const res = {
        ...extra,
        ops: rounds,
        seconds: secs,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        elP50Ms: ms(h.percentile(50)),
        elP99Ms: ms(h.percentile(99)),
        elMaxMs: ms(h.max),
        rssKb: process.resourceUsage().maxRSS,
      };
      process.stdout.write(`${JSON.stringify(res)}\n`, () => process.exit(0));
    }, o.seconds * 1000);
  }, o.warmupsec * 1000);
}

export { now };
