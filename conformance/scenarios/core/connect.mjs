// §7.14 connect and connect_ex: errno ints, EINPROGRESS, EWOULDBLOCK on timeout (§3.5) — loopback only.
// A connect that cannot complete is made by filling a listen(0) backlog.
import { Socket, SOCK_STREAM } from '@sock/core';
import { AF_INET } from '@sock/inet';

const T = 0.2;

async function timed(fn) {
  const t0 = performance.now();
  let r;
  try {
    r = await fn();
  } catch (e) {
    r = e;
  }
  const dt = (performance.now() - t0) / 1000;
  return [r, T * 0.9 <= dt && dt < T + 1.0];
}

export async function run(h) {
  const L = h.track(new Socket(AF_INET, SOCK_STREAM));
  L.bind(['127.0.0.1', 0]);
  L.listen();
  const addr = L.getsockname();
  const closed = new Socket(AF_INET, SOCK_STREAM);
  closed.bind(['127.0.0.1', 0]);
  const dead = closed.getsockname();
  closed.close();
  const fresh = (timeout) => {
    const s = h.track(new Socket(AF_INET, SOCK_STREAM));
    if (timeout !== undefined) s.settimeout(timeout);
    return s;
  };

  const c = fresh();
  await h.step('connect_ex to a listener', () => c.connectExSync(addr));
  await h.both('connect_ex when already connected', () => c.connectExSync(addr), () => c.connectEx(addr));
  await h.both('connect when already connected', () => c.connectSync(addr), () => c.connect(addr));
  const ct = fresh(2.0);
  await h.step('timeout mode: connect_ex, then again twice', () => [ct.connectExSync(addr), ct.connectExSync(addr), ct.connectExSync(addr)]);
  await h.both('connect_ex to a closed port', () => fresh().connectExSync(dead), () => fresh().connectEx(dead));
  await h.both('connect to a closed port', () => fresh().connectSync(dead), () => fresh().connect(dead));
  await h.both('connect_ex with a timeout, refused', () => fresh(1.0).connectExSync(dead), () => fresh(1.0).connectEx(dead));
  await h.both('connect_ex non-blocking', () => fresh(0).connectExSync(addr), () => fresh(0).connectEx(addr));
  await h.both('connect non-blocking', () => fresh(0).connectSync(addr), () => fresh(0).connect(addr));
  const c7 = fresh();
  await h.both('connect_ex with a bad port', () => c7.connectExSync(['127.0.0.1', 70000]), () => c7.connectEx(['127.0.0.1', 70000]));
  await h.both('connect_ex with a non-tuple', () => c7.connectExSync('127.0.0.1'), () => c7.connectEx('127.0.0.1'));
  await h.both(
    'connect_ex to an unresolvable name (no DNS query: glibc refuses the name)',
    () => c7.connectExSync(['bad host name', 80]),
    () => c7.connectEx(['bad host name', 80]),
  );

  const full = h.track(new Socket(AF_INET, SOCK_STREAM));
  full.bind(['127.0.0.1', 0]);
  full.listen(0);
  fresh(T).connectExSync(full.getsockname());
  await h.both(
    'connect_ex times out: EWOULDBLOCK',
    () => timed(() => fresh(T).connectExSync(full.getsockname())),
    () => timed(() => fresh(T).connectEx(full.getsockname())),
  );
  await h.both(
    'connect times out: TimeoutError',
    () => timed(() => fresh(T).connectSync(full.getsockname())),
    () => timed(() => fresh(T).connect(full.getsockname())),
  );
}
