/**
 * The scale scenarios with node:net, as an application writes it: a server
 * whose connections echo ('data' → write), clients that send the next
 * message when the whole answer has come. An idle accepted connection is
 * read by Node as every net.Socket is (its 'data' listener never fires).
 * See scale-common.mjs for argv and output.
 */
import net from 'node:net';
import { counter, idlePeer, measure, memory, now, o } from './scale-common.mjs';

const SIZE = 64;
const CHUNK = 256;
const accepted = [];
let onAccept = null;

const server = net.createServer({ noDelay: true }, (conn) => {
  conn.on('error', () => {});
  accepted.push(conn);
  onAccept?.();
});
await new Promise((resolve) => server.listen({ path: o.addr, backlog: 4096 }, resolve));

/** Resolves once `count` connections in all have been accepted. */
const acceptedUpTo = (count) => new Promise((resolve) => {
  const check = () => {
    if (accepted.length >= count) {
      onAccept = null;
      resolve();
    } else onAccept = check;
  };
  check();
});

function echo(conn) {
  conn.on('data', (d) => {
    if (!counter.stopped) conn.write(d);
  });
}

function pingpong(sock) {
  const msg = Buffer.alloc(SIZE, 'x');
  let got = 0;
  sock.on('data', (d) => {
    got += d.length;
    if (got < SIZE) return;
    got -= SIZE;
    counter.rounds++;
    if (!counter.stopped) sock.write(msg);
  });
  sock.write(msg);
}

/** n connected pairs, both ends in this process, opened CHUNK at a time. */
async function pairs(n) {
  const clients = [];
  const first = accepted.length;
  for (let done = 0; done < n; ) {
    const k = Math.min(CHUNK, n - done);
    const batch = Array.from({ length: k }, () => net.connect({ path: o.addr }));
    for (const c of batch) c.on('error', () => {});
    await Promise.all(batch.map((c) => new Promise((resolve, reject) => {
      c.once('connect', resolve);
      c.once('error', reject);
    })));
    clients.push(...batch);
    done += k;
    await acceptedUpTo(first + done);
  }
  return clients.map((c, i) => [c, accepted[first + i]]);
}

const t0 = now();
let extra = { n: o.n };
if (o.role === 'idle') {
  const [[client, conn]] = await pairs(1);
  const peer = o.n > 0 ? idlePeer(o.n) : null;
  await peer?.ready();
  const before = memory();
  const connecting = peer?.connect();
  await acceptedUpTo(1 + o.n);
  await connecting;
  // A server waiting for data listens for it on every connection.
  for (const c of accepted.slice(1)) c.on('data', () => {});
  const after = memory();
  extra = { ...extra, setupSeconds: now() - t0, before, after };
  echo(conn);
  pingpong(client);
} else {
  const all = await pairs(o.n);
  extra = { ...extra, setupSeconds: now() - t0 };
  for (const [client, conn] of all) {
    echo(conn);
    pingpong(client);
  }
}
measure(extra);
