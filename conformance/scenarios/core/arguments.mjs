// §7.20 sendto arity (t:976), §7.21 listen backlogs (t:1885), §7.22 getsockopt/setsockopt forms (t:1525, c:3337), shutdown.
import {
  SHUT_WR, SOL_SOCKET as S, SO_ACCEPTCONN, SO_DOMAIN, SO_ERROR, SO_KEEPALIVE, SO_LINGER, SO_PROTOCOL, SO_RCVBUF, SO_REUSEADDR, SO_TYPE,
  Socket, SOCK_DGRAM, SOCK_STREAM,
} from '@sock/core';
import { AF_INET } from '@sock/inet';
import { socketpair } from '@sock/unix';

const linger = (onoff, secs) => {
  const b = Buffer.alloc(8);
  b.writeInt32LE(onoff, 0);
  b.writeInt32LE(secs, 4);
  return b;
};

export const intended = {
  'setsockopt(2**31)':
    "an integer outside C int is out of range (RangeError ERR_OUT_OF_RANGE); CPython's int form fails to parse it, falls through to the bytes form and reports that form's TypeError",
};

export async function run(h) {
  const u = h.track(new Socket(AF_INET, SOCK_DGRAM));
  u.bind(['127.0.0.1', 0]);
  const to = u.getsockname();
  const x = Buffer.from('x');
  await h.both('sendto(data)', () => u.sendtoSync(x), () => u.sendto(x));
  await h.both('sendto(data, flags, addr, extra)', () => u.sendtoSync(x, 0, to, 5), () => u.sendto(x, 0, to, 5));
  await h.both('sendto(str, addr)', () => u.sendtoSync('x', to), () => u.sendto('x', to));
  await h.both("sendto(data, 'flags', addr)", () => u.sendtoSync(x, 'f', to), () => u.sendto(x, 'f', to));
  await h.both('sendto(data, None)', () => u.sendtoSync(x, null), () => u.sendto(x, null));
  await h.both('sendto(data, 0, None)', () => u.sendtoSync(x, 0, null), () => u.sendto(x, 0, null));
  await h.step('sendto(data, addr)', () => u.sendtoSync(Buffer.from('abc'), to));
  await h.step('sendto(data, 0, addr)', () => u.sendto(Buffer.from('de'), 0, to));
  await h.step('the two datagrams', () => [u.recvSync(10), u.recvSync(10)]);

  for (const [label, backlog] of [['listen()', undefined], ['listen(0)', 0], ['listen(-1)', -1], ['listen(5)', 5]]) {
    const s = h.track(new Socket(AF_INET, SOCK_STREAM));
    s.bind(['127.0.0.1', 0]);
    await h.step(label, () => s.listen(backlog));
    h.check(`${label}: SO_ACCEPTCONN`, s.getsockopt(S, SO_ACCEPTCONN));
  }
  const s = h.track(new Socket(AF_INET, SOCK_STREAM));
  await h.step('listen(2**31)', () => s.listen(2 ** 31));
  await h.step('listen(1.5)', () => s.listen(1.5));
  await h.step("listen('x')", () => s.listen('x'));

  const o = h.track(new Socket(AF_INET, SOCK_STREAM));
  await h.step('SO_REUSEADDR default', () => o.getsockopt(S, SO_REUSEADDR));
  await h.step('setsockopt(SO_REUSEADDR, 1)', () => o.setsockopt(S, SO_REUSEADDR, 1));
  await h.step('SO_REUSEADDR after set', () => o.getsockopt(S, SO_REUSEADDR));
  await h.step('getsockopt(SO_REUSEADDR, 4)', () => o.getsockopt(S, SO_REUSEADDR, 4));
  await h.step('getsockopt(SO_REUSEADDR, 0)', () => o.getsockopt(S, SO_REUSEADDR, 0));
  await h.step('getsockopt(SO_REUSEADDR, 1024)', () => o.getsockopt(S, SO_REUSEADDR, 1024));
  await h.step('getsockopt(SO_REUSEADDR, 1025)', () => o.getsockopt(S, SO_REUSEADDR, 1025));
  await h.step('getsockopt(SO_REUSEADDR, -1)', () => o.getsockopt(S, SO_REUSEADDR, -1));
  await h.step('SO_TYPE', () => o.getsockopt(S, SO_TYPE));
  await h.step('SO_DOMAIN, SO_PROTOCOL', () => [o.getsockopt(S, SO_DOMAIN), o.getsockopt(S, SO_PROTOCOL)]);
  await h.step('SO_ERROR', () => o.getsockopt(S, SO_ERROR));
  await h.step('setsockopt(SO_KEEPALIVE, True)', () => o.setsockopt(S, SO_KEEPALIVE, true));
  await h.step('SO_KEEPALIVE after True', () => o.getsockopt(S, SO_KEEPALIVE));
  await h.step('SO_LINGER default (8 bytes)', () => o.getsockopt(S, SO_LINGER, 8));
  await h.step('setsockopt(SO_LINGER, bytes)', () => o.setsockopt(S, SO_LINGER, linger(1, 7)));
  await h.step('SO_LINGER after set', () => o.getsockopt(S, SO_LINGER, 8));
  await h.step('setsockopt(SO_RCVBUF, 65536)', () => o.setsockopt(S, SO_RCVBUF, 65536));
  await h.step('SO_RCVBUF after set (the kernel doubles it)', () => o.getsockopt(S, SO_RCVBUF));
  await h.step('setsockopt(None, 4): optval NULL', () => o.setsockopt(S, SO_REUSEADDR, null, 4));
  await h.step('setsockopt(None, 0)', () => o.setsockopt(S, SO_REUSEADDR, null, 0));
  await h.step("setsockopt(b'')", () => o.setsockopt(S, SO_REUSEADDR, Buffer.alloc(0)));
  await h.step('setsockopt(str)', () => o.setsockopt(S, SO_REUSEADDR, 'x'));
  await h.step('setsockopt(None) without optlen', () => o.setsockopt(S, SO_REUSEADDR, null));
  await h.step('setsockopt(2**31)', () => o.setsockopt(S, SO_REUSEADDR, 2 ** 31));
  await h.step('setsockopt(-1)', () => o.setsockopt(S, SO_KEEPALIVE, -1));
  await h.step('setsockopt at an unknown level', () => o.setsockopt(9999, 1, 1));
  await h.step('getsockopt at an unknown level', () => o.getsockopt(9999, 1));

  const [a, b] = h.track(socketpair());
  await h.step('shutdown(2**31)', () => a.shutdown(2 ** 31));
  await h.step('shutdown(5)', () => a.shutdown(5));
  await h.step("shutdown('x')", () => a.shutdown('x'));
  await h.step('shutdown(SHUT_WR)', () => a.shutdown(SHUT_WR));
  await h.step('peer reads EOF', () => b.recvSync(1));
  await h.both('send after SHUT_WR', () => a.sendSync(x), () => a.send(x));
}
