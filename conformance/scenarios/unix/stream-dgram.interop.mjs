// Interop over AF_UNIX streams (filesystem path) and datagrams (path, autobind and unbound senders).
import path from 'node:path';
import { Socket, SOCK_DGRAM, SOCK_STREAM } from '@sock/core';
import { AF_UNIX as U } from '@sock/unix';

export async function server(h) {
  const d = h.tmpdir();
  const L = h.track(new Socket(U, SOCK_STREAM));
  L.settimeout(10);
  L.bind(path.join(d, 'stream'));
  L.listen();
  const D = h.track(new Socket(U, SOCK_DGRAM));
  D.settimeout(10);
  D.bind(path.join(d, 'dgram'));
  h.ready({ dir: d });

  const [conn, peer] = await L.accept();
  h.track(conn);
  conn.settimeout(10);
  h.check('stream: peer address (client bound to a path)', peer.replaceAll(d, '<dir>'));
  let got = Buffer.alloc(0);
  while (!got.toString().endsWith('\n')) got = Buffer.concat([got, await conn.recv(100)]);
  h.check('stream: request', got);
  await conn.sendall(Buffer.from(got.toString().toUpperCase()));
  conn.close();

  let [data, addr] = await D.recvfrom(100);
  h.check('dgram: from an unbound sender', [data, addr]);
  [data, addr] = await D.recvfrom(100);
  h.check('dgram: from an autobound sender', [data, /^\0[0-9a-f]{5}$/.test(addr.toString('latin1'))]);
  await D.sendto(Buffer.from(data).reverse(), addr);
  [data, addr] = D.recvfromSync(100);
  h.check('dgram: from a path-bound sender', [data, addr.replaceAll(d, '<dir>')]);
  D.sendtoSync(Buffer.from('bye'), addr);
}

export async function client(h) {
  const d = h.peer.dir;
  const c = h.track(new Socket(U, SOCK_STREAM));
  c.settimeout(10);
  c.bind(path.join(d, 'client-stream'));
  await c.connect(path.join(d, 'stream'));
  h.check('stream: getpeername', c.getpeername().replaceAll(d, '<dir>'));
  await c.sendall(Buffer.from('hello over unix\n'));
  const parts = [];
  for (;;) {
    const chunk = await c.recv(100);
    if (chunk.length === 0) break;
    parts.push(chunk);
  }
  h.check('stream: reply', Buffer.concat(parts));

  const anon = h.track(new Socket(U, SOCK_DGRAM));
  anon.sendtoSync(Buffer.from('anonymous'), path.join(d, 'dgram'));
  const auto = h.track(new Socket(U, SOCK_DGRAM));
  auto.settimeout(10);
  auto.bind('');
  await auto.sendto(Buffer.from('autobound'), path.join(d, 'dgram'));
  h.check('dgram: reply to the autobound name', (await auto.recvfrom(100))[0]);
  const named = h.track(new Socket(U, SOCK_DGRAM));
  named.settimeout(10);
  named.bind(path.join(d, 'client-dgram'));
  named.sendtoSync(Buffer.from('named'), path.join(d, 'dgram'));
  const [data, addr] = named.recvfromSync(100);
  h.check('dgram: reply to the path', [data, addr.replaceAll(d, '<dir>')]);
}
