/** Living next to Node: net.Socket on a detached @sock fd, net servers, and makefile streams. */
import { once } from 'node:events';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { Socket, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import { AF_UNIX, socketpair, UNIX_PATH_MAX } from '@sock/unix';
import { abstractName, scoped, socketDir, unix } from './helpers.js';

const pathFor = socketDir();

function collect(stream: NodeJS.ReadableStream, count: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => reject(new Error(`only ${chunks.length} of ${count} chunks arrived`)), 5000);
    stream.on('data', (c: Buffer) => {
      chunks.push(c);
      if (chunks.length === count) {
        clearTimeout(timer);
        resolve(chunks);
      }
    });
  });
}

describe.skipIf(unix.skip)(`interop with node:net${unix.title}`, () => {
  it('a connected @sock stream socket, detached, becomes a working net.Socket', async () => {
    const [mine, peer] = socketpair();
    using _ = scoped(peer);
    const fd = mine.detach();
    expect(mine.fileno()).toBe(-1);
    const ns = new net.Socket({ fd, readable: true, writable: true });
    try {
      const got = once(ns, 'data');
      peer.sendallSync(Buffer.from('from the @sock peer'));
      expect((await got)[0].toString()).toBe('from the @sock peer');
      ns.write('from net.Socket');
      expect((await peer.recv(100)).toString()).toBe('from net.Socket');
      ns.end();
      expect((await peer.recv(100)).length).toBe(0);
    } finally {
      ns.destroy();
      await once(ns, 'close');
    }
  });

  it('an @sock client talks to a net.Server on a filesystem path', async () => {
    const p = pathFor('net-server');
    const server = net.createServer((c) => c.pipe(c));
    server.listen(p);
    await once(server, 'listening');
    try {
      using s = scoped(new Socket(AF_UNIX, SOCK_STREAM));
      await s[0].connect(p);
      await s[0].sendall(Buffer.from('echo me'));
      expect((await s[0].recv(100)).toString()).toBe('echo me');
    } finally {
      server.close();
      await once(server, 'close');
    }
  });

  // libuv up to Node 20 pads an abstract name with NULs to all 108 bytes of sun_path; Node 22's
  // passes the name's own length. Both names are distinct abstract addresses, so one @sock server
  // listens on each and whichever form this Node uses is the one that must accept.
  it('a net client reaches an @sock server on an abstract name (as this Node names it: padded to 108 bytes, or not)', async () => {
    const name = abstractName('net');
    const padded = Buffer.concat([name, Buffer.alloc(UNIX_PATH_MAX - name.length)]);
    using s = scoped(new Socket(AF_UNIX, SOCK_STREAM), new Socket(AF_UNIX, SOCK_STREAM));
    s[0].bind(padded);
    s[1].bind(name);
    for (const l of s) l.listen();
    expect(s[0].getsockname()).toEqual(padded);
    expect(s[1].getsockname()).toEqual(name);
    const client = net.connect(name.toString('latin1'));
    const failed = once(client, 'error');
    const accepts = [0, 1].map((i) => s[i]!.accept().then(([conn]) => ({ conn, i })));
    // The other server's accept ends with the socket's close (EBADF) when the test disposes it.
    for (const a of accepts) a.catch(() => {});
    try {
      const { conn, i } = await Promise.race([...accepts, failed.then(([e]) => Promise.reject(e))]);
      using _c = scoped(conn);
      expect(conn.getsockname()).toEqual(i === 0 ? padded : name);
      client.write('hi from net');
      expect((await conn.recv(100)).toString()).toBe('hi from net');
    } finally {
      client.destroy();
      await once(client, 'close');
    }
  });
});

describe.skipIf(unix.skip)(`makefile() streams on message sockets${unix.title}`, () => {
  it.each([
    ['SOCK_SEQPACKET', SOCK_SEQPACKET],
    ['SOCK_DGRAM', SOCK_DGRAM],
  ])('%s: a Duplex that yields one chunk per message', async (_n, type) => {
    const [a, b] = socketpair(AF_UNIX, type);
    using _ = scoped(a, b);
    const reader = b.makefile('rb');
    const writer = a.makefile('wb');
    try {
      const got = collect(reader, 3);
      for (const m of ['first', 'second', 'third']) writer.write(Buffer.from(m));
      expect((await got).map(String)).toEqual(['first', 'second', 'third']);
    } finally {
      reader.destroy();
      writer.destroy();
    }
  });

  it('a SOCK_STREAM pair as a Duplex pipes like any Node stream', async () => {
    const [a, b] = socketpair();
    using _ = scoped(a, b);
    const duplex = b.makefile('rwb');
    try {
      const got = once(duplex, 'data');
      a.sendallSync(Buffer.from('to the duplex'));
      expect(String((await got)[0])).toBe('to the duplex');
      duplex.write('from the duplex');
      expect((await a.recv(100)).toString()).toBe('from the duplex');
    } finally {
      duplex.destroy();
    }
  });
});
