/**
 * Families the host kernel may lack, end to end through `sock`: CAN (with
 * can-utils' candump and cansend as peers), ISO-TP, J1939 (with can-utils'
 * testj1939), vsock (and a vsock to TCP relay), TIPC, L2CAP and RFCOMM
 * between the lab's two emulated controllers, SCO (listening, and a connect
 * that ends as CPython's does: btvirt refuses SCO links), HCI (a raw command, and the
 * monitor channel seeing it), RDS over loopback, QIPCRTR on the local node,
 * and AF_PACKET on lo. Each skips with what it needs; in the kernel lab
 * (SOCK_KERNEL_LAB=1) a skip is a failure.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ifNametoindex, Socket, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import { needs, needsFamily, needsRoot, pythonBinary, type Need } from '@sock/core/testing';
import { AF_BLUETOOTH, BTPROTO_L2CAP, bluetoothFamily } from '@sock/bluetooth';
import { AF_CAN, CAN_ISOTP, CAN_J1939, canFamily } from '@sock/can';
import { qrtrFamily } from '@sock/qipcrtr';
import { rdsFamily } from '@sock/rds';
import { packetFamily } from '@sock/packet';
import { tipcFamily } from '@sock/tipc';
import { AF_VSOCK, VMADDR_CID_LOCAL, VMADDR_PORT_ANY, vsockFamily } from '@sock/vsock';
import { assertBuilt, killAll, run, SLOW, start, type Running } from './helpers.js';

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

const j1939: Need = vcan.skip
  ? vcan
  : need(() => {
      try {
        new Socket(AF_CAN, SOCK_DGRAM, CAN_J1939).close();
      } catch (err) {
        return `can-j1939: modprobe can-j1939 (${(err as Error).message})`;
      }
      return spawnSync('sh', ['-c', 'command -v testj1939 && command -v stdbuf'], { stdio: 'ignore' }).status === 0 ? null : 'testj1939 (apt-get install can-utils) and stdbuf (coreutils)';
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
const qrtr: Need = needsFamily(qrtrFamily);
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

  it('takes CAN FD frames by default, and ,setsockopt=SOL_CAN_RAW:CAN_RAW_FD_FRAMES:0 turns that off', async () => {
    const fd = start(['recv', '-v', '-c', '1', 'can:vcan0']);
    const classic = start(['recv', '-v', '-c', '1', 'can:vcan0,setsockopt=SOL_CAN_RAW:CAN_RAW_FD_FRAMES:0']);
    await fd.waitFor(/listening on/);
    await classic.waitFor(/listening on/);
    expect((await run(['vcan0', '123##1AABB'], { env: tool('cansend') })).code).toBe(0);
    expect((await run(['vcan0', '124#01'], { env: tool('cansend') })).code).toBe(0);
    expect((await fd.result).stdout).toMatch(/^\(\d+\.\d{6}\) vcan0 123##1AABB\n$/);
    expect((await classic.result).stdout).toMatch(/^\(\d+\.\d{6}\) vcan0 124#01\n$/);
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

/** The bytes testj1939 -s sends: ((2j) << 4) + ((2j + 1) & 0xf), as bytes. */
const testj1939Data = (n: number): string => Buffer.from(Array.from({ length: n }, (_, j) => (((2 * j) << 4) + ((2 * j + 1) & 0xf)) & 0xff)).toString('hex');

describe.skipIf(j1939.skip)(`J1939 on vcan0${j1939.title}`, () => {
  it('recv j1939:vcan0::0x12300:0x40 receives what testj1939 sends there from 0x20, with the sender, PGN and its address', async () => {
    const rx = start(['recv', '-v', '--json', '-c', '1', 'j1939:vcan0::0x12300:0x40'], { timeout: 20_000 });
    await rx.waitFor(/listening on j1939:vcan0:/);
    const tx = await run(['-s8', 'vcan0:0x20', 'vcan0:0x40,0x12300'], { env: tool('testj1939') });
    expect(tx.code).toBe(0);
    const r = await rx.result;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ length: 8, data: testj1939Data(8), from: 'vcan0:0:12300:20' });
  });

  it('send j1939:...,bind=vcan0:::0x21 carries a 100-byte message (the kernel\'s transport protocol) whole to testj1939 -r at 0x41', async () => {
    const rx = start(['-oL', 'testj1939', '-r', 'vcan0:0x41'], { env: tool('stdbuf'), timeout: 40_000 });
    const payload = Buffer.from(Array.from({ length: 100 }, (_, i) => i));
    // testj1939 prints "SA PGN:" and the bytes, eight to a line after a 5-digit offset; it says
    // nothing when it is ready, so sock sends until it has printed one whole message.
    const out = await untilSeen(rx, /21 12300:[^]*? 60 61 62 63\n/, async () => {
      const tx = await run(['send', '-x', 'j1939:vcan0::0x12300:0x41,bind=vcan0:::0x21'], { input: `${payload.toString('hex')}\n`, timeout: 20_000 });
      expect(tx).toMatchObject({ code: 0, stderr: '' });
    });
    const bytes = out
      .slice('21 12300:'.length)
      .split('\n')
      .flatMap((line, i) => (i === 0 ? line : line.slice(5)).trim().split(/\s+/))
      .filter(Boolean);
    expect(bytes.join('')).toBe(payload.toString('hex'));
    rx.child.kill('SIGTERM');
  });

  it('sock to sock: each line a J1939 message from 0x22 to 0x42 (one of them longer than a frame), received with its sender', async () => {
    const rx = start(['recv', '-v', '--json', '-c', '2', 'j1939:vcan0::0x12300:0x42'], { timeout: 20_000 });
    await rx.waitFor(/listening on/);
    const tx = await run(['send', '-l', 'j1939:vcan0::0x12300:0x42,bind=vcan0:::0x22'], { input: 'hello\nj1939 over sock\n', timeout: 20_000 });
    expect(tx.code).toBe(0);
    const r = await rx.result;
    expect(r.code).toBe(0);
    // A message the transport protocol reassembled comes with interface index 0 from the kernel (6.1), so no interface name.
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { length: 5, data: Buffer.from('hello').toString('hex'), from: 'vcan0:0:12300:22' },
      { length: 15, data: Buffer.from('j1939 over sock').toString('hex'), from: expect.stringMatching(/^(vcan0)?:0:12300:22$/) },
    ]);
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
  it('listen on a service name, connect to it: seqpacket messages both ways (TIPC has no half-close: the client waits 3 s, the server longer, so the client closes first)', async () => {
    const service = 18000 + (process.pid % 1000);
    const server = start(['listen', '-v', '-l', '--wait', '8', `tipc:${service}:17`], { input: 'reply\n' });
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
    const server = start(['listen', '-v', '-l', '--wait', '8', `l2cap:${HCI1}:${psm}`], { input: 'from hci1\n', timeout: 20_000 });
    await server.waitFor(/listening on/);
    const c = await run(['connect', '-l', '--wait', '3', `l2cap:${HCI1}:${psm},bind=${HCI0}`], { input: 'from hci0\n', timeout: 20_000 });
    expect(c).toMatchObject({ code: 0, stdout: 'from hci1\n' });
    expect((await server.result).stdout).toBe('from hci0\n');
  });

  it('RFCOMM: listen on hci1, connect from hci0, a byte stream both ways', async () => {
    const channel = 1 + (process.pid % 29);
    const server = start(['listen', '-v', '--wait', '8', `rfcomm:${HCI1}:${channel}`], { input: 'stream back', timeout: 20_000 });
    await server.waitFor(/listening on/);
    const c = await run(['connect', '--wait', '3', `rfcomm:${HCI1}:${channel},bind=${HCI0}`], { input: 'stream there', timeout: 20_000 });
    expect(c).toMatchObject({ code: 0, stdout: 'stream back' });
    expect((await server.result).stdout).toBe('stream there');
  });
});

// HCI_Read_BD_ADDR (OGF 0x04, OCF 0x009) as a command packet, and the Command Complete event hci0 answers with.
const READ_BD_ADDR = '01091000';
const bdaddrLE = (a: string): string => a.split(':').reverse().join('').toLowerCase();
const READ_BD_ADDR_COMPLETE = new RegExp(`"data":"040e0a[0-9a-f]{2}091000${bdaddrLE(HCI0)}"`);

describe.skipIf(controllers.skip)(`HCI sockets on the lab's controllers${controllers.title}`, () => {
  it('connect hci:0 sends a raw command and prints the event; recv hci:none:monitor sees the controllers, the command and the event', async () => {
    const mon = start(['recv', '-v', '--json', 'hci:none:monitor'], { timeout: 60_000 });
    await mon.waitFor(/listening on hci:/);
    // The monitor starts with a NEW_INDEX (opcode 0) per controller: index, length 16, type, bus, then the bdaddr.
    await mon.waitFor(new RegExp(`"data":"000000001000[0-9a-f]{4}${bdaddrLE(HCI0)}`), 20_000);
    await mon.waitFor(new RegExp(`"data":"000001001000[0-9a-f]{4}${bdaddrLE(HCI1)}`), 20_000);
    const raw = start(['connect', '--json', '--wait', '60', 'hci:0'], { input: `{"data":"${READ_BD_ADDR}"}\n`, timeout: 60_000 });
    await raw.waitFor(READ_BD_ADDR_COMPLETE, 30_000);
    raw.child.kill('SIGTERM');
    // HCI_MON_COMMAND_PKT (2) and HCI_MON_EVENT_PKT (3) on index 0.
    await mon.waitFor(new RegExp(`"data":"020000000300${READ_BD_ADDR.slice(2)}"`), 20_000);
    await mon.waitFor(new RegExp(`"data":"030000000c000e0a[0-9a-f]{2}091000${bdaddrLE(HCI0)}"`), 20_000);
    mon.child.kill('SIGTERM');
  }, 120_000 * SLOW);

  it('the user channel of a controller that is up fails with the kernel\'s EBUSY and what to do, one line, exit 1', async () => {
    const r = await run(['recv', '--timeout', '5', 'hci:1:user']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sock recv: hci:1:user: \[Errno 16\] Device or resource busy; the controller is in use: .*bluetoothd.*\n$/);
  });
});

const scoPeer: Need = controllers.skip ? controllers : need(() => (pythonBinary(['AF_BLUETOOTH']) === '/usr/bin/python3' ? null : "/usr/bin/python3 (Debian's python3, built with AF_BLUETOOTH)"));

/** CPython connecting an SCO socket from hci0 to hci1: prints "connected" or "errno N". */
const PY_SCO = `
import socket
c = socket.socket(socket.AF_BLUETOOTH, socket.SOCK_SEQPACKET, socket.BTPROTO_SCO)
c.bind(b'${HCI0}')
c.settimeout(60)
try:
    c.connect(b'${HCI1}')
    print('connected')
except OSError as e:
    print('errno', e.errno)
`;

// An SCO connect between the lab's btvirt controllers on Debian's 6.1 kernel is refused within
// milliseconds (CPython's too: the kernel cancels the paging of the ACL link it opens for SCO), and
// it leaves hci0's BR/EDR paging broken for the rest of the boot: every later L2CAP and RFCOMM
// connect from hci0, in any test file, then times out. So on 6.1 only listening is tested.
const release = (): string => spawnSync('uname', ['-r'], { encoding: 'utf8' }).stdout.trim();
const scoConnect: Need = scoPeer.skip
  ? scoPeer
  : /^6\.1\./.test(release())
    ? { skip: true, title: ` (skipped: on this ${release()} kernel an SCO connect to btvirt's hci1 is refused, CPython's too, and leaves hci0 unable to page hci1 for the rest of the boot)` }
    : { skip: false, title: '' };

describe.skipIf(scoPeer.skip)(`SCO between two controllers${scoPeer.title}`, () => {
  it('listen sco:BDADDR binds hci1\'s address and listens (-v names it)', async () => {
    const server = start(['listen', '--fork', '-v', '-U', `sco:${HCI1}`], { timeout: 120_000 });
    expect(await server.waitFor(/listening on sco:[0-9A-F:]+\n/)).toContain(`listening on sco:${HCI1}\n`);
    server.child.kill('SIGTERM');
  }, 120_000 * SLOW);

  // btvirt's controllers report an SCO MTU of 0 and may refuse SCO links, so what is compared is
  // the outcome: sock's connect ends as CPython's does.
  it.skipIf(scoConnect.skip)(`connect sco:BDADDR,bind=BDADDR from hci0 ends as CPython's connect does${scoConnect.title}`, async () => {
    const server = start(['listen', '--fork', '-v', '-U', `sco:${HCI1}`], { timeout: 120_000 });
    await server.waitFor(/listening on sco:00:AA:01:01:00:01\n/);
    const py = spawnSync('/usr/bin/python3', ['-c', PY_SCO], { encoding: 'utf8', timeout: 90_000 * SLOW });
    const theirs = py.stdout.trim();
    expect(theirs).toMatch(/^(connected|errno \d+)$/);
    const c = await run(['connect', '-u', '--wait', '2', `sco:${HCI1},bind=${HCI0}`], { input: '', timeout: 90_000 });
    if (theirs === 'connected') {
      expect(c).toMatchObject({ code: 0, stderr: '' });
      await server.waitFor(/connection from 00:AA:01:00:00:00\n[^]*connection from 00:AA:01:00:00:00\n/);
    } else {
      expect(c.code).toBe(1);
      expect(c.stderr).toMatch(new RegExp(`^sock connect: sco:${HCI1},bind=${HCI0}: \\[Errno ${theirs.slice('errno '.length)}\\] [^\\n]+\\n$`));
    }
    server.child.kill('SIGTERM');
  }, 240_000 * SLOW);
});

describe.skipIf(qrtr.skip)(`QIPCRTR on the local node${qrtr.title}`, () => {
  it('listen qipcrtr:local:any answers whoever sent last; connect qipcrtr:local:PORT gets the answer', async () => {
    const server = start(['listen', '-v', '-l', 'qipcrtr:local:any'], { keepStdin: true, timeout: 20_000 });
    const port = await portOf(server);
    const client = start(['connect', '-l', '-c', '1', `qipcrtr:local:${port}`], { keepStdin: true, timeout: 20_000 });
    client.write('ping\n');
    await server.waitFor(/ping\n/);
    server.end('pong\n');
    expect(await client.result).toMatchObject({ code: 0, stdout: 'pong\n' });
    expect((await server.result).code).toBe(0);
  });

  it('send qipcrtr:local:PORT delivers one datagram per line to recv, with the sender\'s node and port', async () => {
    const rx = start(['recv', '-v', '--json', '-c', '2', 'qipcrtr:local:any'], { timeout: 20_000 });
    const port = await portOf(rx);
    const listening = (await rx.waitFor(/listening on qipcrtr:\d+:\d+/)).split(':');
    const node = listening[1]!;
    expect((await run(['send', '-l', `qipcrtr:${node}:${port}`], { input: 'one\ntwo\n' })).code).toBe(0);
    const r = await rx.result;
    expect(r.code).toBe(0);
    const got = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { data: string; from: string });
    expect(got.map((g) => Buffer.from(g.data, 'hex').toString())).toEqual(['one', 'two']);
    expect(got[0]!.from).toMatch(new RegExp(`^${node}:\\d+$`));
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
