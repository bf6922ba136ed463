/**
 * Handing sockets between @sock and Node's net module: a connected @sock TCP
 * socket becomes a net.Socket (detach() + net.Socket({ fd })), and a
 * net.Socket's fd is wrapped with fromfd() to set an option Node has no API
 * for (TCP_USER_TIMEOUT).
 */
import net from 'node:net';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { fromfd, SOCK_STREAM } from '@sock/core';
import { AF_INET, createConnection, createServer, IPPROTO_TCP, TCP_USER_TIMEOUT } from '@sock/inet';
import { needs } from '@sock/core/testing';
import { socketTracker } from './helpers.js';

const track = socketTracker();
const userTimeout = needs(TCP_USER_TIMEOUT === undefined ? 'TCP_USER_TIMEOUT in the headers' : null);

describe('interop with node:net', () => {
  it('hands a connected @sock TCP socket to net.Socket({ fd })', async () => {
    const srv = track(await createServer(['127.0.0.1', 0]));
    const client = track(await createConnection(srv.getsockname() as [string, number]));
    const [conn] = await srv.accept();
    track(conn);

    const fd = client.detach();
    expect(client.fileno()).toBe(-1);
    const ns = new net.Socket({ fd, readable: true, writable: true });
    try {
      ns.write('through node');
      expect((await conn.recv(100)).toString()).toBe('through node');
      const data = once(ns, 'data');
      await conn.sendall(Buffer.from('back to node'));
      expect(String((await data)[0])).toBe('back to node');
      expect(ns.remotePort).toBe((srv.getsockname() as [string, number])[1]);
    } finally {
      const closed = once(ns, 'close');
      ns.destroy();
      await closed;
    }
  });

  it.skipIf(userTimeout.skip)(`wraps a net.Socket's fd with fromfd to set TCP_USER_TIMEOUT${userTimeout.title}`, async () => {
    const server = net.createServer((s) => s.pipe(s));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as net.AddressInfo;
    const ns = net.connect(port, '127.0.0.1');
    try {
      await once(ns, 'connect');
      const fd = (ns as unknown as { _handle: { fd: number } })._handle.fd;
      const sock = track(fromfd(fd, AF_INET, SOCK_STREAM));
      expect(sock.getpeername()).toEqual(['127.0.0.1', port]);
      expect(sock.getsockopt(IPPROTO_TCP, TCP_USER_TIMEOUT!)).toBe(0);
      sock.setsockopt(IPPROTO_TCP, TCP_USER_TIMEOUT!, 12_345);
      sock.close();
      const again = track(fromfd(fd, AF_INET, SOCK_STREAM));
      expect(again.getsockopt(IPPROTO_TCP, TCP_USER_TIMEOUT!)).toBe(12_345);
      again.close();
      const echoed = once(ns, 'data');
      ns.write('still node');
      expect(String((await echoed)[0])).toBe('still node');
    } finally {
      const closed = once(ns, 'close');
      ns.destroy();
      await closed;
      server.close();
      await once(server, 'close');
    }
  });
});
