/**
 * @sock's Sync form: blocking calls in the calling thread, exactly as a
 * Python script would write them (sendall + recv, recvfrom + sendto).
 * Two processes only: a blocking call cannot wait on its own peer.
 */
import { MSG_WAITALL, Socket, SHUT_WR, SOCK_STREAM, SOL_SOCKET, SO_RCVBUF } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { isDgram, parse, ready, report, now, serverDeadline } from './args.mjs';
import { dialSync, serveSync } from './sock-common.mjs';

const o = parse();

const serve = () => serveSync(o, ready);
const dial = () => dialSync(o);

function recvAll(sock, size) {
  let got = sock.recvSync(size).length;
  while (got < size) {
    const n = sock.recvSync(size - got).length;
    if (n === 0) return -1;
    got += n;
  }
  return got;
}

function pingpongServer() {
  const sock = serve();
  const deadline = serverDeadline(o);
  const dgram = isDgram(o.scenario);
  for (let i = 1; !((i & 255) === 0 && now() > deadline); i++) {
    if (dgram) {
      const [data, peer] = sock.recvfromSync(65536);
      if (data.length !== o.size) break;
      sock.sendtoSync(data, peer);
    } else {
      const data = sock.recvSync(o.size);
      if (data.length === 0) break;
      sock.sendallSync(data);
    }
  }
  sock.close();
}

function pingpongClient() {
  const sock = dial();
  const msg = Buffer.alloc(o.size, 'x');
  for (let k = 0; k < o.warmup; k++) {
    sock.sendallSync(msg);
    recvAll(sock, o.size);
  }
  const t0 = now();
  let i = 0;
  while (i < o.count) {
    sock.sendallSync(msg);
    if (recvAll(sock, o.size) < 0) throw new Error('peer closed');
    i++;
    if ((i & 255) === 0 && now() - t0 > o.seconds) break;
  }
  const secs = now() - t0;
  if (isDgram(o.scenario)) sock.sendSync(Buffer.alloc(1));
  report(i, secs, i * o.size);
  sock.close();
}

function bulkReceiver() {
  const sock = serve();
  const deadline = serverDeadline(o);
  let total = 0;
  for (let i = 1; !((i & 1023) === 0 && now() > deadline); i++) {
    const n = sock.recvSync(65536).length;
    if (n === 0) break;
    total += n;
  }
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(total));
  sock.sendallSync(b);
  report(0, 0, total);
  sock.close();
}

function bulkSender() {
  const sock = dial();
  const chunk = Buffer.alloc(o.size, 'x');
  const t0 = now();
  let i = 0;
  while (i < o.count) {
    sock.sendallSync(chunk);
    i++;
    if ((i & 15) === 0 && now() - t0 > o.seconds) break;
  }
  sock.shutdown(SHUT_WR);
  const ack = sock.recvSync(8, MSG_WAITALL);
  const secs = now() - t0;
  report(i, secs, Number(ack.readBigUInt64LE(0)));
  sock.close();
}

function getsockoptLoop() {
  const sock = new Socket(AF_INET, SOCK_STREAM);
  for (let k = 0; k < o.warmup; k++) sock.getsockopt(SOL_SOCKET, SO_RCVBUF);
  const t0 = now();
  let i = 0;
  while (i < o.count) {
    sock.getsockopt(SOL_SOCKET, SO_RCVBUF);
    i++;
    if ((i & 1023) === 0 && now() - t0 > o.seconds) break;
  }
  report(i, now() - t0, 0);
  sock.close();
}

if (o.scenario === 'getsockopt') getsockoptLoop();
else if (o.scenario === 'bulk') (o.role === 'server' ? bulkReceiver : bulkSender)();
else (o.role === 'server' ? pingpongServer : pingpongClient)();
