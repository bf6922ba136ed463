/**
 * SOCK_SEQPACKET over VMADDR_CID_LOCAL: connected, reliable, with message
 * boundaries (Linux 5.14+ with a transport that allows it; vsock_loopback
 * does). Skips with the reason where the probe connection fails.
 */
import { describe, expect, it } from 'vitest';
import { MSG_TRUNC, Socket, SOCK_SEQPACKET, TimeoutError } from '@sock/core';
import { AF_VSOCK, VMADDR_CID_LOCAL } from '@sock/vsock';
import { listener, scoped, seqpacketLoopback, timed } from './helpers.js';

const seq = seqpacketLoopback(SOCK_SEQPACKET);

describe('AF_VSOCK SOCK_SEQPACKET over VMADDR_CID_LOCAL', () => {
  it.skipIf(seq.skip)(`keeps message boundaries in both API forms${seq.title}`, async () => {
    const [server, address] = listener(SOCK_SEQPACKET);
    const client = new Socket(AF_VSOCK, SOCK_SEQPACKET);
    using _ = scoped(server, client);
    client.settimeout(10);
    server.settimeout(10);
    await client.connect(address);
    const [conn, peer] = await server.accept();
    using __ = scoped(conn);
    conn.settimeout(10);
    expect(conn.type).toBe(SOCK_SEQPACKET);
    expect((peer as number[])[0]).toBe(VMADDR_CID_LOCAL);

    for (const m of ['one', 'two', 'three']) await client.sendall(Buffer.from(m));
    expect((await conn.recv(100)).toString()).toBe('one');
    expect(conn.recvSync(100).toString()).toBe('two');
    expect((await conn.recv(100)).toString()).toBe('three');

    conn.sendSync(Buffer.alloc(1000, 0x61));
    conn.sendSync(Buffer.from('next'));
    const [data, , flags] = await client.recvmsg(10);
    expect(data.length).toBe(10);
    expect(flags & MSG_TRUNC).toBe(MSG_TRUNC);
    expect(client.recvSync(100).toString()).toBe('next');
  });

  it.skipIf(seq.skip)(`times out a recv with nothing sent${seq.title}`, async () => {
    const [server, address] = listener(SOCK_SEQPACKET);
    const client = new Socket(AF_VSOCK, SOCK_SEQPACKET);
    using _ = scoped(server, client);
    client.settimeout(10);
    await client.connect(address);
    const [conn] = await server.accept();
    using __ = scoped(conn);
    conn.settimeout(0.2);
    const r = await timed(() => conn.recv(10));
    expect(r.error).toBeInstanceOf(TimeoutError);
    expect(r.ms).toBeGreaterThanOrEqual(180);
    expect(r.ms).toBeLessThan(5000);
  });
});
