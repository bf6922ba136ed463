// Interop over TCP: a server and a client, each in CPython and in @sock; the runner pairs them every way.
import { createHash } from 'node:crypto';
import { SHUT_WR, Socket, SOCK_STREAM } from '@sock/core';
import { AF_INET, createConnection } from '@sock/inet';

const PAYLOAD = Buffer.alloc(256 * 4096);
for (let i = 0; i < PAYLOAD.length; i++) PAYLOAD[i] = i % 256;
const sha = (b) => createHash('sha256').update(b).digest('hex');

async function readAll(s, limit = 8 << 20) {
  const parts = [];
  let n = 0;
  while (n < limit) {
    const c = await s.recv(65536);
    if (c.length === 0) break;
    parts.push(c);
    n += c.length;
  }
  return Buffer.concat(parts);
}

export async function server(h) {
  const L = h.track(new Socket(AF_INET, SOCK_STREAM));
  L.settimeout(10);
  L.bind(['127.0.0.1', 0]);
  L.listen();
  h.ready({ port: L.getsockname()[1] });
  const [conn, peer] = await L.accept();
  h.track(conn);
  conn.settimeout(10);
  h.check('peer host', peer[0]);
  h.check('first line', await conn.recv(6));
  const data = await readAll(conn);
  h.check('received: length, sha256', [data.length, sha(data)]);
  await conn.sendall(Buffer.from(`echo:${sha(data)}`));
  await conn.sendall(Buffer.from(data).reverse());
  conn.shutdown(SHUT_WR);
  h.check('after the client closed', await readAll(conn));
}

export async function client(h) {
  const c = h.track(await createConnection(['127.0.0.1', h.peer.port], { timeout: 10 }));
  h.check('peer port', c.getpeername()[1] === h.peer.port);
  await c.sendall(Buffer.from('hello\n'));
  await h.step('sendall 1 MiB', () => c.sendall(PAYLOAD));
  c.shutdown(SHUT_WR);
  const reply = await readAll(c);
  h.check('reply head', reply.subarray(0, 69));
  h.check('reply body is the payload reversed', reply.subarray(69).equals(Buffer.from(PAYLOAD).reverse()));
}
