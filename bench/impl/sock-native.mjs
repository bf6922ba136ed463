/**
 * Not an API: the N-API floor under @sock's Sync rows. The same sockets as
 * sock-sync.mjs (opened and connected with @sock), but the loop calls core's
 * addon directly on blocking fds: one N-API call per syscall into a buffer
 * allocated once, no argument checks, no Buffer per message, no address
 * decoding. What separates this row from C is the JavaScript-to-native
 * transition and V8 itself; what separates @sock Sync from this row is
 * @sock's own JavaScript. Ping-pong and getsockopt only.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Socket, SOCK_STREAM, SOL_SOCKET, SO_RCVBUF } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { isDgram, parse, ready, report, now, serverDeadline } from './args.mjs';
import { dialSync, serveSync } from './sock-common.mjs';

const require = createRequire(import.meta.url);
// The file core itself loaded (the same path, so the same module from require's cache).
const coreRoot = path.dirname(require.resolve('@sock/core/package.json'));
const addon = require(require(require.resolve('node-gyp-build', { paths: [coreRoot] })).resolve(coreRoot));

const o = parse();

/** The fd of a socket, switched to blocking: each call below waits in the kernel, as C's does. */
function blockingFd(sock) {
  const fd = sock.fileno();
  if (addon.setNonblocking(fd, false) < 0) throw new Error('setNonblocking failed');
  return fd;
}

const serve = () => serveSync(o, ready);
const dial = () => dialSync(o);

function recvAll(fd, buf, size) {
  let got = 0;
  while (got < size) {
    const n = addon.recv(fd, buf, got, size - got, 0);
    if (n <= 0) return -1;
    got += n;
  }
  return got;
}

function pingpongServer() {
  const sock = serve();
  const fd = blockingFd(sock);
  const deadline = serverDeadline(o);
  const dgram = isDgram(o.scenario);
  const buf = Buffer.alloc(65536);
  const from = Buffer.alloc(128);
  for (let i = 1; !((i & 255) === 0 && now() > deadline); i++) {
    if (dgram) {
      const n = addon.recvfrom(fd, buf, 0, buf.length, 0, from);
      if (n !== o.size) break;
      // recvfrom left the sender's length in addon.out[0].
      if (addon.sendto(fd, buf, 0, n, 0, from.subarray(0, addon.out[0])) < 0) break;
    } else {
      if (recvAll(fd, buf, o.size) < 0) break;
      if (addon.send(fd, buf, 0, o.size, 0) < 0) break;
    }
  }
  sock.close();
}

function pingpongClient() {
  const sock = dial();
  const fd = blockingFd(sock);
  const msg = Buffer.alloc(o.size, 'x');
  const buf = Buffer.alloc(o.size);
  const once = () => {
    if (addon.send(fd, msg, 0, o.size, 0) !== o.size) throw new Error('send failed');
    if (recvAll(fd, buf, o.size) < 0) throw new Error('peer closed');
  };
  for (let k = 0; k < o.warmup; k++) once();
  const t0 = now();
  let i = 0;
  while (i < o.count) {
    once();
    i++;
    if ((i & 255) === 0 && now() - t0 > o.seconds) break;
  }
  const secs = now() - t0;
  if (isDgram(o.scenario)) addon.send(fd, msg, 0, 1, 0);
  report(i, secs, i * o.size);
  sock.close();
}

function getsockoptLoop() {
  const sock = new Socket(AF_INET, SOCK_STREAM);
  const fd = sock.fileno();
  for (let k = 0; k < o.warmup; k++) addon.getsockoptInt(fd, SOL_SOCKET, SO_RCVBUF);
  const t0 = now();
  let i = 0;
  while (i < o.count) {
    addon.getsockoptInt(fd, SOL_SOCKET, SO_RCVBUF);
    i++;
    if ((i & 1023) === 0 && now() - t0 > o.seconds) break;
  }
  report(i, now() - t0, 0);
  sock.close();
}

if (o.scenario === 'getsockopt') getsockoptLoop();
else if (o.scenario === 'bulk') throw new Error('sock-native: ping-pong and getsockopt only');
else (o.role === 'server' ? pingpongServer : pingpongClient)();
