// A node:test suite over the packed packages (@sock/core, @sock/unix, @sock/inet
// as a user gets them: dist/ plus prebuilds/, no build/), for Node builds where
// vitest cannot run: ARM Node under qemu-user. Every test goes through the
// native addons: constants and struct layouts read from the binary, socketpair,
// send/recv, sendmsg/recvmsg, recvmmsg, fd passing, peer credentials, socket
// options with struct timeval and struct linger, timeouts, TCP and UDP over
// loopback and getaddrinfo.
//
// SOCK_SMOKE_HOST_CONSTANTS=<file>: the constants the host's x64 binaries read
// from the headers (written by this suite on the host with SOCK_SMOKE_WRITE_CONSTANTS);
// every ARM binary must report the same numbers.
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import * as core from '@sock/core';
import * as unix from '@sock/unix';
import * as inet from '@sock/inet';

const { Socket, SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOL_SOCKET } = core;
const { AF_UNIX, socketpair, sendFds, recvFds, SO_PEERCRED, decodeUcred, UCRED_SIZE } = unix;
const { AF_INET, createServer, createConnection } = inet;

const all = { core: core.constants, unix: unix.constants, inet: inet.constants };
const dir = mkdtempSync(path.join(tmpdir(), 'sock-smoke-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe(`the addons load from prebuilds/ on ${process.platform}-${process.arch} (Node.js ${process.version})`, () => {
  it('reads the Linux socket constants from the headers it was built with', () => {
    assert.equal(AF_UNIX, 1);
    assert.equal(AF_INET, 2);
    assert.equal(inet.AF_INET6, 10);
    assert.deepEqual([SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOL_SOCKET], [1, 2, 5, 1]);
    assert.equal(core.MSG_PEEK, 2);
    assert.equal(SO_PEERCRED, 17);
    for (const [pkg, map] of Object.entries(all)) assert.ok(Object.keys(map).length > 10, `${pkg} has constants`);
  });

  it("reports the same constants as the host's x64 build", { skip: !process.env.SOCK_SMOKE_HOST_CONSTANTS && 'no SOCK_SMOKE_HOST_CONSTANTS file given' }, () => {
    const host = JSON.parse(readFileSync(process.env.SOCK_SMOKE_HOST_CONSTANTS, 'utf8'));
    for (const pkg of Object.keys(all)) assert.deepEqual({ ...all[pkg] }, host[pkg], `${pkg}'s constants`);
  });

  it('writes the constants for the ARM runs to compare with', { skip: !process.env.SOCK_SMOKE_WRITE_CONSTANTS && 'not asked to (SOCK_SMOKE_WRITE_CONSTANTS)' }, () => {
    writeFileSync(process.env.SOCK_SMOKE_WRITE_CONSTANTS, JSON.stringify(all));
    assert.ok(readFileSync(process.env.SOCK_SMOKE_WRITE_CONSTANTS, 'utf8').length > 100);
  });
});

describe('@sock/unix', () => {
  it('socketpair: send/recv both ways, sync and async', async () => {
    const [a, b] = socketpair();
    try {
      assert.equal(a.sendSync(Buffer.from('ping')), 4);
      assert.equal(b.recvSync(16).toString(), 'ping');
      const sending = b.sendall(Buffer.alloc(256 * 1024, 7)); // more than the socket buffer: both ends wait on the poller
      let got = 0;
      while (got < 256 * 1024) got += (await a.recv(65536)).length;
      await sending;
      assert.equal(got, 256 * 1024);
    } finally {
      a.close();
      b.close();
    }
  });

  it('seqpacket keeps message boundaries; sendmsg gathers, recvmsgInto scatters', async () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_SEQPACKET);
    try {
      await a.sendmsg([Buffer.from('ab'), Buffer.from('cde')]);
      await a.send(Buffer.from('f'));
      const x = Buffer.alloc(2);
      const y = Buffer.alloc(8);
      const [n] = await b.recvmsgInto([x, y]);
      assert.equal(n, 5);
      assert.equal(`${x}${y.subarray(0, 3)}`, 'abcde');
      assert.equal((await b.recv(10)).toString(), 'f');
    } finally {
      a.close();
      b.close();
    }
  });

  it('passes a file descriptor (SCM_RIGHTS) that reads the same file', async () => {
    const file = path.join(dir, 'passed.txt');
    writeFileSync(file, 'through the socket');
    const fd = openSync(file, 'r');
    const [a, b] = socketpair();
    try {
      await sendFds(a, [Buffer.from('x')], [fd, fd]);
      const [data, fds, flags] = await recvFds(b, 16, 4);
      assert.equal(data.toString(), 'x');
      assert.equal(fds.length, 2);
      assert.equal(flags, 0);
      for (const got of fds) {
        assert.notEqual(got, fd);
        const buf = Buffer.alloc(64);
        const n = readSync(got, buf, 0, 64, 0);
        assert.equal(buf.subarray(0, n).toString(), 'through the socket');
        closeSync(got);
      }
    } finally {
      closeSync(fd);
      a.close();
      b.close();
    }
  });

  it("SO_PEERCRED: struct ucred decodes to this process's credentials", () => {
    const [a, b] = socketpair();
    try {
      const cred = decodeUcred(a.getsockopt(SOL_SOCKET, SO_PEERCRED, UCRED_SIZE));
      assert.deepEqual(cred, unix.processCredentials());
    } finally {
      a.close();
      b.close();
    }
  });

  it('datagrams on a path and an abstract name, with addresses back', async () => {
    const server = new Socket(AF_UNIX, SOCK_DGRAM);
    const client = new Socket(AF_UNIX, SOCK_DGRAM);
    try {
      const where = path.join(dir, 'dgram.sock');
      server.bind(where);
      client.bind(`\0sock-smoke-${process.pid}`);
      await client.sendto(Buffer.from('hi'), where);
      const [data, from] = await server.recvfrom(64);
      assert.equal(data.toString(), 'hi');
      assert.deepEqual(from, Buffer.from(`\0sock-smoke-${process.pid}`));
      assert.equal(server.getsockname(), where);
    } finally {
      server.close();
      client.close();
    }
  });

  it('recvmmsg receives several datagrams in one call', async () => {
    const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);
    try {
      for (const m of ['one', 'two', 'three']) a.sendSync(Buffer.from(m));
      const got = await b.recvmmsg(8, 32);
      assert.deepEqual(got.map(([d]) => d.toString()), ['one', 'two', 'three']);
    } finally {
      a.close();
      b.close();
    }
  });

  it('a timeout ends a recv that nothing answers, sync and async', async () => {
    const [a, b] = socketpair();
    try {
      a.settimeout(0.05);
      assert.equal(a.gettimeout(), 0.05);
      assert.throws(() => a.recvSync(1), core.TimeoutError);
      await assert.rejects(a.recv(1), core.TimeoutError);
      a.setblocking(false);
      assert.throws(() => a.recvSync(1), core.BlockingIOError);
    } finally {
      a.close();
      b.close();
    }
  });
});

describe('@sock/inet', () => {
  it("TCP over 127.0.0.1: the README's echo, 1 MiB through", async () => {
    const server = await createServer(['127.0.0.1', 0]);
    const [host, port] = server.getsockname();
    assert.equal(host, '127.0.0.1');
    const echo = (async () => {
      const [conn] = await server.accept();
      for (let data; (data = await conn.recv(65536)).length > 0; ) await conn.sendall(data);
      conn.close();
    })();
    const client = await createConnection([host, port], { timeout: 30 });
    try {
      const out = Buffer.alloc(1 << 20);
      for (let i = 0; i < out.length; i++) out[i] = i * 31;
      const reading = (async () => {
        const parts = [];
        let n = 0;
        while (n < out.length) {
          const d = await client.recv(65536);
          if (d.length === 0) break;
          parts.push(d);
          n += d.length;
        }
        return Buffer.concat(parts);
      })();
      await client.sendall(out);
      assert.ok((await reading).equals(out));
      const info = inet.tcpInfo(client);
      assert.equal(info.state, 1); // TCP_ESTABLISHED, read through struct tcp_info's layout
    } finally {
      client.close();
      await echo;
      server.close();
    }
  });

  it('UDP sendto/recvfrom with the sender address', async () => {
    const a = new Socket(AF_INET, SOCK_DGRAM);
    const b = new Socket(AF_INET, SOCK_DGRAM);
    try {
      a.bind(['127.0.0.1', 0]);
      b.bind(['127.0.0.1', 0]);
      await a.sendto(Buffer.from('udp'), b.getsockname());
      const [data, from] = await b.recvfrom(64);
      assert.equal(data.toString(), 'udp');
      assert.deepEqual(from, a.getsockname());
    } finally {
      a.close();
      b.close();
    }
  });

  it('struct timeval and struct linger options round-trip (32-bit and 64-bit layouts)', () => {
    const s = new Socket(AF_INET, SOCK_STREAM);
    try {
      inet.setTimeval(s, core.SO_RCVTIMEO, 1.5);
      assert.equal(inet.getTimeval(s, core.SO_RCVTIMEO), 1.5);
      inet.setLinger(s, true, 7);
      assert.deepEqual(inet.getLinger(s), { onoff: true, linger: 7 });
    } finally {
      s.close();
    }
  });

  it('getaddrinfo, inet_pton/ntop and byte order', async () => {
    const entries = await inet.getaddrinfo('127.0.0.1', 80, { type: SOCK_STREAM });
    assert.deepEqual(entries[0].slice(0, 2), [AF_INET, SOCK_STREAM]);
    assert.deepEqual(entries[0][4], ['127.0.0.1', 80]);
    assert.deepEqual([...inet.inetPton(inet.AF_INET6, '::1')], [...Buffer.alloc(15), 1]);
    assert.equal(inet.inetNtop(AF_INET, Buffer.from([10, 1, 2, 3])), '10.1.2.3');
    assert.equal(inet.htons(0x1234), 0x3412);
    assert.equal(inet.htonl(1), 0x1000000);
  });
});
