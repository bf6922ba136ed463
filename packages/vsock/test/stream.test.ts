/**
 * SOCK_STREAM over VMADDR_CID_LOCAL (the vsock_loopback transport), in both
 * API forms and the three timeout modes: CPython's
 * ThreadedVSOCKSocketStreamTest (t:565) and more. Where no loopback
 * transport is loaded these skip with that reason; the probe that decides
 * is itself bounded (see helpers.ts), so a host whose kernel accepts the
 * connect but never answers cannot hang the suite.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BlockingIOError, ConnectionError, SHUT_WR, Socket, SOCK_STREAM, TimeoutError } from '@sock/core';
import { AF_VSOCK, SO_VM_SOCKETS_BUFFER_MAX_SIZE, SO_VM_SOCKETS_BUFFER_SIZE, VMADDR_CID_LOCAL } from '@sock/vsock';
import { listener, scoped, streamLoopback, timed } from './helpers.js';

const loopback = streamLoopback();

const MSG = Buffer.from('Michael Gilfix was here\u1234\r\n');

describe('AF_VSOCK SOCK_STREAM over VMADDR_CID_LOCAL', () => {
  it.skipIf(loopback.skip)(`echoes data with the async forms, and names both ends [VMADDR_CID_LOCAL, port]${loopback.title}`, async () => {
    const [server, address] = listener();
    const client = new Socket(AF_VSOCK, SOCK_STREAM);
    using _ = scoped(server, client);
    client.settimeout(10);
    server.settimeout(10);
    await client.connect(address);
    const [conn, peer] = await server.accept();
    using __ = scoped(conn);
    conn.settimeout(10);
    // The client autobinds to (VMADDR_CID_ANY, port); the server sees the CID the packet came from.
    const [, clientPort] = client.getsockname() as number[];
    expect(client.getpeername()).toEqual(address);
    expect(peer).toEqual([VMADDR_CID_LOCAL, clientPort]);
    expect(conn.getsockname()).toEqual(address);
    expect(conn.getpeername()).toEqual(peer);

    await client.sendall(MSG);
    expect(await conn.recv(1024)).toEqual(MSG);

    const big = randomBytes(1 << 20);
    const received: Buffer[] = [];
    let total = 0;
    const reading = (async () => {
      for (let i = 0; i < 10_000 && total < big.length; i++) {
        const chunk = await conn.recv(65536);
        if (chunk.length === 0) break;
        received.push(chunk);
        total += chunk.length;
      }
    })();
    await client.sendall(big);
    await reading;
    expect(Buffer.concat(received).equals(big)).toBe(true);

    await conn.sendall(Buffer.from('pong'));
    expect((await client.recv(100)).toString()).toBe('pong');
    client.shutdown(SHUT_WR);
    expect((await conn.recv(100)).length).toBe(0);
  });

  it.skipIf(loopback.skip)(`echoes data with the Sync forms${loopback.title}`, () => {
    const [server, address] = listener();
    const client = new Socket(AF_VSOCK, SOCK_STREAM);
    using _ = scoped(server, client);
    client.settimeout(10);
    server.settimeout(10);
    client.connectSync(address);
    const [conn, peer] = server.acceptSync();
    using __ = scoped(conn);
    conn.settimeout(10);
    expect(peer).toEqual([VMADDR_CID_LOCAL, (client.getsockname() as number[])[1]]);
    client.sendallSync(MSG);
    expect(conn.recvSync(1024)).toEqual(MSG);
    const payload = randomBytes(100_000);
    conn.sendallSync(payload);
    const parts: Buffer[] = [];
    let got = 0;
    for (let i = 0; i < 1000 && got < payload.length; i++) {
      const chunk = client.recvSync(65536);
      if (chunk.length === 0) break;
      parts.push(chunk);
      got += chunk.length;
    }
    expect(Buffer.concat(parts).equals(payload)).toBe(true);
    const into = Buffer.alloc(8);
    client.sendallSync(Buffer.from('into'));
    expect(conn.recvIntoSync(into)).toBe(4);
    expect(into.subarray(0, 4).toString()).toBe('into');
  });

  it.skipIf(loopback.skip)(`raises TimeoutError after the timeout, in both forms${loopback.title}`, async () => {
    const [server, address] = listener();
    const client = new Socket(AF_VSOCK, SOCK_STREAM);
    using _ = scoped(server, client);
    server.settimeout(0.2);
    const acceptSync = await timed(() => server.acceptSync());
    expect(acceptSync.error).toBeInstanceOf(TimeoutError);
    expect(acceptSync.ms).toBeGreaterThanOrEqual(180);
    const acceptAsync = await timed(() => server.accept());
    expect(acceptAsync.error).toBeInstanceOf(TimeoutError);

    client.settimeout(10);
    await client.connect(address);
    const [conn] = await server.accept();
    using __ = scoped(conn);
    client.settimeout(0.2);
    const sync = await timed(() => client.recvSync(10));
    expect(sync.error).toBeInstanceOf(TimeoutError);
    expect((sync.error as Error).message).toBe('timed out');
    expect(sync.ms).toBeGreaterThanOrEqual(180);
    expect(sync.ms).toBeLessThan(5000);
    const async_ = await timed(() => client.recv(10));
    expect(async_.error).toBeInstanceOf(TimeoutError);
    expect(async_.ms).toBeGreaterThanOrEqual(180);
    expect(async_.ms).toBeLessThan(5000);
    await conn.sendall(Buffer.from('late'));
    expect((await client.recv(10)).toString()).toBe('late');
  });

  it.skipIf(loopback.skip)(`raises BlockingIOError at once when non-blocking, in both forms${loopback.title}`, async () => {
    const [server, address] = listener();
    const client = new Socket(AF_VSOCK, SOCK_STREAM);
    using _ = scoped(server, client);
    server.setblocking(false);
    expect(() => server.acceptSync()).toThrow(BlockingIOError);
    await expect(server.accept()).rejects.toBeInstanceOf(BlockingIOError);
    server.settimeout(10);
    client.settimeout(10);
    await client.connect(address);
    const [conn] = await server.accept();
    using __ = scoped(conn);
    client.setblocking(false);
    expect(client.getblocking()).toBe(false);
    const sync = await timed(() => client.recvSync(10));
    expect(sync.error).toBeInstanceOf(BlockingIOError);
    expect(sync.ms).toBeLessThan(1000);
    await expect(client.recv(10)).rejects.toBeInstanceOf(BlockingIOError);
  });

  it.skipIf(loopback.skip)(`refuses a connection to a port nobody listens on${loopback.title}`, async () => {
    const [server, address] = listener();
    const port = (address as number[])[1]!;
    server.close();
    using client = new Socket(AF_VSOCK, SOCK_STREAM);
    client.settimeout(10);
    const r = await timed(() => client.connect([VMADDR_CID_LOCAL!, port]));
    expect(r.error).toBeInstanceOf(ConnectionError);
    expect(r.ms).toBeLessThan(5000);
  });

  it.skipIf(loopback.skip)(`streams through makefile('rwb') as a Node Duplex${loopback.title}`, async () => {
    const [server, address] = listener();
    const client = new Socket(AF_VSOCK, SOCK_STREAM);
    using _ = scoped(server, client);
    client.settimeout(10);
    server.settimeout(10);
    await client.connect(address);
    const [conn] = await server.accept();
    using __ = scoped(conn);
    const a = client.makefile('rwb');
    const b = conn.makefile('rwb');
    b.on('data', (chunk: Buffer) => b.write(chunk));
    b.on('end', () => b.end());
    const chunks: Buffer[] = [];
    const done = new Promise<void>((resolve, reject) => {
      a.on('data', (chunk: Buffer) => chunks.push(chunk));
      a.on('end', resolve);
      a.on('error', reject);
    });
    const payload = randomBytes(200_000);
    a.end(payload);
    await done;
    expect(Buffer.concat(chunks).equals(payload)).toBe(true);
    a.destroy();
    b.destroy();
  });

  it.skipIf(loopback.skip)(`lets the transport clamp the buffer size of a connected socket${loopback.title}`, async () => {
    const [server, address] = listener();
    const client = new Socket(AF_VSOCK, SOCK_STREAM);
    using _ = scoped(server, client);
    client.settimeout(10);
    await client.connect(address);
    const [conn] = await server.accept();
    using __ = scoped(conn);
    const before = client.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE);
    expect(before).not.toBe(2 ** 33);
    client.setsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_MAX_SIZE, 2 ** 40);
    client.setsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE, 2 ** 33);
    // virtio's transports keep buf_alloc in 32 bits and clamp (VIRTIO_VSOCK_MAX_BUF_SIZE).
    expect([2 ** 33, 0xffffffff]).toContain(client.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE));
    client.setsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE, 65536);
    expect(client.getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE)).toBe(65536);
    await client.sendall(MSG);
    expect(await conn.recv(1024)).toEqual(MSG);
  });
});
