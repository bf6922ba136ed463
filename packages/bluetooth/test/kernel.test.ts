/**
 * Real AF_BLUETOOTH sockets against the kernel lab's two btvirt controllers,
 * hci0 (00:AA:01:00:00:00) and hci1 (00:AA:01:01:00:01): HCI commands and
 * device ioctls, L2CAP and RFCOMM connections from one controller to the
 * other, with BlueZ's l2test/rctest/hciconfig and CPython as peers. Every
 * blocking call runs under a socket timeout or a process timeout.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errno, OSError, SO_ERROR, SOCK_RAW, SOCK_SEQPACKET, SOCK_STREAM, SOL_SOCKET, Socket } from '@sock/core';
import { needs, needsFamily, pythonBinary, thrown, type Need } from '@sock/core/testing';
import {
  AF_BLUETOOTH, BDADDR_ANY, BDADDR_LE_PUBLIC, BDADDR_LE_RANDOM, BTPROTO_HCI, BTPROTO_L2CAP, BTPROTO_RFCOMM, BTPROTO_SCO, BT_SECURITY_LOW,
  bluetoothFamily, decodeHciPacket, encodeHciCommand, EVT_CMD_COMPLETE, getBtSecurity, getBtSndMtu, getHciFilter, getL2capOptions,
  getRfcommLinkMode, HCI_CHANNEL_MONITOR, HCI_CHANNEL_USER, bluetoothErrorHint, RFCOMM_LM_AUTH, HCI_DEV_NONE, HCI_EVENT_PKT, hciDevices, hciFilter, hciGetDevInfo, hciGetDevList, hciOpcode, hciSocket,
  L2CAP_MODE_BASIC, OCF_READ_BD_ADDR, OGF_INFO_PARAM, parseBdaddr, setBtSecurity, setHciFilter, setL2capOptions, hciDevDown, hciDevUp, hciSetScan,
  HCI_ISCAN, HCI_PSCAN, SCAN_INQUIRY, SCAN_PAGE, getL2capConnInfo, getBtRcvMtu, getBtVoice, setBtRcvMtu, OGF_LE_CTL, BT_VOICE_CVSD_16BIT, SOL_SCO, SCO_OPTIONS,
} from '@sock/bluetooth';

const HCI0 = '00:AA:01:00:00:00';
const HCI1 = '00:AA:01:01:00:01';
const T = 30; // seconds: BR/EDR paging between emulated controllers is slow under TCG

const bt: Need = (() => {
  const fam = needsFamily(bluetoothFamily);
  if (fam.skip) return fam;
  return needs(existsSync('/sys/class/bluetooth/hci0') && existsSync('/sys/class/bluetooth/hci1') ? null : 'hci0 and hci1 (btvirt -l2, as the kernel lab runs)');
})();
const tool = (name: string): Need => (bt.skip ? bt : needs(spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0 ? null : `${name} (apt-get install bluez)`));
const bluez: Need = [tool('l2test'), tool('rctest')].find((n) => n.skip) ?? tool('l2test');
const cpython: Need = bt.skip ? bt : needs(pythonBinary(['AF_BLUETOOTH']) === '/usr/bin/python3' ? null : "/usr/bin/python3 (Debian's python3, built with AF_BLUETOOTH)");

let nextPsm = 0x1001;
const psm = (): number => (nextPsm += 2); // odd, dynamic range
let nextChannel = 3;
const channel = (): number => nextChannel++;

/** An L2CAP SEQPACKET socket with a timeout, bound to a controller's address (and a PSM, for a server). */
function l2cap(source: string, port = 0): Socket<'AF_BLUETOOTH'> {
  const s = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_L2CAP);
  s.settimeout(T);
  try {
    s.bind([source, port]);
  } catch (err) {
    s.close();
    throw err;
  }
  return s;
}

/** A client bound to hci0 connected to `server` (listening on hci1's `port`), and the connection the server accepted. */
async function l2capPair(server: Socket<'AF_BLUETOOTH'>, port: number): Promise<{ client: Socket<'AF_BLUETOOTH'>; conn: Socket<'AF_BLUETOOTH'>; peer: unknown }> {
  const client = l2cap(HCI0);
  try {
    const accepted = server.accept();
    await client.connect([HCI1, port]);
    const [conn, peer] = await accepted;
    return { client, conn: conn as Socket<'AF_BLUETOOTH'>, peer };
  } catch (err) {
    client.close();
    throw err;
  }
}

function rfcomm(): Socket<'AF_BLUETOOTH'> {
  const s = new Socket(AF_BLUETOOTH, SOCK_STREAM, BTPROTO_RFCOMM);
  s.settimeout(T);
  return s;
}

/** A child process whose output is collected; `until(re)` waits (bounded) for it to print re. */
function run(cmd: string, args: string[], cwd?: string) {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    async until(re: RegExp, ms = T * 1000): Promise<string> {
      const end = Date.now() + ms;
      while (!re.test(out)) {
        if (Date.now() > end) throw new Error(`${cmd} did not print ${re} within ${ms} ms; it printed:\n${out}`);
        if (child.exitCode !== null && !re.test(out)) throw new Error(`${cmd} exited (${child.exitCode}) without printing ${re}:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    },
    stop(): Promise<number | null> {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

describe.skipIf(bt.skip)(`HCI sockets on the lab's btvirt controllers${bt.title}`, { timeout: 120_000 }, () => {
  it('lists hci0 and hci1 up with their addresses (HCIGETDEVLIST, HCIGETDEVINFO)', () => {
    const devs = hciDevices();
    const byId = new Map(devs.map((d) => [d.devId, d]));
    expect(byId.get(0)).toMatchObject({ name: 'hci0', bdaddr: HCI0, up: true });
    expect(byId.get(1)).toMatchObject({ name: 'hci1', bdaddr: HCI1, up: true });
    expect(byId.get(0)!.aclMtu).toBeGreaterThan(0);
    using s = hciSocket();
    expect(hciGetDevList(s, 1).length).toBe(1);
    expect(thrown<OSError>(() => hciGetDevInfo(s, 77)).errno).toBe(errno.ENODEV);
  });

  it(`agrees with hciconfig${tool('hciconfig').title}`, () => {
    if (tool('hciconfig').skip) return;
    const r = spawnSync('hciconfig', [], { encoding: 'utf8', timeout: T * 1000 });
    const theirs = [...r.stdout.matchAll(/^(hci\d+):[\s\S]*?BD Address: ([0-9A-F:]{17})/gm)].map((m) => [m[1]!, m[2]!] as const);
    const ours = hciDevices().map((d) => [d.name, d.bdaddr] as const);
    expect(theirs.length).toBeGreaterThanOrEqual(2);
    expect(new Map(ours)).toEqual(new Map(theirs));
  });

  it('a raw socket bound to hci0 sends HCI_Read_BD_ADDR and reads the Command Complete event through a filter', async () => {
    using s = new Socket(AF_BLUETOOTH, SOCK_RAW, BTPROTO_HCI);
    s.settimeout(T);
    s.bind(0);
    expect(s.getsockname()).toBe(0);
    const op = hciOpcode(OGF_INFO_PARAM, OCF_READ_BD_ADDR);
    const f = hciFilter({ packetTypes: [HCI_EVENT_PKT], events: [EVT_CMD_COMPLETE], opcode: op });
    setHciFilter(s, f);
    expect(getHciFilter(s)).toEqual(f);
    await s.send(encodeHciCommand(op));
    const ev = decodeHciPacket(await s.recv(260));
    expect(ev).toMatchObject({ type: 'event', event: EVT_CMD_COMPLETE, opcode: op, status: 0 });
    if (ev.type !== 'event') throw new Error('not an event');
    expect(ev.returnParams!.subarray(1)).toEqual(parseBdaddr(HCI0));
  });

  it('the user channel of a controller that is up is EBUSY, and the hint says why', () => {
    const err = thrown<OSError>(() => hciSocket(1, HCI_CHANNEL_USER));
    expect(err.errno).toBe(errno.EBUSY);
    expect(bluetoothErrorHint(err.errno!)).toMatch(/bluetoothd/);
  });

  it('the monitor channel ([HCI_DEV_NONE, HCI_CHANNEL_MONITOR]) announces each controller (a btmon-like trace)', async () => {
    using s = hciSocket(HCI_DEV_NONE, HCI_CHANNEL_MONITOR);
    s.settimeout(T);
    // struct hci_mon_hdr: opcode, index, len (__le16 each). After the system notes comes a
    // replay of HCI_MON_NEW_INDEX (opcode 0) for every controller: type, bus, bdaddr, name[8].
    const seen = new Map<number, Buffer>();
    for (let i = 0; i < 40 && seen.size < 2; i++) {
      const m = await s.recv(4096);
      expect(m.length).toBe(6 + m.readUInt16LE(4));
      if (m.readUInt16LE(0) === 0) seen.set(m.readUInt16LE(2), m.subarray(6));
    }
    expect(seen.get(0)?.length).toBe(16);
    expect(seen.get(0)!.subarray(2, 8)).toEqual(parseBdaddr(HCI0));
    expect(seen.get(1)!.subarray(2, 8)).toEqual(parseBdaddr(HCI1));
    expect(seen.get(1)!.subarray(8, 12).toString()).toBe('hci1');
  });
});

describe.skipIf(bt.skip)(`L2CAP and RFCOMM between hci0 and hci1${bt.title}`, { timeout: 120_000 }, () => {
  it('binds the LE and BR/EDR forms of CPython 3.14 and reads them back (ATT fixed channel, LE PSM, BR/EDR PSM)', () => {
    for (const [addr, want] of [
      [[BDADDR_ANY, 0, 4, BDADDR_LE_PUBLIC], [BDADDR_ANY, 0, 4, BDADDR_LE_PUBLIC]],
      [[BDADDR_ANY, 0x80, 0, BDADDR_LE_RANDOM], [BDADDR_ANY, 0x80, 0, BDADDR_LE_RANDOM]],
      [[BDADDR_ANY, 0x1001], [BDADDR_ANY, 0x1001]],
    ] as const) {
      using s = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_L2CAP);
      s.bind(addr);
      expect(s.getsockname()).toEqual(want);
    }
    using r = rfcomm();
    r.bind([BDADDR_ANY, 0]);
    expect(r.getsockname()).toEqual([BDADDR_ANY, 0]);
    using sco = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_SCO);
    sco.bind(Buffer.from(HCI0));
    expect(sco.getsockname()).toBe(HCI0);
  });

  it('L2CAP SEQPACKET: server on hci1, client on hci0, messages both ways, addresses and options', async () => {
    const p = psm();
    using server = l2cap(HCI1, p);
    server.listen(1);
    const pair = await l2capPair(server, p);
    using client = pair.client;
    using c = pair.conn;
    const peer = pair.peer;
    c.settimeout(T);
    // A connected BR/EDR channel's address carries its channel id, so CPython 3.14 gives the 3-item form.
    const [dst, dpsm, dcid] = client.getpeername() as [string, number, number];
    expect([dst, dpsm, dcid >= 0x40]).toEqual([HCI1, p, true]);
    expect(peer).toEqual(client.getsockname());
    expect(c.getsockname()).toEqual(client.getpeername());
    await client.send(Buffer.from('ping over l2cap'));
    expect((await c.recv(1024)).toString()).toBe('ping over l2cap');
    c.sendSync(Buffer.from('pong'));
    expect((await client.recv(1024)).toString()).toBe('pong');
    const opts = getL2capOptions(client);
    expect(opts.mode).toBe(L2CAP_MODE_BASIC);
    expect(opts.imtu).toBeGreaterThanOrEqual(48);
    expect(opts.omtu).toBe(getL2capOptions(c).imtu);
    expect(getBtSecurity(client).level).toBe(BT_SECURITY_LOW);
    // BT_SNDMTU is meant for LE channels: kernels refuse it on BR/EDR (EINVAL) or give the omtu
    let snd: number;
    try {
      snd = getBtSndMtu(client);
    } catch (err) {
      snd = -((err as OSError).errno ?? 0);
    }
    expect([-(errno.EINVAL ?? 22), opts.omtu]).toContain(snd);
  });

  it("L2CAP: imtu set through L2CAP_OPTIONS before connecting is the peer's omtu; security can be raised on an unconnected socket", async () => {
    const p = psm();
    using server = l2cap(HCI1, p);
    setL2capOptions(server, { imtu: 1000 });
    expect(getL2capOptions(server).imtu).toBe(1000);
    server.listen(1);
    const pair = await l2capPair(server, p);
    using client = pair.client;
    using c = pair.conn;
    expect(getL2capOptions(client).omtu).toBe(1000);
    using other = l2cap(HCI0);
    setBtSecurity(other, { level: BT_SECURITY_LOW + 1 });
    expect(getBtSecurity(other).level).toBe(BT_SECURITY_LOW + 1);
    expect(c.fileno()).toBeGreaterThan(0);
  });

  it('L2CAP: nobody listening on the PSM is ECONNREFUSED', async () => {
    using client = l2cap(HCI0);
    const err = await client.connect([HCI1, psm()]).then(() => null, (e: OSError) => e);
    expect(err?.errno).toBe(errno.ECONNREFUSED);
  });

  // Why a server can see end-of-file before the last frames of a peer that disconnects right
  // after sending (l2test -s does): the Disconnect Request tears the channel down with
  // sk_err = ECONNRESET and RCV_SHUTDOWN set, and the kernel's datagram receive reports a pending
  // error before it looks at the queue, which bt_sock_recvmsg turns into 0 because of the
  // shutdown. The frames are still queued and the next recv returns them; reading SO_ERROR
  // first (which clears it) makes recv return them at once.
  for (const first of ['recv', 'SO_ERROR'] as const) {
    it(`L2CAP: a frame sent right before the peer closes is still read after the disconnect (${first === 'recv' ? 'the first recv reports end-of-file ahead of it' : 'SO_ERROR is ECONNRESET, then recv returns it'})`, async () => {
      const p = psm();
      using server = l2cap(HCI1, p);
      server.listen(1);
      const pair = await l2capPair(server, p);
      using client = pair.client;
      using c = pair.conn;
      c.settimeout(T);
      await client.send(Buffer.from('last words'));
      client.close();
      // L2CAP_CONNINFO is ENOTCONN once hci1 has processed the Disconnect Request; it reads no error
      const end = Date.now() + T * 1000;
      let closed: OSError | null = null;
      while (closed === null && Date.now() < end) {
        try {
          getL2capConnInfo(c);
          await new Promise((r) => setTimeout(r, 50));
        } catch (err) {
          closed = err as OSError;
        }
      }
      expect(closed?.errno).toBe(errno.ENOTCONN);
      const reads: string[] = [];
      if (first === 'SO_ERROR') expect(c.getsockopt(SOL_SOCKET, SO_ERROR)).toBe(errno.ECONNRESET);
      for (let i = 0; i < 3; i++) reads.push((await c.recv(64)).toString());
      expect(reads).toEqual(first === 'recv' ? ['', 'last words', ''] : ['last words', '', '']);
    });
  }

  it('RFCOMM STREAM: server on hci1, client on hci0, bytes both ways and a makefile() stream', async () => {
    const ch = channel();
    using server = rfcomm();
    server.bind([HCI1, ch]);
    server.listen(1);
    using client = rfcomm();
    client.bind([HCI0, 0]);
    const accepted = server.accept();
    await client.connect([HCI1, ch]);
    const [conn, peer] = await accepted;
    using c = conn;
    c.settimeout(T);
    expect((peer as [string, number])[0]).toBe(HCI0);
    expect(client.getpeername()).toEqual([HCI1, ch]);
    await client.sendall(Buffer.from('hello rfcomm'));
    let got = '';
    while (got.length < 12) got += (await c.recv(64)).toString();
    expect(got).toBe('hello rfcomm');
    expect([0, RFCOMM_LM_AUTH]).toContain(getRfcommLinkMode(client));
    const stream = client.makefile('rwb');
    c.sendSync(Buffer.from('line one\n'));
    const line = await new Promise<string>((resolve, reject) => {
      let acc = '';
      const onData = (d: Buffer): void => {
        acc += d.toString();
        if (acc.length >= 9) {
          stream.off('data', onData);
          resolve(acc);
        }
      };
      stream.on('data', onData);
      stream.once('error', reject);
    });
    expect(line).toBe('line one\n');
    stream.pause();
    await new Promise<void>((resolve, reject) => stream.write(Buffer.from('reply'), (err) => (err ? reject(err) : resolve())));
    let back = '';
    while (back.length < 5) back += (await c.recv(64)).toString();
    expect(back).toBe('reply');
    stream.destroy();
  });
});

describe.skipIf(bluez.skip)(`interop with BlueZ's l2test and rctest${bluez.title}`, { timeout: 120_000 }, () => {
  it('l2test -d (hci1) receives what an @sock L2CAP client sends', async () => {
    const p = psm();
    const srv = run('l2test', ['-d', '-i', 'hci1', '-P', String(p)]);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      using client = l2cap(HCI0);
      await client.connect([HCI1, p]);
      await client.send(Buffer.from('hello l2test'));
      const out = await srv.until(/Rece?ived 12 bytes/);
      expect(out).toMatch(/Rece?ived 12 bytes/);
    } finally {
      await srv.stop();
    }
  });

  // l2test -s sends its frames and calls shutdown() at once, so the server's first recv after the
  // Disconnect Request reports end-of-file ahead of frames still queued (see the L2CAP end-of-file
  // tests above). -g (delay before disconnecting) keeps the channel up until they are read.
  it('l2test -s (hci0) sends numbered frames to an @sock L2CAP server (hci1), then disconnects', async () => {
    const p = psm();
    using server = l2cap(HCI1, p);
    server.listen(1);
    const cli = run('l2test', ['-s', '-N', '3', '-b', '40', '-g', '15000', '-i', 'hci0', '-P', String(p), HCI1]);
    try {
      const [conn, peer] = await server.accept();
      using c = conn;
      c.settimeout(T);
      expect((peer as [string, number])[0]).toBe(HCI0);
      for (let seq = 0; seq < 3; seq++) {
        // l2test's frame: le32 sequence number, le16 length, then 0x7f bytes
        const frame = await c.recv(1024);
        expect([frame.length, frame.readUInt32LE(0), frame.readUInt16LE(4)]).toEqual([40, seq, 40]);
        expect(frame.subarray(6).every((b) => b === 0x7f)).toBe(true);
      }
      expect((await c.recv(1024)).length).toBe(0);
      expect(await cli.exited).toBe(0);
    } finally {
      await cli.stop();
    }
  });

  it('rctest -d (hci1) receives what an @sock RFCOMM client sends', async () => {
    const ch = channel();
    const srv = run('rctest', ['-d', '-i', 'hci1', '-P', String(ch)]);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      using client = rfcomm();
      client.bind([HCI0, 0]);
      await client.connect([HCI1, ch]);
      await client.sendall(Buffer.from('hello rctest'));
      const out = await srv.until(/Rece?ived \d+ bytes/);
      expect(out).toMatch(/Rece?ived \d+ bytes/);
    } finally {
      await srv.stop();
    }
  });

  it('rctest -s (hci0) connects to an @sock RFCOMM server and sends its frames', async () => {
    const ch = channel();
    using server = rfcomm();
    server.bind([HCI1, ch]);
    server.listen(1);
    const cli = run('rctest', ['-s', '-N', '1', '-b', '20', '-i', 'hci0', '-P', String(ch), HCI1]);
    try {
      const [conn, peer] = await server.accept();
      using c = conn;
      c.settimeout(T);
      expect((peer as [string, number])[0]).toBe(HCI0);
      let frame = Buffer.alloc(0);
      while (frame.length < 20) frame = Buffer.concat([frame, await c.recv(1024)]);
      expect(frame.readUInt32LE(0)).toBe(0);
      expect(frame.readUInt16LE(4)).toBe(20);
    } finally {
      await cli.stop();
    }
  });
});

describe.skipIf(cpython.skip)(`CPython (/usr/bin/python3) as the peer${cpython.title}`, { timeout: 120_000 }, () => {
  const SERVER = `
import json, socket, sys
kind, addr, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
if kind == 'l2cap':
    s = socket.socket(socket.AF_BLUETOOTH, socket.SOCK_SEQPACKET, socket.BTPROTO_L2CAP)
else:
    s = socket.socket(socket.AF_BLUETOOTH, socket.SOCK_STREAM, socket.BTPROTO_RFCOMM)
s.settimeout(${T})
s.bind((addr, port))
s.listen(1)
print(json.dumps({'listening': s.getsockname()}), flush=True)
c, peer = s.accept()
c.settimeout(${T})
data = c.recv(1024)
c.send(data[::-1])
print(json.dumps({'peer': peer, 'data': data.decode(), 'sockname': c.getsockname()}), flush=True)
# Like a real server, it keeps the channel until the client is done: an L2CAP peer that closes
# right after its reply can have the client read end-of-file ahead of that reply (see above).
c.recv(1024)
c.close()
s.close()
`;

  for (const kind of ['l2cap', 'rfcomm'] as const) {
    it(`${kind}: an @sock client on hci0 and a CPython server on hci1 agree on addresses and data`, async () => {
      const port = kind === 'l2cap' ? psm() : channel();
      const py = run('/usr/bin/python3', ['-c', SERVER, kind, HCI1, String(port)]);
      try {
        const listening = JSON.parse((await py.until(/listening.*\n/)).split('\n')[0]!) as { listening: unknown };
        expect(listening.listening).toEqual([HCI1, port]);
        using client = kind === 'l2cap' ? l2cap(HCI0) : rfcomm();
        if (kind === 'rfcomm') client.bind([HCI0, 0]);
        await client.connect([HCI1, port]);
        const [ours, theirs] = [client.getsockname() as unknown[], client.getpeername() as unknown[]];
        await client.send(Buffer.from('abc123'));
        expect((await client.recv(1024)).toString()).toBe('321cba');
        const done = JSON.parse((await py.until(/"peer".*\n/)).split('\n')[1]!) as { peer: unknown; data: string; sockname: unknown };
        expect(done.data).toBe('abc123');
        // Debian's CPython 3.11 gives L2CAP addresses as (bdaddr, psm), without 3.14's cid
        expect(done.peer).toEqual(ours.slice(0, 2));
        expect(done.sockname).toEqual(theirs.slice(0, 2));
      } finally {
        await py.stop();
      }
    });
  }
});

// The README's LE examples, run as written (each in a node process of its own, from this package).
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const readmeBlock = (first: string): string => {
  const block = new RegExp('```js\\n(// ' + first.replace('.', '\\.') + '\\n[\\s\\S]*?)```').exec(readme)?.[1];
  if (block === undefined) throw new Error(`README.md has no js block starting with // ${first}`);
  return block;
};
async function runReadmeBlock(first: string): Promise<string> {
  const node = run(process.execPath, ['--input-type=module', '-e', readmeBlock(first)], fileURLToPath(new URL('..', import.meta.url)));
  const timer = setTimeout(() => node.child.kill('SIGKILL'), 3 * T * 1000);
  try {
    const code = await node.exited;
    if (code !== 0) throw new Error(`${first} exited with ${code}:\n${node.output()}`);
    return node.output();
  } finally {
    clearTimeout(timer);
  }
}

/** Sends one HCI command to controller devId and resolves with the status of its Command Complete. */
async function hciCommand(devId: number, ogf: number, ocf: number, params: number[]): Promise<number | undefined> {
  using hci = hciSocket(devId);
  hci.settimeout(T);
  const op = hciOpcode(ogf, ocf);
  setHciFilter(hci, hciFilter({ packetTypes: [HCI_EVENT_PKT], events: [EVT_CMD_COMPLETE], opcode: op }));
  await hci.send(encodeHciCommand(op, Buffer.from(params)));
  const ev = decodeHciPacket(await hci.recv(260));
  return ev.type === 'event' ? ev.status : undefined;
}

// hci0 advertises and serves, hci1 connects. A central's kernel finds its peer by passive
// scanning, which the kernel never starts on a controller whose registration-time power-on
// failed (HCI_SETUP then stays set); under emulation that has happened to hci0, the controller
// btvirt registers first, whose HCI_Reset can time out at boot ("hci0: Opcode 0x0c03 failed").
describe.skipIf(bt.skip)(`LE connection-oriented channels between hci1 and hci0${bt.title}`, { timeout: 240_000 }, () => {
  it('the README turns LE on and makes hci0 advertise through the raw HCI socket (Write LE Host Supported, LE Set Extended Advertising Parameters/Enable)', async () => {
    const out = await runReadmeBlock('le-advertise.mjs');
    expect(out.split('\n').filter((l) => l.startsWith('hci'))).toEqual([
      'hci0 LE host support: status 0', 'hci1 LE host support: status 0', 'hci0 advertising parameters: status 0', 'hci0 advertising enable: status 0',
    ]);
  });

  it("the README's LE CoC example: server on hci0 (LE PSM 0x80), client on hci1, MTUs from BT_RCVMTU, data both ways", async () => {
    const out = await runReadmeBlock('le-coc.mjs');
    expect(out).toMatch(/^accepted from \[ '00:AA:01:01:00:01', 128, \d+, 1 \]$/m);
    expect(out).toMatch(/^send MTUs 300 200$/m);
    expect(out).toMatch(/^server got hello over LE$/m);
    expect(out).toMatch(/^client got hi back$/m);
  });

  it("LE CoC in this process: 4-item addresses, L2CAP_OPTIONS refused on an LE channel (EINVAL), BT_RCVMTU set before connecting is the peer's BT_SNDMTU, an SDU of the full MTU", async () => {
    const p = 0x81;
    // hci0 stops advertising once connected: the set is disabled (whatever its state) and enabled again
    await hciCommand(0, OGF_LE_CTL, 0x0039, [0, 1, 1, 0, 0, 0]);
    expect(await hciCommand(0, OGF_LE_CTL, 0x0039, [1, 1, 1, 0, 0, 0])).toBe(0);
    using server = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_L2CAP);
    server.settimeout(T);
    server.bind([HCI0, p, 0, BDADDR_LE_PUBLIC]);
    setBtRcvMtu(server, 512);
    server.listen(1);
    using client = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_L2CAP);
    client.settimeout(T);
    client.bind([HCI1, 0, 0, BDADDR_LE_PUBLIC]);
    setBtRcvMtu(client, 100);
    expect(getBtRcvMtu(client)).toBe(100);
    const accepted = server.accept();
    await client.connect([HCI0, p, 0, BDADDR_LE_PUBLIC]);
    const [conn, peer] = await accepted;
    using c = conn;
    c.settimeout(T);
    const [pa, pp, pcid, ptype] = peer as [string, number, number, number];
    expect([pa, pp, pcid >= 0x40, ptype]).toEqual([HCI1, p, true, BDADDR_LE_PUBLIC]);
    const [da, dp, dcid, dtype] = client.getpeername() as [string, number, number, number];
    expect([da, dp, dcid >= 0x40, dtype]).toEqual([HCI0, p, true, BDADDR_LE_PUBLIC]);
    expect([getBtSndMtu(client), getBtSndMtu(c)]).toEqual([512, 100]);
    expect(thrown<OSError>(() => getL2capOptions(client)).errno).toBe(errno.EINVAL);
    const big = Buffer.alloc(512, 0x5a);
    await client.send(big);
    expect(await c.recv(1024)).toEqual(big);
    await c.send(Buffer.from('pong'));
    expect((await client.recv(100)).toString()).toBe('pong');
  });
});

// btvirt (BlueZ's emulator, btdev) completes an SCO/eSCO setup on the initiating controller only
// until BlueZ 5.86 (commit 2769a919e, "btdev: implement Sync Conn Accept/Reject flow"): the peer
// controller's host never sees a Connection Request, so nothing can accept there.
const btvirtVersion = (): number[] | null => {
  if (bt.skip) return null;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'btvirt') continue;
      const r = spawnSync(`/proc/${pid}/exe`, ['--version'], { encoding: 'utf8', timeout: T * 1000 });
      const v = /^(\d+)\.(\d+)/.exec(r.stdout.trim());
      if (v) return [Number(v[1]), Number(v[2])];
    } catch {
      // a process that ended or that we may not inspect
    }
  }
  return null;
};
const scoAccept = ((): Need => {
  if (bt.skip) return bt;
  const v = btvirtVersion();
  if (v !== null && (v[0]! > 5 || (v[0] === 5 && v[1]! >= 86))) return { skip: false, title: '' };
  const which = v === null ? 'the controllers\' emulator' : `btvirt ${v.join('.')}`;
  return { skip: true, title: ` (skipped: ${which} completes an SCO link on the connecting controller only and never reports it to hci1; BlueZ 5.86's btdev added the accept flow)` };
})();

// Measured in the lab (Debian's 6.1.0-57 kernel, btvirt 5.66): an SCO connect from hci0 to hci1
// fails with ECONNREFUSED within milliseconds, from @sock and from CPython alike. With the kernel's
// debug output on, it pages hci1 for the ACL link and drops that connection at once
// (hci_conn_timeout in state BT_CONNECT sends Create Connection Cancel); with the ACL link already
// up (below) it is refused just as fast. So on a 6.1 kernel the connection tests skip, saying so.
const scoConnect = ((): Need => {
  if (bt.skip) return bt;
  if (!/^6\.1\./.test(release())) return { skip: false, title: '' };
  return { skip: true, title: ` (skipped: on this ${release()} kernel an SCO connect to btvirt's hci1 is refused within milliseconds, CPython's too: the kernel cancels the paging of the ACL link it opens for SCO at once, and refuses the same with that link up)` };
})();

describe.skipIf(bt.skip)(`SCO from hci0 to hci1${bt.title}`, { timeout: 120_000 }, () => {
  /**
   * An ACL link from hci0 to hci1, held by an L2CAP channel, as a headset's RFCOMM channel holds it
   * before the SCO link: this kernel's SCO connect drops its hold on an ACL link it has to page for
   * itself at once (hci_conn_timeout in state BT_CONNECT: Create Connection, then Create Connection
   * Cancel, and the SCO connect fails with ECONNREFUSED), but it sets up SCO on one that is up.
   */
  async function aclLink(): Promise<Socket<'AF_BLUETOOTH'>[]> {
    const p = psm();
    const server = l2cap(HCI1, p);
    server.listen(1);
    const client = l2cap(HCI0);
    const accepted = server.accept();
    await client.connect([HCI1, p]);
    return [server, client, (await accepted)[0]];
  }

  it.skipIf(scoConnect.skip)(`an SCO client on hci0 connects to hci1 over the ACL link, reads its MTU and voice setting, and sends a frame of that size${scoConnect.title}`, async () => {
    const link = await aclLink();
    try {
      using s = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_SCO);
      s.settimeout(T);
      s.bind(HCI0);
      await s.connect(HCI1);
      expect([s.getsockname(), s.getpeername()]).toEqual([HCI0, HCI1]);
      const mtu = (s.getsockopt(SOL_SCO, SCO_OPTIONS, 2) as Buffer).readUInt16LE(0);
      expect(mtu).toBeGreaterThan(0);
      expect(getBtVoice(s)).toBe(BT_VOICE_CVSD_16BIT);
      expect(await s.send(Buffer.alloc(mtu, 0x55))).toBe(mtu);
      expect((await s.send(Buffer.alloc(mtu + 1)).then(() => null, (e: OSError) => e))?.errno).toBe(errno.EINVAL);
    } finally {
      for (const sock of link) sock.close();
    }
  });

  it.skipIf(scoAccept.skip || scoConnect.skip)(`an SCO server on hci1 accepts hci0's connection${scoAccept.title || scoConnect.title}`, async () => {
    const link = await aclLink();
    try {
      using server = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_SCO);
      server.settimeout(T);
      server.bind(HCI1);
      server.listen(1);
      using s = new Socket(AF_BLUETOOTH, SOCK_SEQPACKET, BTPROTO_SCO);
      s.settimeout(T);
      s.bind(HCI0);
      const accepted = server.accept();
      await s.connect(HCI1);
      const [conn, peer] = await accepted;
      using c = conn;
      expect([peer, c.getsockname(), c.getpeername()]).toEqual([HCI0, HCI1, HCI0]);
    } finally {
      for (const sock of link) sock.close();
    }
  });
});

// Last: it takes hci1 down and up again, then restores page and inquiry scan as the lab set them.
describe.skipIf(bt.skip)(`HCI device ioctls (HCIDEVDOWN, HCIDEVUP, HCISETSCAN) on hci1${bt.title}`, { timeout: 120_000 }, () => {
  it('powers hci1 down and up, refuses a second up with EALREADY, and turns page and inquiry scan back on', async () => {
    using s = hciSocket();
    hciDevDown(s, 1);
    expect(hciGetDevInfo(s, 1).up).toBe(false);
    hciDevUp(s, 1);
    expect(hciGetDevInfo(s, 1).up).toBe(true);
    expect(thrown<OSError>(() => hciDevUp(s, 1)).errno).toBe(errno.EALREADY);
    hciSetScan(s, 1, SCAN_PAGE | SCAN_INQUIRY);
    const scanning = (): boolean => {
      const f = hciGetDevInfo(s, 1).flags;
      return (f & (1 << HCI_PSCAN)) !== 0 && (f & (1 << HCI_ISCAN)) !== 0;
    };
    for (let i = 0; i < 100 && !scanning(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(scanning()).toBe(true);
    expect(thrown<OSError>(() => hciDevUp(s, 77)).errno).toBe(errno.ENODEV);
  });
});
