/**
 * The scale scenarios with @sock's async API, written as a user would: every
 * busy loop is `await sock.sendall(msg)` / `await sock.recv(64)`, and an idle
 * connection of a server waiting for data (recv=1) has a reader that sits in
 * `await sock.recv(64)`. With recv=0 the idle connections are only accepted.
 * See scale-common.mjs for argv and output.
 */
import { Socket, SOCK_STREAM } from '@sock/core';
import { AF_UNIX } from '@sock/unix';
import { counter, idlePeer, measure, memory, now, o } from './scale-common.mjs';

const SIZE = 64;
const CHUNK = 256;

async function echo(sock) {
  for (;;) {
    const data = await sock.recv(SIZE);
    if (data.length === 0 || counter.stopped) return;
    await sock.sendall(data);
  }
}

async function pingpong(sock) {
  const msg = Buffer.alloc(SIZE, 'x');
  while (!counter.stopped) {
    await sock.sendall(msg);
    let got = 0;
    while (got < SIZE) {
      const n = (await sock.recv(SIZE - got)).length;
      if (n === 0) return;
      got += n;
    }
    counter.rounds++;
  }
}

/** An idle server connection: waits for data that never comes. */
async function reader(sock) {
  for (;;) {
    const data = await sock.recv(SIZE);
    if (data.length === 0) return;
  }
}

const server = new Socket(AF_UNIX, SOCK_STREAM);
server.bind(o.addr);
server.listen(4096);

/** n connected pairs, both ends in this process, opened CHUNK at a time (the backlog bounds a burst). */
async function pairs(n) {
  const out = [];
  for (let done = 0; done < n; ) {
    const k = Math.min(CHUNK, n - done);
    const clients = Array.from({ length: k }, () => new Socket(AF_UNIX, SOCK_STREAM));
    const connected = Promise.all(clients.map((c) => c.connect(o.addr)));
    for (let i = 0; i < k; i++) {
      const [conn] = await server.accept();
      out.push([clients[i], conn]);
    }
    await connected;
    done += k;
  }
  return out;
}

const t0 = now();
let extra = { n: o.n };
if (o.role === 'idle') {
  const [[client, conn]] = await pairs(1);
  const peer = o.n > 0 ? idlePeer(o.n) : null;
  await peer?.ready();
  const before = memory();
  const idle = [];
  const connecting = peer?.connect();
  for (let i = 0; i < o.n; i++) {
    const [sock] = await server.accept();
    idle.push(sock);
    if (o.recv) reader(sock).catch(() => {});
  }
  await connecting;
  const after = memory();
  extra = { ...extra, setupSeconds: now() - t0, before, after };
  echo(conn);
  pingpong(client);
  globalThis.keep = idle;
} else {
  const all = await pairs(o.n);
  extra = { ...extra, setupSeconds: now() - t0 };
  for (const [client, conn] of all) {
    echo(conn);
    pingpong(client);
  }
}
measure(extra);
