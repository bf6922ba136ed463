/** Opening @sock sockets for each scenario; shared by the Sync and async programs. */
import { rmSync } from 'node:fs';
import { Socket, socketFromNewFd, SOCK_DGRAM, SOCK_STREAM } from '@sock/core';
import { AF_INET, IPPROTO_TCP, TCP_NODELAY } from '@sock/inet';
import { AF_UNIX, socketpair } from '@sock/unix';
import { isDgram, isInet } from './args.mjs';

/** An unconnected server socket: bound (and listening for streams); `where` is what clients need. */
export function listen(o) {
  if (o.scenario === 'socketpair') {
    // The runner closed its copies after spawning us: this process holds the only fd.
    return { sock: socketFromNewFd(AF_UNIX, SOCK_STREAM, 0, o.fd), where: o.fd, stream: false };
  }
  const dgram = isDgram(o.scenario);
  const inet = isInet(o.scenario);
  const sock = new Socket(inet ? AF_INET : AF_UNIX, dgram ? SOCK_DGRAM : SOCK_STREAM);
  if (inet) sock.bind(['127.0.0.1', 0]);
  else {
    rmSync(o.addr, { force: true });
    sock.bind(o.addr);
  }
  if (!dgram) sock.listen(8);
  return { sock, where: inet ? sock.getsockname()[1] : o.addr, stream: !dgram };
}

/** An accepted connection gets TCP_NODELAY, as every program in the bench sets it. */
export function tuned(conn, o) {
  if (isInet(o.scenario) && !isDgram(o.scenario)) conn.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
  return conn;
}

/** A client socket, not yet connected, and the address to connect to (null: already connected). */
export function client(o, where) {
  if (o.scenario === 'socketpair') return { sock: socketFromNewFd(AF_UNIX, SOCK_STREAM, 0, Number(where)), address: null };
  const dgram = isDgram(o.scenario);
  if (isInet(o.scenario)) {
    return { sock: new Socket(AF_INET, dgram ? SOCK_DGRAM : SOCK_STREAM), address: ['127.0.0.1', Number(where)] };
  }
  const sock = new Socket(AF_UNIX, dgram ? SOCK_DGRAM : SOCK_STREAM);
  if (dgram) {
    rmSync(`${where}.sk`, { force: true });
    sock.bind(`${where}.sk`);
  }
  return { sock, address: where };
}

/** Both ends of a socketpair, for the one-process layout. */
export function pair() {
  const [a, b] = socketpair();
  return [a.detach(), b.detach()];
}

/** The server end for the Sync programs: bound (and for streams, the one connection accepted), `where` announced. */
export function serveSync(o, ready) {
  const { sock, where, stream } = listen(o);
  ready(where);
  if (!stream) return sock;
  const [conn] = sock.acceptSync();
  sock.close();
  return tuned(conn, o);
}

/** The client end for the Sync programs, connected. */
export function dialSync(o) {
  const { sock, address } = client(o, o.scenario === 'socketpair' ? o.fd : o.addr);
  if (address !== null) sock.connectSync(address);
  return tuned(sock, o);
}
