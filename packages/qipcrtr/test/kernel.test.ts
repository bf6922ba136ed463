/**
 * Real AF_QIPCRTR sockets on the local node: the kernel lab runs these
 * (qrtr loaded; its name service listens on QRTR_PORT_CTRL); elsewhere they
 * skip with what is missing.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BlockingIOError, errno, OSError, SOCK_DGRAM, SOCK_STREAM, Socket, TimeoutError } from '@sock/core';
import { needs, needsFamily, pythonMissing, thrown } from '@sock/core/testing';
import {
  AF_QIPCRTR,
  announceServer,
  announceServerSync,
  decodeCtrlPacket,
  lookupServices,
  lookupServicesSync,
  QRTR_PORT_CTRL,
  QRTR_TYPE_NEW_LOOKUP,
  QRTR_TYPE_NEW_SERVER,
  qrtrFamily,
  withdrawServer,
  type QrtrAddress,
} from '@sock/qipcrtr';
import { python3 } from './python-peer.js';

const qrtr = needsFamily(qrtrFamily);
const oracle = qrtr.skip ? qrtr : needs(pythonMissing('socket.socket(socket.AF_QIPCRTR, socket.SOCK_DGRAM, 0).close()'));
const LONG = 60_000;

function open(): Socket<'AF_QIPCRTR'> {
  const s = new Socket(AF_QIPCRTR, SOCK_DGRAM, 0);
  s.settimeout(10);
  return s;
}

function bound(): Socket<'AF_QIPCRTR'> {
  const s = open();
  const [node] = s.getsockname() as QrtrAddress;
  s.bind([node, 0]);
  return s;
}

describe('AF_QIPCRTR sockets on the local node', () => {
  it.skipIf(qrtr.skip)(`an unbound socket has the local node and port 0; connect autobinds it${qrtr.title}`, () => {
    using s = open();
    const [node, port] = s.getsockname() as QrtrAddress;
    expect(node).toBeGreaterThan(0);
    expect(port).toBe(0);
    s.connectSync([123, 123]);
    const [node2, port2] = s.getsockname() as QrtrAddress;
    expect(node2).toBe(node);
    expect(port2).toBeGreaterThan(0);
    expect(s.getpeername()).toEqual([123, 123]);
  });

  it.skipIf(qrtr.skip)(`bind takes [localNode, 0]; another node is EINVAL; only SOCK_DGRAM exists${qrtr.title}`, () => {
    using s = bound();
    const [node, port] = s.getsockname() as QrtrAddress;
    expect(port).toBeGreaterThan(0);
    using t = open();
    expect((thrown(() => t.bind([node + 1, 0])) as OSError).errno).toBe(errno.EINVAL);
    expect(thrown(() => new Socket(AF_QIPCRTR, SOCK_STREAM, 0))).toBeInstanceOf(OSError);
  });

  it.skipIf(qrtr.skip)(`carries datagrams between two sockets through every send form, sync and async${qrtr.title}`, async () => {
    using a = bound();
    using b = bound();
    const aAddr = a.getsockname();
    const bAddr = b.getsockname();
    expect(a.sendtoSync(Buffer.from('one'), bAddr)).toBe(3);
    expect(b.recvfromSync(100)).toEqual([Buffer.from('one'), aAddr]);
    expect(await a.sendto(Buffer.from('two'), bAddr)).toBe(3);
    expect(await b.recvfrom(100)).toEqual([Buffer.from('two'), aAddr]);
    expect(a.sendmsgSync([Buffer.from('th'), Buffer.from('ree')], [], 0, bAddr)).toBe(5);
    expect(await a.sendmsg([Buffer.from('four')], [], 0, bAddr)).toBe(4);
    const [data, , , from] = b.recvmsgSync(100);
    expect([data, from]).toEqual([Buffer.from('three'), aAddr]);
    expect((await b.recvmsg(100))[0]).toEqual(Buffer.from('four'));

    a.connectSync(bAddr);
    expect(a.sendSync(Buffer.from('five'))).toBe(4);
    expect(await a.send(Buffer.from('six'))).toBe(3);
    a.sendallSync(Buffer.from('seven'));
    await a.sendall(Buffer.from('eight'));
    const got = [b.recvSync(100), await b.recv(100), b.recvSync(100), await b.recv(100)].map(String);
    expect(got).toEqual(['five', 'six', 'seven', 'eight']);
    const big = Buffer.alloc(60_000, 3);
    expect(await b.sendto(big, aAddr)).toBe(big.length);
    expect((await a.recvfrom(65_536))[0].equals(big)).toBe(true);
  });

  it.skipIf(qrtr.skip)(`waits by the socket's mode: BlockingIOError at once, TimeoutError after the timeout${qrtr.title}`, () => {
    using a = bound();
    a.settimeout(0);
    expect(thrown(() => a.recvSync(10))).toBeInstanceOf(BlockingIOError);
    a.settimeout(0.2);
    expect(thrown(() => a.recvSync(10))).toBeInstanceOf(TimeoutError);
  });

  it.skipIf(qrtr.skip)(`a NEW_LOOKUP on the control port reports a service another socket announced, until it is withdrawn${qrtr.title}`, async () => {
    using server = bound();
    const [node, port] = server.getsockname() as QrtrAddress;
    await announceServer(server, 4242, 3);
    const found = await lookupServices(4242);
    expect(found).toEqual([{ service: 4242, instance: 3, node, port }]);
    expect(lookupServicesSync(4242, { instance: 3 })).toEqual(found);
    expect(lookupServicesSync(4242, { instance: 4 })).toEqual([]);
    expect((await lookupServices(0)).some((s) => s.service === 4242 && s.port === port)).toBe(true);

    await withdrawServer(server, 4242, 3);
    let after = found;
    for (let i = 0; i < 50 && after.length > 0; i++) {
      await sleep(20);
      after = await lookupServices(4242);
    }
    expect(after).toEqual([]);
    announceServerSync(server, 4243, 1);
    expect(lookupServicesSync(4243)).toEqual([{ service: 4243, instance: 1, node, port }]);
  }, LONG);

  it.skipIf(qrtr.skip)(`the name service answers on QRTR_PORT_CTRL with struct qrtr_ctrl_pkt${qrtr.title}`, async () => {
    using s = open();
    const [node] = s.getsockname() as QrtrAddress;
    const lookup = Buffer.alloc(20);
    lookup.writeUInt32LE(QRTR_TYPE_NEW_LOOKUP!, 0);
    lookup.writeUInt32LE(0x9999, 4);
    await s.sendto(lookup, [node, QRTR_PORT_CTRL]);
    const [data, from] = await s.recvfrom(100);
    expect(from).toEqual([node, QRTR_PORT_CTRL]);
    expect(data.length).toBe(20);
    expect(decodeCtrlPacket(data)).toEqual({ cmd: QRTR_TYPE_NEW_SERVER, service: 0, instance: 0, node: 0, port: 0 });
  });
});

const PY_ECHO = `
import socket, sys
s = socket.socket(socket.AF_QIPCRTR, socket.SOCK_DGRAM, 0)
s.settimeout(30)
s.bind((s.getsockname()[0], 0))
print(s.getsockname()[1], flush=True)
data, addr = s.recvfrom(65536)
s.sendto(data.upper() + b' ' + repr(addr).encode(), addr)
s.close()
`;

const PY_ANNOUNCE = `
import socket, struct, sys
s = socket.socket(socket.AF_QIPCRTR, socket.SOCK_DGRAM, 0)
node = s.getsockname()[0]
s.sendto(struct.pack('<5I', int(sys.argv[1]), 777, 5, 0, 0), (node, int(sys.argv[2])))
print(s.getsockname()[1], flush=True)
sys.stdin.read()
s.close()
`;

describe('AF_QIPCRTR with CPython on the other end', () => {
  it.skipIf(oracle.skip)(`sends to a CPython socket and gets its answer${oracle.title}`, async () => {
    const peer = python3(PY_ECHO);
    try {
      const port = Number(await peer.firstLine);
      using s = bound();
      s.settimeout(30);
      const [node, mine] = s.getsockname() as QrtrAddress;
      await s.sendto(Buffer.from('from sock'), [node, port]);
      const [data, from] = await s.recvfrom(1000);
      expect(String(data)).toBe(`FROM SOCK (${node}, ${mine})`);
      expect(from).toEqual([node, port]);
      await peer.done;
    } finally {
      peer.kill();
    }
  }, LONG);

  it.skipIf(oracle.skip)(`finds the service a CPython socket announced, until the CPython socket closes${oracle.title}`, async () => {
    const peer = python3(PY_ANNOUNCE, QRTR_TYPE_NEW_SERVER, QRTR_PORT_CTRL);
    try {
      const pyPort = Number(await peer.firstLine);
      using s = bound();
      const [node] = s.getsockname() as QrtrAddress;
      expect(await lookupServices(777)).toEqual([{ service: 777, instance: 5, node, port: pyPort }]);
      peer.end();
      await peer.done;
      let after = [{}];
      for (let i = 0; i < 50 && after.length > 0; i++) {
        await sleep(20);
        after = await lookupServices(777);
      }
      expect(after).toEqual([]);
    } finally {
      peer.kill();
    }
  }, LONG);
});
