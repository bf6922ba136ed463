// §7.2 detach() and §7.3 dup()/fromfd (t:3059, t:3016, t:6466, py:280).
import { Socket, SOCK_DGRAM, SOCK_STREAM, fromfd } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { isInheritable, isNonblocking } from '../../lib/node/fd.mjs';

const NEGATIVE_FD =
  "Node-style argument errors: a negative fd is out of range before any syscall (node:fs validates fds the same way); CPython hands -1 to dup(2), which fails with EBADF";

export const intended = {
  'fromfd of a closed fd': NEGATIVE_FD,
  'fromfd(-1)': NEGATIVE_FD,
};

export async function run(h) {
  const s = h.track(new Socket(AF_INET, SOCK_STREAM));
  s.bind(['127.0.0.1', 0]);
  const name = s.getsockname();
  const fd = s.fileno();
  await h.step('detach returns the fd', () => s.detach() === fd);
  h.check('fileno after detach', s.fileno());
  h.check('fd still open after detach', h.fdOpen(fd));
  await h.step('recv after detach', () => s.recvSync(1));
  await h.step('close after detach (fd stays open)', () => s.close());
  h.check('fd still open after close of the detached socket', h.fdOpen(fd));
  const r = h.track(new Socket(null, null, null, fd));
  h.check('rewrapped: family, type, proto', [r.family, r.type, r.proto]);
  h.check('rewrapped: same name', JSON.stringify(r.getsockname()) === JSON.stringify(name));
  h.check('rewrapped: timeout', r.gettimeout());

  for (const [label, t] of [['blocking', null], ['non-blocking', 0], ['timeout', 2.5]]) {
    const u = h.track(new Socket(AF_INET, SOCK_DGRAM));
    u.settimeout(t);
    const dfd = h.trackFd(u.detach());
    h.check(`O_NONBLOCK of the fd detach leaves (${label})`, isNonblocking(dfd));
  }

  const a = h.track(new Socket(AF_INET, SOCK_DGRAM));
  a.settimeout(3.5);
  a.bind(['127.0.0.1', 0]);
  const b = h.track(await h.step('dup', () => a.dup()));
  h.check('dup: a different fd', b.fileno() !== a.fileno());
  h.check('dup: family, type, proto', [b.family, b.type, b.proto]);
  h.check('dup: timeout copied', b.gettimeout());
  h.check('dup: same name', JSON.stringify(b.getsockname()) === JSON.stringify(a.getsockname()));
  h.check('dup: not inheritable', isInheritable(b.fileno()));
  a.settimeout(0);
  const c = h.track(a.dup());
  h.check('dup of a non-blocking socket: timeout', c.gettimeout());
  h.check('dup of a non-blocking socket: blocking', c.getblocking());

  const x = h.track(new Socket(AF_INET, SOCK_DGRAM));
  x.bind(['127.0.0.1', 0]);
  const y = h.track(await h.step('fromfd', () => fromfd(x.fileno(), AF_INET, SOCK_DGRAM)));
  h.check('fromfd: a different fd', y.fileno() !== x.fileno());
  x.close();
  h.check('fromfd: the copy works after the original closed', y.getsockname()[0]);
  h.check('fromfd: not inheritable', isInheritable(y.fileno()));
  await h.step('fromfd of a closed fd', () => fromfd(x.fileno(), AF_INET, SOCK_DGRAM));
  await h.step('fromfd(-1)', () => fromfd(-1, AF_INET, SOCK_DGRAM));
}
