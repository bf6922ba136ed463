/**
 * @sock's async form (the default): awaits that never block the event loop.
 * Role `both` runs client and server as two tasks on this one event loop.
 */
import { MSG_WAITALL, SHUT_WR } from '@sock/core';
import { socketpair } from '@sock/unix';
import { isDgram, parse, ready, report, now, serverDeadline } from './args.mjs';
import { client, listen, tuned } from './sock-common.mjs';

const o = parse();

async function accepted(sock, stream) {
  if (!stream) return sock;
  const [conn] = await sock.accept();
  sock.close();
  return tuned(conn, o);
}

async function connected(where) {
  const { sock, address } = client(o, where);
  if (address !== null) await sock.connect(address);
  return tuned(sock, o);
}

async function recvAll(sock, size) {
  let got = (await sock.recv(size)).length;
  while (got < size) {
    const n = (await sock.recv(size - got)).length;
    if (n === 0) return -1;
    got += n;
  }
  return got;
}

async function echo(sock) {
  const deadline = serverDeadline(o);
  const dgram = isDgram(o.scenario);
  for (let i = 1; !((i & 255) === 0 && now() > deadline); i++) {
    if (dgram) {
      const [data, peer] = await sock.recvfrom(65536);
      if (data.length !== o.size) break;
      await sock.sendto(data, peer);
    } else {
      const data = await sock.recv(o.size);
      if (data.length === 0) break;
      await sock.sendall(data);
    }
  }
  sock.close();
}

async function pingpong(sock) {
  const msg = Buffer.alloc(o.size, 'x');
  for (let k = 0; k < o.warmup; k++) {
    await sock.sendall(msg);
    await recvAll(sock, o.size);
  }
  const t0 = now();
  let i = 0;
  while (i < o.count) {
    await sock.sendall(msg);
    if ((await recvAll(sock, o.size)) < 0) throw new Error('peer closed');
    i++;
    if ((i & 255) === 0 && now() - t0 > o.seconds) break;
  }
  const secs = now() - t0;
  if (isDgram(o.scenario)) await sock.send(Buffer.alloc(1));
  sock.close();
  return [i, secs, i * o.size];
}

async function receive(sock) {
  const deadline = serverDeadline(o);
  let total = 0;
  for (let i = 1; !((i & 1023) === 0 && now() > deadline); i++) {
    const n = (await sock.recv(65536)).length;
    if (n === 0) break;
    total += n;
  }
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(total));
  await sock.sendall(b);
  sock.close();
  return total;
}

async function send(sock) {
  const chunk = Buffer.alloc(o.size, 'x');
  const t0 = now();
  let i = 0;
  while (i < o.count) {
    await sock.sendall(chunk);
    i++;
    if ((i & 15) === 0 && now() - t0 > o.seconds) break;
  }
  sock.shutdown(SHUT_WR);
  const ack = await sock.recv(8, MSG_WAITALL);
  const secs = now() - t0;
  sock.close();
  return [i, secs, Number(ack.readBigUInt64LE(0))];
}

const serverTask = o.scenario === 'bulk' ? receive : echo;
const clientTask = o.scenario === 'bulk' ? send : pingpong;

if (o.role === 'server') {
  const { sock, where, stream } = listen(o);
  ready(where);
  const r = await serverTask(await accepted(sock, stream));
  if (o.scenario === 'bulk') report(0, 0, r);
} else if (o.role === 'client') {
  report(...(await clientTask(await connected(o.scenario === 'socketpair' ? o.fd : o.addr))));
} else {
  let server;
  let clientSock;
  if (o.scenario === 'socketpair') {
    const [a, b] = socketpair();
    server = serverTask(a);
    clientSock = b;
  } else {
    const { sock, where, stream } = listen(o);
    const conn = accepted(sock, stream);
    clientSock = await connected(where);
    server = conn.then(serverTask);
  }
  const result = await clientTask(clientSock);
  await server;
  report(...result);
}
