/**
 * TCP and UDP over 127.0.0.1 and ::1, in both API forms (async and Sync) and
 * all three timeout modes (blocking, timeout, non-blocking).
 */
import { describe, expect, it } from 'vitest';
import {
  BlockingIOError,
  ConnectionRefusedError,
  errno as E,
  SOCK_DGRAM,
  SOCK_STREAM,
  Socket,
  TimeoutError,
  type Address,
} from '@sock/core';
import { AF_INET, AF_INET6 } from '@sock/inet';
import { closedPort, ipv6, rejected, socketTracker } from './helpers.js';

const track = socketTracker();

interface Ops {
  connect(s: Socket, a: Address): Promise<void>;
  connectEx(s: Socket, a: Address): Promise<number>;
  accept(s: Socket): Promise<[Socket, Address]>;
  sendall(s: Socket, d: Buffer): Promise<void>;
  recv(s: Socket, n: number): Promise<Buffer>;
  sendto(s: Socket, d: Buffer, a: Address): Promise<number>;
  recvfrom(s: Socket, n: number): Promise<[Buffer, Address | null]>;
}

const asyncOps: Ops = {
  connect: (s, a) => s.connect(a),
  connectEx: (s, a) => s.connectEx(a),
  accept: (s) => s.accept(),
  sendall: (s, d) => s.sendall(d),
  recv: (s, n) => s.recv(n),
  sendto: (s, d, a) => s.sendto(d, a),
  recvfrom: (s, n) => s.recvfrom(n),
};

const syncOps: Ops = {
  connect: async (s, a) => s.connectSync(a),
  connectEx: async (s, a) => s.connectExSync(a),
  accept: async (s) => s.acceptSync(),
  sendall: async (s, d) => s.sendallSync(d),
  recv: async (s, n) => s.recvSync(n),
  sendto: async (s, d, a) => s.sendtoSync(d, a),
  recvfrom: async (s, n) => s.recvfromSync(n),
};

const families = [
  { label: 'IPv4 127.0.0.1', family: AF_INET, host: '127.0.0.1', ok: true, needs: '' },
  { label: 'IPv6 ::1', family: AF_INET6, host: '::1', ok: !ipv6.skip, needs: ipv6.title },
];

const forms = [
  { form: 'async', ops: asyncOps },
  { form: 'sync', ops: syncOps },
];

async function recvExactly(ops: Ops, s: Socket, n: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let got = 0;
  for (let i = 0; i < 10_000 && got < n; i++) {
    const chunk = await ops.recv(s, n - got);
    if (chunk.length === 0) break;
    parts.push(chunk);
    got += chunk.length;
  }
  return Buffer.concat(parts);
}

async function elapsed<T>(fn: () => Promise<T>): Promise<{ ms: number; error: any }> {
  const t0 = performance.now();
  try {
    await fn();
    return { ms: performance.now() - t0, error: undefined };
  } catch (error) {
    return { ms: performance.now() - t0, error };
  }
}

describe.each(families)('$label', ({ family, host, ok, needs }) => {
  function listener(): [Socket, Address] {
    const l = track(new Socket(family, SOCK_STREAM));
    l.bind([host, 0]);
    l.listen();
    return [l, l.getsockname()];
  }

  function udp(): [Socket, Address] {
    const s = track(new Socket(family, SOCK_DGRAM));
    s.bind([host, 0]);
    return [s, s.getsockname()];
  }

  describe.each(forms)('$form form', ({ ops }) => {
    it.skipIf(!ok)(`TCP in blocking mode: connect, accept, echo 64 KiB${needs}`, async () => {
      const [l, addr] = listener();
      const c = track(new Socket(family, SOCK_STREAM));
      c.settimeout(null);
      await ops.connect(c, addr);
      const [conn, peer] = await ops.accept(l);
      track(conn);
      expect(peer).toEqual(c.getsockname());
      expect(conn.getpeername()).toEqual(c.getsockname());
      if (family === AF_INET6) expect(peer).toHaveLength(4);
      const data = Buffer.alloc(64 * 1024, 'x');
      await ops.sendall(c, data);
      const got = await recvExactly(ops, conn, data.length);
      expect(got.equals(data)).toBe(true);
      await ops.sendall(conn, Buffer.from('pong'));
      expect((await recvExactly(ops, c, 4)).toString()).toBe('pong');
    });

    it.skipIf(!ok)(`TCP in timeout mode: recv and accept raise TimeoutError after the timeout${needs}`, async () => {
      const [l, addr] = listener();
      l.settimeout(0.15);
      const c = track(new Socket(family, SOCK_STREAM));
      c.settimeout(0.15);
      await ops.connect(c, addr);
      const [conn] = await ops.accept(l);
      track(conn);
      conn.settimeout(0.15);
      const r = await elapsed(() => ops.recv(conn, 10));
      expect(r.error).toBeInstanceOf(TimeoutError);
      expect(r.error.message).toBe('timed out');
      expect(r.ms).toBeGreaterThanOrEqual(120);
      const a = await elapsed(() => ops.accept(l));
      expect(a.error).toBeInstanceOf(TimeoutError);
      await ops.sendall(c, Buffer.from('late'));
      expect((await recvExactly(ops, conn, 4)).toString()).toBe('late');
    });

    it.skipIf(!ok)(`TCP in non-blocking mode: BlockingIOError instead of waiting${needs}`, async () => {
      const [l, addr] = listener();
      l.settimeout(0);
      expect((await elapsed(() => ops.accept(l))).error).toBeInstanceOf(BlockingIOError);
      const c = track(new Socket(family, SOCK_STREAM));
      c.settimeout(0);
      const r = await ops.connectEx(c, addr);
      expect([0, E.EINPROGRESS]).toContain(r);
      l.settimeout(5);
      const [conn] = await ops.accept(l);
      track(conn);
      conn.settimeout(0);
      const t = await elapsed(() => ops.recv(conn, 10));
      expect(t.error).toBeInstanceOf(BlockingIOError);
      expect(t.ms).toBeLessThan(100);
    });

    it.skipIf(!ok)(`UDP in blocking mode: sendto / recvfrom with the sender's address${needs}`, async () => {
      const [a, addrA] = udp();
      const [b, addrB] = udp();
      a.settimeout(null);
      expect(await ops.sendto(b, Buffer.from('datagram'), addrA)).toBe(8);
      const [data, from] = await ops.recvfrom(a, 100);
      expect(data.toString()).toBe('datagram');
      expect(from).toEqual(addrB);
      if (family === AF_INET6) expect(from).toHaveLength(4);
    });

    it.skipIf(!ok)(`UDP in timeout mode: recvfrom raises TimeoutError${needs}`, async () => {
      const [a] = udp();
      a.settimeout(0.1);
      const r = await elapsed(() => ops.recvfrom(a, 100));
      expect(r.error).toBeInstanceOf(TimeoutError);
      expect(r.ms).toBeGreaterThanOrEqual(80);
    });

    it.skipIf(!ok)(`UDP in non-blocking mode: recvfrom raises BlockingIOError${needs}`, async () => {
      const [a] = udp();
      a.settimeout(0);
      expect((await elapsed(() => ops.recvfrom(a, 100))).error).toBeInstanceOf(BlockingIOError);
    });

    it.skipIf(!ok)(`connect to a closed port raises ConnectionRefusedError; connectEx returns ECONNREFUSED${needs}`, async () => {
      const port = closedPort(family, host);
      const c = track(new Socket(family, SOCK_STREAM));
      const err = (await elapsed(() => ops.connect(c, [host, port]))).error;
      expect(err).toBeInstanceOf(ConnectionRefusedError);
      expect(err.errno).toBe(E.ECONNREFUSED);
      const d = track(new Socket(family, SOCK_STREAM));
      expect(await ops.connectEx(d, [host, port])).toBe(E.ECONNREFUSED);
    });

    it.skipIf(!ok)(`in blocking mode a second connect of a connected socket fails with EISCONN at once, as CPython's${needs}`, async () => {
      const [l, addr] = listener();
      const c = track(new Socket(family, SOCK_STREAM));
      c.settimeout(null);
      await ops.connect(c, addr);
      expect(await ops.connectEx(c, addr)).toBe(E.EISCONN);
      const err = (await elapsed(() => ops.connect(c, addr))).error;
      expect(err?.errno).toBe(E.EISCONN);
      track((await ops.accept(l))[0]);
    });

    it.skipIf(!ok)(`connect with a timeout to a full backlog raises TimeoutError; connectEx returns EWOULDBLOCK${needs}`, async () => {
      const l = track(new Socket(family, SOCK_STREAM));
      l.bind([host, 0]);
      l.listen(0);
      const addr = l.getsockname();
      const fillers: Socket[] = [];
      let timedOut: any;
      for (let i = 0; i < 8 && timedOut === undefined; i++) {
        const c = track(new Socket(family, SOCK_STREAM));
        c.settimeout(0.2);
        const r = await elapsed(() => ops.connect(c, addr));
        if (r.error) timedOut = r.error;
        else fillers.push(c);
      }
      expect(timedOut).toBeInstanceOf(TimeoutError);
      const d = track(new Socket(family, SOCK_STREAM));
      d.settimeout(0.2);
      expect(await ops.connectEx(d, addr)).toBe(E.EWOULDBLOCK ?? E.EAGAIN);
    });
  });

  it.skipIf(!ok)(`async connect resolves a host name in the address off the event loop${needs}`, async () => {
    const [, addr] = listener();
    const name = family === AF_INET ? 'localhost' : host;
    const c = track(new Socket(family, SOCK_STREAM));
    await c.connect([name, (addr as [string, number])[1]]);
    expect(c.getpeername()).toEqual(addr);
  });

  it.skipIf(!ok)(`an unresolvable host in an address rejects with gaierror, in both forms${needs}`, async () => {
    const c = track(new Socket(family, SOCK_STREAM));
    const { gaierror } = await import('@sock/core');
    expect(await rejected(c.connect(['no such host!', 80]))).toBeInstanceOf(gaierror);
    expect(() => c.connectSync(['no such host!', 80])).toThrow(gaierror);
  });
});
