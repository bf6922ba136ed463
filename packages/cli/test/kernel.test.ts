/**
 * Families the host kernel may lack, end to end through `sock`: CAN (with
 * can-utils' candump and cansend as peers), ISO-TP, vsock (and a vsock to
 * TCP relay), TIPC, L2CAP and RFCOMM between the lab's two emulated
 * controllers, RDS over loopback, and AF_PACKET on lo. Each skips with what it needs; in
 * the kernel lab (SOCK_KERNEL_LAB=1) a skip is a failure.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ifNametoindex, Socket, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import { needs, needsFamily, needsRoot, type Need } from '@sock/core/testing';
import { AF_BLUETOOTH, BTPROTO_L2CAP, bluetoothFamily } from '@sock/bluetooth';
import { AF_CAN, CAN_ISOTP, canFamily } from '@sock/can';
import { rdsFamily } from '@sock/rds';
import { packetFamily } from '@sock/packet';
import { tipcFamily } from '@sock/tipc';
import { AF_VSOCK, VMADDR_CID_LOCAL, VMADDR_PORT_ANY, vsockFamily } from '@sock/vsock';
import { assertBuilt, killAll, run, start, type Running } from './helpers.js';

beforeAll(assertBuilt);
afterEach(killAll);

const tool = (cmd: string): { SOCK_CMD: string } => ({ SOCK_CMD: cmd });
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function need(check: () => string | null): Need {
  return needs(check());
}

const vcan: Need = need(() => {
  if (!canFamily.available()) return `AF_CAN: ${canFamily.unavailableReason()}`;
  for (const i of ['vcan0', 'vcan1']) {
    try {
      ifNametoindex(i);
    } catch {
      return `${i}: modprobe vcan; ip link add ${i} type vcan; ip link set up ${i}`;
    }
  }
  return spawnSync('sh', ['-c', 'command -v candump && command -v cansend'], { stdio: 'ignore' }).status === 0 ? null : 'can-utils (candump, cansend): apt-get install can-utils';
});

const isotp: Need = vcan.skip
  ? vcan
  : need(() => {
      try {
        new Socket(AF_CAN, SOCK_DGRAM, CAN_ISOTP).close();
        return null;
      } catch (err) {
        return `can-isotp: modprobe can-isotp (${(err as Error).message})`;
      }
    });

const vsockLoopback: Need = need(() => {
  if (!vsockFamily.available()) return `AF_VSOCK: ${vsockFamily.unavailableReason()}`;
  try {
    using s = new Socket(AF_VSOCK, SOCK_STREAM);
    s.bind([VMADDR_CID_LOCAL!, VMADDR_PORT_ANY!]);
    return null;
  } catch (err) {
    return `the vsock_loopback transport: modprobe vsock_loopback (${(err as Error).message})`;
  }
});

const tipc: Need = needsFamily(tipcFamily);
const rds: Need = needsFamily(rdsFamily);
const HCI0 = '00:AA:01:00:00:00';
const HCI1 = '00:AA:01:01:00:01';
const controllers: Need = need(() => {
  if (!bluetoothFamily.available()) return `AF_BLUETOOTH: ${bluetoothFamily.unavailableReason()}`;
  for (const addr of [HCI0, HCI1]) {
    try {
      using s = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_L2CAP);
      s.bind([addr, 0]);
    } catch (err) {
      return `two Bluetooth controllers up (${HCI0}, ${HCI1}; the kernel lab's btvirt): ${(err as Error).message}`;
    }
  }
  return null;
});
const packet: Need = packetFamily.available() ? needsRoot('root (CAP_NET_RAW) for AF_PACKET') : needsFamily(packetFamily);

/** Runs `action` every 300 ms until `watcher` has printed `re` (a peer may start listening a moment after it starts). */
async function untilSeen(watcher: Running, re: RegExp, action: () => Promise<unknown>): Promise<string> {
  const seen = watcher.waitFor(re, 8000);
  let done = false;
  void seen.finally(() => (done = true)).catch(() => {});
  while (!done) {
    await action();
    await Promise.race([seen.catch(() => {}), sleep(300)]);
  }
  return seen;
}

const portOf = async (r: Running): Promise<number> => Number((await r.waitFor(/listening on \S+:(\d+)\n/)).match(/:(\d+)\n$/)![1]);

describe.skipIf(vcan.skip)(`CAN on vcan0/vcan1${vcan.title}`, () => {
  it('recv prints what cansend sends as candump -L lines', async () => {
    const rx = start(['recv', '-v', '-c', '2', 'can:vcan0']);
    await rx.waitFor(/listening on can:vcan0\n/);
    expect((await run(['vcan0', '123#DEADBEEF'], { env: tool('cansend') })).code).toBe(0);
    expect((await run(['vcan0', '1ABCDEF0#R'], { env: tool('cansend') })).code).toBe(0);
    const r = await rx.result;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\(\d+\.\d{6}\) vcan0 123#DEADBEEF\n\(\d+\.\d{6}\) vcan0 1ABCDEF0#R\n$/);
  });

  it('send takes candump log lines and cansend frames, and candump sees them', async () => {
    const dump = start(['-L', 'vcan0'], { env: tool('candump'), keepStdin: true });
    const line = await untilSeen(dump, /vcan0 7FF#0102\n/, () => run(['send', 'can:vcan0'], { input: '(1700000000.000001) vcan9 456#AABBCC\n7FF#0102\n' }));
    expect(line).toBe('vcan0 7FF#0102\n');
    dump.child.kill('SIGTERM');
    const out = (await dump.result).stdout;
    expect(out).toMatch(/^\(\d+\.\d+\) vcan0 456#AABBCC$/m);
  });

  it('a CAN bridge: sock recv can:vcan0 | sock send can:vcan1, and relay can:vcan0 can:vcan1', async () => {
    const sock = `${process.execPath} ${JSON.stringify(new URL('../dist/bin.js', import.meta.url).pathname)}`;
    const pipe = start(['-c', `${sock} recv -c 1 can:vcan0 | ${sock} send can:vcan1`], { env: tool('sh'), timeout: 15_000 });
    const dump1 = start(['-L', 'vcan1'], { env: tool('candump'), keepStdin: true });
    await untilSeen(dump1, /vcan1 321#CAFE\n/, () => run(['vcan0', '321#CAFE'], { env: tool('cansend') }));
    expect((await pipe.result).code).toBe(0);
    dump1.child.kill('SIGTERM');

    const relay = start(['relay', 'can:vcan0', 'can:vcan1'], { timeout: 15_000 });
    const dump2 = start(['-L', 'vcan0'], { env: tool('candump'), keepStdin: true });
    // Both ways: vcan0 -> vcan1 is seen on vcan1; vcan1 -> vcan0 is seen on vcan0.
    const dump3 = start(['-L', 'vcan1'], { env: tool('candump'), keepStdin: true });
    await untilSeen(dump3, /vcan1 0AA#01\n/, () => run(['vcan0', '0AA#01'], { env: tool('cansend') }));
    await untilSeen(dump2, /vcan0 0BB#02\n/, () => run(['vcan1', '0BB#02'], { env: tool('cansend') }));
    relay.child.kill('SIGTERM');
  });

  it.skipIf(isotp.skip)(`ISO-TP: a 40-byte message (segmented by the kernel) arrives whole${isotp.title}`, async () => {
    const rx = start(['recv', '-v', '-x', '-c', '1', 'isotp:vcan0:123:321']);
    await rx.waitFor(/listening on/);
    const payload = Buffer.from(Array.from({ length: 40 }, (_, i) => i));
    expect((await run(['send', '-x', 'isotp:vcan0:321:123'], { input: `${payload.toString('hex')}\n` })).code).toBe(0);
    const r = await rx.result;
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).length).toBe(3);
    expect(r.stdout).toMatch(/^00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  /);
    expect(r.stdout).toMatch(/\n00000020  20 21 22 23 24 25 26 27 {27}\|/);
  });
});

describe.skipIf(vsockLoopback.skip)(`vsock over the loopback transport${vsockLoopback.title}`, () => {
  it('listen and connect on vsock:local, both directions', async () => {
    const server = start(['listen', '-v', 'vsock:any:any'], { input: 'from listener\n' });
    const port = await portOf(server);
    const c = await run(['connect', `vsock:local:${port}`], { input: 'from client\n' });
    expect(c).toMatchObject({ code: 0, stdout: 'from listener\n' });
    expect((await server.result).stdout).toBe('from client\n');
  });

  it('vsock to TCP: relay vsock:any:PORT,listen tcp:127.0.0.1:PORT carries a vsock client to a TCP echo', async () => {
    const echo = start(['listen', '--fork', '-v', 'tcp:127.0.0.1:0', '--', 'cat'], { keepStdin: true, timeout: 15_000 });
    const tcpPort = await portOf(echo);
    const relay = start(['relay', '-v', 'vsock:any:any,listen', `tcp:127.0.0.1:${tcpPort}`], { timeout: 15_000 });
    const vport = await portOf(relay);
    const c = await run(['connect', `vsock:local:${vport}`], { input: 'over vsock\n' });
    expect(c).toMatchObject({ code: 0, stdout: 'over vsock\n' });
    expect((await relay.result).code).toBe(0);
    echo.child.kill('SIGTERM');
  });
});

describe.skipIf(tipc.skip)(`TIPC on one node${tipc.title}`, () => {
  it('listen on a service name, connect to it: seqpacket messages both ways (TIPC has no half-close: each side waits 3 s)', async () => {
    const service = 18000 + (process.pid % 1000);
    const server = start(['listen', '-v', '-l', '--wait', '3', `tipc:${service}:17`], { input: 'reply\n' });
    await server.waitFor(/listening on/);
    const c = await run(['connect', '-l', '--wait', '3', `tipc:${service}:17`], { input: 'hello\nworld\n' });
    expect(c).toMatchObject({ code: 0, stdout: 'reply\n' });
    expect((await server.result).stdout).toBe('hello\nworld\n');
  });
});

describe.skipIf(packet.skip)(`AF_PACKET on lo${packet.title}`, () => {
  it('recv packet:lo:0x88b5 sees a raw Ethernet frame that send packet:lo:0x88b5 puts on lo', async () => {
    const rx = start(['recv', '-v', '-x', '-c', '1', 'packet:lo:0x88b5']);
    await rx.waitFor(/listening on/);
    const frame = Buffer.concat([Buffer.alloc(6), Buffer.alloc(6), Buffer.from([0x88, 0xb5]), Buffer.from('sock packet test')]);
    expect((await run(['send', '-x', 'packet:lo:0x88b5'], { input: `${frame.toString('hex')}\n` })).code).toBe(0);
    const r = await rx.result;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('|..............so|');
    expect(r.stdout).toContain('|ck packet test|');
  });
});

describe.skipIf(controllers.skip)(`Bluetooth between two controllers${controllers.title}`, () => {
  it('L2CAP: listen on hci1, connect from hci0 (bind=), messages both ways', async () => {
    const psm = 0x1001 + 2 * (process.pid % 100); // odd, below 0x1100: a dynamic PSM has bit 8 clear
    const server = start(['listen', '-v', '-l', '--wait', '3', `l2cap:${HCI1}:${psm}`], { input: 'from hci1\n', timeout: 20_000 });
    await server.waitFor(/listening on/);
    const c = await run(['connect', '-l', '--wait', '3', `l2cap:${HCI1}:${psm},bind=${HCI0}`], { input: 'from hci0\n', timeout: 20_000 });
    expect(c).toMatchObject({ code: 0, stdout: 'from hci1\n' });
    expect((await server.result).stdout).toBe('from hci0\n');
  });

  it('RFCOMM: listen on hci1, connect from hci0, a byte stream both ways', async () => {
    const channel = 1 + (process.pid % 29);
    const server = start(['listen', '-v', '--wait', '3', `rfcomm:${HCI1}:${channel}`], { input: 'stream back', timeout: 20_000 });
    await server.waitFor(/listening on/);
    const c = await run(['connect', '--wait', '3', `rfcomm:${HCI1}:${channel},bind=${HCI0}`], { input: 'stream there', timeout: 20_000 });
    expect(c).toMatchObject({ code: 0, stdout: 'stream back' });
    expect((await server.result).stdout).toBe('stream there');
  });
});

describe.skipIf(rds.skip)(`RDS over loopback${rds.title}`, () => {
  it('send rds:127.0.0.1:PORT delivers one datagram per line to recv, which answers the sender', async () => {
    const server = start(['listen', '-v', '-l', 'rds:127.0.0.1:0'], { keepStdin: true, timeout: 20_000 });
    const port = await portOf(server);
    const client = start(['connect', '-l', '-c', '1', `rds:127.0.0.1:${port}`], { keepStdin: true, timeout: 20_000 });
    client.write('ping\n');
    await server.waitFor(/ping\n/);
    server.end('pong\n');
    expect(await client.result).toMatchObject({ code: 0, stdout: 'pong\n' });
    expect((await server.result).code).toBe(0);
  });
});
