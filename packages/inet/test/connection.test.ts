import { describe, expect, it } from 'vitest';
import {
  ConnectionRefusedError,
  errno as E,
  gaierror,
  getdefaulttimeout,
  OSError,
  SO_REUSEADDR,
  SOCK_STREAM,
  SOL_SOCKET,
  constants as coreConstants,
  Socket,
} from '@sock/core';
import {
  AF_INET,
  AF_INET6,
  createConnection,
  createConnectionSync,
  createServer,
  createServerSync,
  getaddrinfoSync,
  hasDualstackIpv6,
  hasIpv6,
  IPPROTO_IPV6,
  IPV6_V6ONLY,
} from '@sock/inet';
import { needs } from '@sock/core/testing';
import { closedPort, ipv6, hasPython, python, rejected, socketTracker, thrown } from './helpers.js';

const track = socketTracker();
const SO_REUSEPORT = coreConstants.SO_REUSEPORT;
const reusePort = needs(SO_REUSEPORT === undefined ? 'SO_REUSEPORT in the headers' : null);
const dualstack = needs(hasDualstackIpv6() ? null : 'dual-stack IPv6 (IPV6_V6ONLY=0 on an AF_INET6 socket)');

describe('createConnection', () => {
  it('connects, keeping the default timeout unless one is given (async and Sync)', async () => {
    const srv = track(await createServer(['127.0.0.1', 0]));
    const [, port] = srv.getsockname() as [string, number];
    const a = track(await createConnection(['127.0.0.1', port]));
    expect(a.gettimeout()).toBe(getdefaulttimeout());
    expect(a.getpeername()).toEqual(['127.0.0.1', port]);
    const b = track(createConnectionSync(['localhost', port], { timeout: 2.5 }));
    expect(b.gettimeout()).toBe(2.5);
    const c = track(await createConnection(['localhost', port], { timeout: null }));
    expect(c.gettimeout()).toBeNull();
  });

  it('binds sourceAddress before connecting', async () => {
    const srv = track(createServerSync(['127.0.0.1', 0]));
    const [, port] = srv.getsockname() as [string, number];
    const a = track(await createConnection(['127.0.0.1', port], { sourceAddress: ['127.0.0.2', 0] }));
    expect((a.getsockname() as [string, number])[0]).toBe('127.0.0.2');
    const b = track(createConnectionSync(['127.0.0.1', port], { sourceAddress: ['localhost', 0] }));
    expect((b.getsockname() as [string, number])[0]).toBe('127.0.0.1');
  });

  it('raises the last error, ConnectionRefusedError, when nothing listens', async () => {
    const port = closedPort(AF_INET, '127.0.0.1');
    expect(await rejected(createConnection(['127.0.0.1', port]))).toBeInstanceOf(ConnectionRefusedError);
    expect(() => createConnectionSync(['127.0.0.1', port])).toThrow(ConnectionRefusedError);
  });

  it('with allErrors raises an AggregateError holding every attempt’s error', async () => {
    const port = closedPort(AF_INET, '127.0.0.1');
    const attempts = getaddrinfoSync(null, port, 0, SOCK_STREAM).length;
    const err = await rejected(createConnection([null, port], { allErrors: true }));
    expect(err).toBeInstanceOf(AggregateError);
    expect(err.message).toBe('create_connection failed');
    expect(err.errors).toHaveLength(attempts);
    for (const e of err.errors) expect(e).toBeInstanceOf(OSError);
    const sync = thrown(() => createConnectionSync([null, port], { allErrors: true }));
    expect(sync.errors).toHaveLength(attempts);
  });

  it('raises gaierror for a name that does not resolve', async () => {
    const err = await rejected(createConnection(['no such host!', 80]));
    expect(err).toBeInstanceOf(gaierror);
    expect(thrown(() => createConnectionSync(['no such host!', 80]))).toBeInstanceOf(gaierror);
  });

  it('refuses a malformed address or options', async () => {
    expect(await rejected(createConnection('localhost:80' as unknown as [string, number]))).toHaveProperty('code', 'ERR_INVALID_ARG_TYPE');
    expect(await rejected(createConnection(['localhost', 80], { timeout: -1 }))).toBeInstanceOf(RangeError);
  });
});

describe('createServer', () => {
  it('sets SO_REUSEADDR and listens (async and Sync)', async () => {
    const a = track(await createServer(['127.0.0.1', 0], { backlog: 5 }));
    expect(a.getsockopt(SOL_SOCKET, SO_REUSEADDR)).toBe(1);
    const b = track(createServerSync(['127.0.0.1', 0]));
    expect(b.getsockopt(SOL_SOCKET, SO_REUSEADDR)).toBe(1);
    const c = track(new Socket(AF_INET, SOCK_STREAM));
    await c.connect(b.getsockname() as [string, number]);
    const [conn] = await b.accept();
    track(conn);
  });

  it.skipIf(ipv6.skip)(`sets IPV6_V6ONLY=1 on AF_INET6 unless dual-stack${ipv6.title}`, async () => {
    const probe = track(new Socket(AF_INET6, SOCK_STREAM));
    const systemDefault = probe.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY);
    expect(systemDefault).toBe(0);
    const s = track(await createServer(['::1', 0], { family: AF_INET6 }));
    expect(s.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY)).toBe(1);
  });

  it.skipIf(dualstack.skip)(`accepts an IPv4 client on a dual-stack socket with an IPv4-mapped peer address${dualstack.title}`, async () => {
    const srv = track(await createServer(['', 0], { family: AF_INET6, dualstackIpv6: true }));
    expect(srv.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY)).toBe(0);
    const [, port] = srv.getsockname() as [string, number];
    const client = track(new Socket(AF_INET, SOCK_STREAM));
    await client.connect(['127.0.0.1', port]);
    const [conn, peer] = await srv.accept();
    track(conn);
    const [, clientPort] = client.getsockname() as [string, number];
    expect(peer).toEqual(['::ffff:127.0.0.1', clientPort, 0, 0]);
  });

  it('refuses dualstackIpv6 without AF_INET6 with CPython’s text', async () => {
    const err = await rejected(createServer(['127.0.0.1', 0], { dualstackIpv6: true }));
    expect(err).toBeInstanceOf(TypeError);
    expect(err.message).toMatch(/dualstack_ipv6 (requires AF_INET6 family|not supported on this platform)/);
  });

  it.skipIf(reusePort.skip)(`spreads connections over two SO_REUSEPORT listeners${reusePort.title}`, async () => {
    const a = track(await createServer(['127.0.0.1', 0], { reusePort: true }));
    expect(a.getsockopt(SOL_SOCKET, SO_REUSEPORT!)).toBe(1);
    const port = (a.getsockname() as [string, number])[1];
    const b = track(createServerSync(['127.0.0.1', port], { reusePort: true }));
    const counts = [0, 0];
    for (let i = 0; i < 40; i++) {
      track(createConnectionSync(['127.0.0.1', port], { timeout: 5 }));
    }
    for (const [i, srv] of [a, b].entries()) {
      srv.settimeout(0);
      for (let n = 0; n < 40; n++) {
        try {
          track(srv.acceptSync()[0]);
          counts[i]!++;
        } catch {
          break;
        }
      }
    }
    expect(counts[0]! + counts[1]!).toBe(40);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBeGreaterThan(0);
  });

  it('re-raises a bind error with the errno class and the address, as CPython words it', async () => {
    const held = track(await createServer(['127.0.0.1', 0]));
    const [, port] = held.getsockname() as [string, number];
    const err = await rejected(createServer(['127.0.0.1', port]));
    expect(err).toBeInstanceOf(OSError);
    expect(err.errno).toBe(E.EADDRINUSE);
    const text = `(while attempting to bind on address ('127.0.0.1', ${port}))`;
    expect(err.message).toContain(text);
    const sync = thrown(() => createServerSync(['127.0.0.1', port]));
    expect(sync.message).toBe(err.message);
    if (hasPython) {
      const py = python<string>(
        `import socket, json\ntry:\n    socket.create_server(('127.0.0.1', ${port}))\nexcept OSError as e:\n    print(json.dumps(str(e)))`,
      );
      expect(err.message).toBe(py);
    }
  });

  it('wraps a resolution failure the same way (errno is the EAI code)', async () => {
    const err = await rejected(createServer(['no such host!', 0]));
    expect(err).toBeInstanceOf(OSError);
    expect(err.errno).toBeLessThan(0);
    expect(err.message).toContain("(while attempting to bind on address ('no such host!', 0))");
    expect(thrown(() => createServerSync(['no such host!', 0])).message).toBe(err.message);
  });

  it('hasIpv6 mirrors the headers', () => {
    expect(hasIpv6).toBe(true);
  });
});
