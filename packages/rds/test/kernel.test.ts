/**
 * Real AF_RDS sockets: the kernel lab runs these (rds and rds_tcp loaded);
 * elsewhere they skip with what is missing. Addresses on 127/8 take RDS's
 * loopback transport unless SO_RDS_TRANSPORT picks TCP before bind.
 */
import { describe, expect, it } from 'vitest';
import { BlockingIOError, errno, OSError, SO_SNDBUF, SOCK_DGRAM, SOCK_SEQPACKET, Socket, SOL_SOCKET, TimeoutError } from '@sock/core';
import { needs, needsFamily, pythonMissing, rejected, thrown } from '@sock/core/testing';
import {
  AF_RDS,
  cancelSentTo,
  RDS_CANCEL_SENT_TO,
  RDS_TRANS_TCP,
  rdsFamily,
  SO_RDS_TRANSPORT,
  SOL_RDS,
  type RdsAddress,
} from '@sock/rds';
import { python3 } from './python-peer.js';

const rds = needsFamily(rdsFamily);
const oracle = rds.skip ? rds : needs(pythonMissing('socket.socket(socket.AF_RDS, socket.SOCK_SEQPACKET, 0).close()'));
const LONG = 60_000;

function bound(host = '127.0.0.1', transport?: number): Socket<'AF_RDS'> {
  const s = new Socket(AF_RDS, SOCK_SEQPACKET, 0);
  if (transport !== undefined) s.setsockopt(SOL_RDS, SO_RDS_TRANSPORT!, transport);
  s.bind([host, 0]);
  s.settimeout(10);
  return s;
}

describe('AF_RDS sockets', () => {
  it.skipIf(rds.skip)(`bind to 127.0.0.1 and a kernel-chosen port; getsockname gives [host, port]${rds.title}`, () => {
    using s = bound();
    const [host, port] = s.getsockname() as RdsAddress;
    expect(host).toBe('127.0.0.1');
    expect(port).toBeGreaterThan(0);
    expect(s.family).toBe(AF_RDS);
    expect(s.type).toBe(SOCK_SEQPACKET);
  });

  it.skipIf(rds.skip)(`refuses types other than SOCK_SEQPACKET, saying so${rds.title}`, () => {
    const err = thrown(() => new Socket(AF_RDS, SOCK_DGRAM, 0));
    expect(err).toBeInstanceOf(OSError);
    expect((err as OSError).errno).toBe(errno.ESOCKTNOSUPPORT);
    expect((err as Error).message).toContain('SOCK_SEQPACKET');
  });

  it.skipIf(rds.skip)(`carries datagrams between two sockets through every send form, sync and async${rds.title}`, async () => {
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
    const [data, , flags, from] = b.recvmsgSync(100);
    expect([data, flags, from]).toEqual([Buffer.from('three'), 0, aAddr]);
    expect((await b.recvmsg(100))[0]).toEqual(Buffer.from('four'));

    a.connectSync(bAddr);
    expect(a.getpeername()).toEqual(bAddr);
    expect(a.sendSync(Buffer.from('five'))).toBe(4);
    expect(await a.send(Buffer.from('six'))).toBe(3);
    a.sendallSync(Buffer.from('seven'));
    await a.sendall(Buffer.from('eight'));
    const got = [b.recvSync(100), await b.recv(100), b.recvSync(100), await b.recv(100)].map(String);
    expect(got).toEqual(['five', 'six', 'seven', 'eight']);
    b.sendtoSync(Buffer.from('back'), aAddr);
    expect(a.recvfromSync(100)).toEqual([Buffer.from('back'), bAddr]);
  });

  it.skipIf(rds.skip)(`keeps datagram boundaries, order and MSG_TRUNC${rds.title}`, () => {
    using a = bound();
    using b = bound();
    for (let i = 0; i < 20; i++) a.sendtoSync(Buffer.from(`message ${i}`), b.getsockname());
    for (let i = 0; i < 19; i++) expect(String(b.recvSync(100))).toBe(`message ${i}`);
    const [data, , flags] = b.recvmsgSync(4);
    expect(String(data)).toBe('mess');
    expect(flags & 0x20).toBe(0x20); // MSG_TRUNC
  });

  it.skipIf(rds.skip)(`sends a large message whole, and refuses one beyond half the send buffer with EMSGSIZE${rds.title}`, async () => {
    using a = bound();
    using b = bound();
    const limit = Number(a.getsockopt(SOL_SOCKET, SO_SNDBUF)) / 2;
    const size = Math.min(100_000, limit);
    expect(size).toBeGreaterThan(60_000);
    const big = Buffer.alloc(size, 0).map((_, i) => i % 251);
    expect(await a.sendto(big, b.getsockname())).toBe(size);
    const [data, from] = await b.recvfrom(size + 10);
    expect(from).toEqual(a.getsockname());
    expect(data.equals(big)).toBe(true);
    const err = thrown(() => a.sendtoSync(Buffer.alloc(limit + 1), b.getsockname()));
    expect((err as OSError).errno).toBe(errno.EMSGSIZE);
  });

  it.skipIf(rds.skip)(`waits by the socket's mode: BlockingIOError at once, TimeoutError after the timeout${rds.title}`, async () => {
    using a = bound();
    a.settimeout(0);
    expect(thrown(() => a.recvSync(10))).toBeInstanceOf(BlockingIOError);
    a.settimeout(0.2);
    expect(thrown(() => a.recvSync(10))).toBeInstanceOf(TimeoutError);
    expect(await rejected(a.recv(10))).toBeInstanceOf(TimeoutError);
  });

  it.skipIf(rds.skip)(`RDS_CANCEL_SENT_TO: ENOTCONN unbound, EINVAL for a short address, accepted when bound${rds.title}`, () => {
    using unbound = new Socket(AF_RDS, SOCK_SEQPACKET, 0);
    expect((thrown(() => cancelSentTo(unbound, ['127.0.0.1', 1])) as OSError).errno).toBe(errno.ENOTCONN);
    using a = bound();
    using b = bound();
    expect((thrown(() => a.setsockopt(SOL_RDS, RDS_CANCEL_SENT_TO, Buffer.alloc(4))) as OSError).errno).toBe(errno.EINVAL);
    a.sendtoSync(Buffer.from('before'), b.getsockname());
    expect(cancelSentTo(a, b.getsockname() as [string, number])).toBeUndefined();
    cancelSentTo(a, ['::ffff:127.0.0.1', (b.getsockname() as RdsAddress)[1]]);
    expect(String(b.recvSync(100))).toBe('before');
    a.sendtoSync(Buffer.from('after'), b.getsockname());
    expect(String(b.recvSync(100))).toBe('after');
  });

  it.skipIf(rds.skip)(`binds to ::1 and carries datagrams with 4-tuple addresses${rds.title}`, async () => {
    using a = bound('::1');
    using b = bound('::1');
    const [host, port, flowinfo, scopeId] = a.getsockname() as RdsAddress as [string, number, number, number];
    expect([host, flowinfo, scopeId]).toEqual(['::1', 0, 0]);
    expect(port).toBeGreaterThan(0);
    await a.sendto(Buffer.from('six'), b.getsockname());
    expect(await b.recvfrom(10)).toEqual([Buffer.from('six'), a.getsockname()]);
  });

  it.skipIf(rds.skip)(`over the TCP transport (SO_RDS_TRANSPORT before bind) between 127.0.0.1 and 127.0.0.2${rds.title}`, async () => {
    using a = bound('127.0.0.1', RDS_TRANS_TCP);
    using b = bound('127.0.0.2', RDS_TRANS_TCP);
    expect(a.getsockopt(SOL_RDS, SO_RDS_TRANSPORT!)).toBe(RDS_TRANS_TCP);
    expect(await a.sendto(Buffer.from('over tcp'), b.getsockname())).toBe(8);
    expect(await b.recvfrom(100)).toEqual([Buffer.from('over tcp'), a.getsockname()]);
    const big = Buffer.alloc(50_000, 7);
    await b.sendto(big, a.getsockname());
    expect((await a.recvfrom(60_000))[0].equals(big)).toBe(true);
  }, LONG);

});

const PY_SERVER = `
import socket
s = socket.socket(socket.AF_RDS, socket.SOCK_SEQPACKET, 0)
s.settimeout(30)
s.bind(('127.0.0.1', 0))
print(s.getsockname()[1], flush=True)
data, addr = s.recvfrom(65536)
s.sendto(data.upper() + b' ' + repr(addr).encode(), addr)
s.close()
`;

const PY_CLIENT = `
import socket, sys
c = socket.socket(socket.AF_RDS, socket.SOCK_SEQPACKET, 0)
c.settimeout(30)
c.bind(('127.0.0.1', 0))
print(c.getsockname()[1], flush=True)
c.sendto(b'from python', ('127.0.0.1', int(sys.argv[1])))
data, addr = c.recvfrom(65536)
print(data.decode(), repr(addr), flush=True)
c.close()
`;

describe('AF_RDS with CPython on the other end', () => {
  it.skipIf(oracle.skip)(`sends to a CPython socket and gets its answer${oracle.title}`, async () => {
    const peer = python3(PY_SERVER);
    try {
      const port = Number(await peer.firstLine);
      using s = bound();
      s.settimeout(30);
      const [, mine] = s.getsockname() as RdsAddress;
      await s.sendto(Buffer.from('from sock'), ['127.0.0.1', port]);
      const [data, from] = await s.recvfrom(1000);
      expect(String(data)).toBe(`FROM SOCK ('127.0.0.1', ${mine})`);
      expect(from).toEqual(['127.0.0.1', port]);
      await peer.done;
    } finally {
      peer.kill();
    }
  }, LONG);

  it.skipIf(oracle.skip)(`receives from a CPython socket and answers it${oracle.title}`, async () => {
    using s = bound();
    s.settimeout(30);
    const [, mine] = s.getsockname() as RdsAddress;
    const peer = python3(PY_CLIENT, mine);
    try {
      const pyPort = Number(await peer.firstLine);
      const [data, from] = await s.recvfrom(1000);
      expect(String(data)).toBe('from python');
      expect(from).toEqual(['127.0.0.1', pyPort]);
      s.sendtoSync(Buffer.from('hello python'), from!);
      const out = await peer.done;
      expect(out.split('\n')[1]).toBe(`hello python ('127.0.0.1', ${mine})`);
    } finally {
      peer.kill();
    }
  }, LONG);
});
