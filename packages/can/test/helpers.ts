import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { errno, ifNametoindex, OSError, SO_RCVBUF, SOL_SOCKET, Socket } from '@sock/core';
import { needs, needsFamily, type Need } from '@sock/core/testing';
import { AF_CAN, CAN_BCM, CAN_EFF_FLAG, CAN_ISOTP, CAN_J1939, CAN_RAW, canFamily, canSocket, canSocketType, encodeCanFrame, setFilters } from '@sock/can';

/** AF_CAN and the lab's vcan0 (CAN_RAW works, the interface exists). */
export const can: Need = (() => {
  const fam = needsFamily(canFamily);
  if (fam.skip) return fam;
  let ok = true;
  try {
    ifNametoindex('vcan0');
  } catch {
    ok = false;
  }
  return needs(ok ? null : 'vcan0: modprobe vcan; ip link add vcan0 type vcan; ip link set up vcan0');
})();

function protoNeed(proto: number | undefined, module: string): Need {
  if (can.skip) return can;
  if (proto === undefined) return needs(`${module}: these headers lack its protocol number`);
  try {
    new Socket(AF_CAN, canSocketType(proto), proto).close();
    return needs(null);
  } catch (err) {
    return needs(`${module}: modprobe ${module} (${(err as Error).message})`);
  }
}

export const bcm: Need = protoNeed(CAN_BCM, 'can-bcm');
export const isotp: Need = protoNeed(CAN_ISOTP, 'can-isotp');
export const j1939: Need = protoNeed(CAN_J1939, 'can-j1939');

/** can-utils on PATH (the lab installs Debian's can-utils). */
export const canUtils: Need = can.skip
  ? can
  : needs(spawnSync('sh', ['-c', 'command -v candump && command -v cansend && command -v isotpsend && command -v isotprecv'], { stdio: 'ignore' }).status === 0 ? null : "can-utils (candump, cansend, isotpsend, isotprecv): apt-get install can-utils");

/** A filter passing the standard (11-bit) frames of `id` only. */
export const only = (id: number): { id: number; mask: number } => ({ id, mask: (0x7ff | CAN_EFF_FLAG) >>> 0 });

/**
 * A CAN_RAW socket on `ifname` that only receives the standard (11-bit)
 * frames of `ids`, with a timeout: test files run side by side on vcan0, and
 * J1939 traffic's extended ids must not reach it.
 */
export function rawOn(ids: number[], ifname = 'vcan0', timeout = 5): Socket {
  const s = new Socket(AF_CAN, canSocketType(CAN_RAW), CAN_RAW);
  try {
    setFilters(s, ids.map(only));
    s.bind([ifname]);
    s.settimeout(timeout);
    return s;
  } catch (err) {
    s.close();
    throw err;
  }
}

/** Runs a child to completion (bounded), resolving with its stdout. */
export function run(cmd: string, args: string[], input?: string, ms = 15000): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 && code !== null && err) out += `\n[stderr] ${err}`;
      resolve({ code, out });
    });
    // A child that never reads its input (cansend) may exit before the end reaches it: EPIPE then is no error of the test.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** A long-running child whose stdout is collected; kill it when done. */
export function start(cmd: string, args: string[]): { child: ChildProcess; out: () => string; exited: Promise<number | null> } {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, out: () => out, exited };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Bytes 0..n-1 as a repeating pattern, for PDUs. */
export function pattern(n: number, seed = 0): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7 + seed) & 0xff;
  return b;
}

/**
 * A CAN_RAW receiver on vcan0 with the drop counter on, taking only frames of
 * `id`, whose 1 KiB receive queue has overflowed: 200 frames of `id` (data
 * byte i) sent through `tx`, ENOBUFS answered by waiting 5 ms, then 50 ms for
 * the last to arrive. `sent` is how many the sender got out; the caller owns
 * both sockets.
 */
export async function overflowedReceiver(id: number): Promise<{ rx: ReturnType<typeof canSocket>; tx: ReturnType<typeof canSocket>; sent: number }> {
  const rx = canSocket(CAN_RAW, { dropCounter: true });
  const tx = canSocket(CAN_RAW, { ifname: 'vcan0' });
  try {
    setFilters(rx, [only(id)]);
    rx.setsockopt(SOL_SOCKET, SO_RCVBUF, 1024);
    rx.bind(['vcan0']);
    let sent = 0;
    for (let i = 0; i < 200; i++) {
      try {
        tx.sendSync(encodeCanFrame({ id, data: Buffer.from([i]) }));
        sent++;
      } catch (err) {
        if ((err as OSError).errno !== errno.ENOBUFS) throw err;
        await sleep(5);
      }
    }
    await sleep(50);
    return { rx, tx, sent };
  } catch (err) {
    rx.close();
    tx.close();
    throw err;
  }
}
