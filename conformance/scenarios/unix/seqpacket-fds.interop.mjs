// Interop over an AF_UNIX seqpacket connection (abstract name): message boundaries and fds passed both ways
// (sendFds / recvFds), each side reading a file through the fd it received.
import { openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MSG_CTRUNC, Socket, SOCK_SEQPACKET } from '@sock/core';
import { AF_UNIX as U, recvFds, sendFds } from '@sock/unix';

function tempFile(h, text) {
  const p = path.join(tmpdir(), `sockconf-${process.pid}-${Math.random().toString(16).slice(2)}`);
  const fd = h.trackFd(openSync(p, 'w+'));
  unlinkSync(p);
  writeSync(fd, text);
  return fd;
}

function pread(fd) {
  const buf = Buffer.alloc(100);
  return buf.subarray(0, readSync(fd, buf, 0, 100, 0));
}

export async function server(h) {
  const name = `\0sockconf-seqpacket-${process.pid}`;
  const L = h.track(new Socket(U, SOCK_SEQPACKET));
  L.settimeout(10);
  L.bind(name);
  L.listen();
  h.ready({ name });
  const [conn, peer] = await L.accept();
  h.track(conn);
  conn.settimeout(10);
  h.check('peer of an unbound client', peer);
  for (const m of ['one', 'two', 'three']) await conn.send(Buffer.from(m));
  const f1 = tempFile(h, 'first file from the server');
  const f2 = tempFile(h, 'second file from the server');
  await h.step('send_fds two fds', () => sendFds(conn, [Buffer.from('files')], [f1, f2]));
  const [msg, fds, flags, addr] = await recvFds(conn, 100, 4);
  const got = fds.map((fd) => h.trackFd(fd));
  h.check('recv_fds from the client: msg, count, flags, addr', [msg, got.length, flags, addr]);
  h.check("read through the client's fd", got.length ? pread(got[0]) : null);
  h.check('end of the connection', await conn.recv(10));
}

export async function client(h) {
  const c = h.track(new Socket(U, SOCK_SEQPACKET));
  c.settimeout(10);
  await c.connect(h.peer.name);
  h.check('getpeername: the abstract name as bytes', Buffer.isBuffer(c.getpeername()) && c.getpeername().equals(Buffer.from(h.peer.name)));
  h.check('three messages, one recv each', [await c.recv(100), await c.recv(100), await c.recv(100)]);
  const [msg, fds, flags] = await recvFds(c, 100, 1);
  const got = fds.map((fd) => h.trackFd(fd));
  h.check('recv_fds with room for 1 of 2: msg, count, MSG_CTRUNC', [msg, got.length, (flags & MSG_CTRUNC) !== 0]);
  h.check("read through the server's fd", pread(got[0]));
  const mine = tempFile(h, 'a file from the client');
  await sendFds(c, [Buffer.from('reply')], [mine]);
}
