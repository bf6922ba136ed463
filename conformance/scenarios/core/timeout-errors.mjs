// §7.12 TimeoutError vs BlockingIOError (t:5975-6056), §7.13 one deadline per call, §7.15 accept's timeout (t:5343-5380).
import { BlockingIOError, Socket, SOCK_STREAM, setdefaulttimeout } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { socketpair } from '@sock/unix';

const T = 0.05;

/** Runs fn (sync or async); resolves [its error, whether it took between T and T + 1 s]. */
async function timed(fn) {
  const t0 = performance.now();
  let err = null;
  try {
    await fn();
  } catch (e) {
    err = e;
  }
  const dt = (performance.now() - t0) / 1000;
  return [err, T * 0.9 <= dt && dt < T + 1.0];
}

export async function run(h) {
  const [a] = h.track(socketpair());
  a.settimeout(T);
  await h.both('recv, timeout', () => timed(() => a.recvSync(1)), () => timed(() => a.recv(1)));
  await h.both('recvfrom, timeout', () => timed(() => a.recvfromSync(1)), () => timed(() => a.recvfrom(1)));
  await h.both('recv_into, timeout', () => timed(() => a.recvIntoSync(Buffer.alloc(4))), () => timed(() => a.recvInto(Buffer.alloc(4))));
  await h.both('recvfrom_into, timeout', () => timed(() => a.recvfromIntoSync(Buffer.alloc(4))), () => timed(() => a.recvfromInto(Buffer.alloc(4))));
  await h.both('recvmsg, timeout', () => timed(() => a.recvmsgSync(4)), () => timed(() => a.recvmsg(4)));
  await h.both('recvmsg_into, timeout', () => timed(() => a.recvmsgIntoSync([Buffer.alloc(4)])), () => timed(() => a.recvmsgInto([Buffer.alloc(4)])));
  a.settimeout(0);
  await h.both('recv, non-blocking', () => a.recvSync(1), () => a.recv(1));
  await h.both('recvfrom, non-blocking', () => a.recvfromSync(1), () => a.recvfrom(1));
  await h.both('recv_into, non-blocking', () => a.recvIntoSync(Buffer.alloc(4)), () => a.recvInto(Buffer.alloc(4)));
  await h.both('recvmsg, non-blocking', () => a.recvmsgSync(4), () => a.recvmsg(4));

  const chunk = Buffer.alloc(65536, 'x');
  let filled = false;
  for (let i = 0; i < 2000; i++) {
    try {
      a.sendSync(chunk);
    } catch (e) {
      if (!(e instanceof BlockingIOError)) throw e;
      filled = true;
      break;
    }
  }
  h.check('send buffer filled', filled);
  await h.both('send, non-blocking, full', () => a.sendSync(chunk), () => a.send(chunk));
  await h.both('sendall, non-blocking, full', () => a.sendallSync(chunk), () => a.sendall(chunk));
  await h.both('sendmsg, non-blocking, full', () => a.sendmsgSync([chunk]), () => a.sendmsg([chunk]));
  a.settimeout(T);
  await h.both('send, timeout, full', () => timed(() => a.sendSync(chunk)), () => timed(() => a.send(chunk)));
  await h.both('sendall, timeout, full', () => timed(() => a.sendallSync(chunk)), () => timed(() => a.sendall(chunk)));
  await h.both('sendmsg, timeout, full', () => timed(() => a.sendmsgSync([chunk])), () => timed(() => a.sendmsg([chunk])));

  // §7.13 sendall's timeout is one deadline for the whole call, even while every send makes progress.
  // The slow reader needs the event loop, so only the async form runs here.
  const [c, d] = h.track(socketpair());
  let stop = false;
  const slowReader = (async () => {
    for (let i = 0; i < 300 && !stop; i++) {
      try {
        await d.recv(4096);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  c.settimeout(0.3);
  await h.step('sendall: one deadline while the peer drains slowly', async () => {
    const t0 = performance.now();
    try {
      await c.sendall(Buffer.alloc(16 << 20, 'y'));
      return [null, false];
    } catch (e) {
      const dt = (performance.now() - t0) / 1000;
      return [e, dt >= 0.27 && dt < 1.2];
    }
  });
  stop = true;
  await slowReader;

  const L = h.track(new Socket(AF_INET, SOCK_STREAM));
  L.bind(['127.0.0.1', 0]);
  L.listen();
  L.settimeout(T);
  await h.both('accept, timeout', () => timed(() => L.acceptSync()), () => timed(() => L.accept()));
  L.settimeout(0);
  await h.both('accept, non-blocking', () => L.acceptSync(), () => L.accept());

  const accepted = async (label, listenerTimeout, dflt) => {
    const one = async (useAsync) => {
      setdefaulttimeout(dflt);
      try {
        const c = h.track(new Socket(AF_INET, SOCK_STREAM));
        c.settimeout(null);
        c.connectSync(L.getsockname());
        L.settimeout(listenerTimeout);
        const [conn] = useAsync ? await L.accept() : L.acceptSync();
        h.track(conn);
        return [conn.gettimeout(), conn.getblocking()];
      } finally {
        setdefaulttimeout(null);
      }
    };
    await h.both(label, () => one(false), () => one(true));
  };
  await accepted('accepted: listener timeout 1.0, default None', 1.0, null);
  await accepted('accepted: listener non-blocking, default None', 0, null);
  await accepted('accepted: listener blocking, default None', null, null);
  await accepted('accepted: listener timeout 1.0, default 20.0', 1.0, 20.0);
  await accepted('accepted: listener blocking, default 0', null, 0);
}
