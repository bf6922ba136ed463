// §7.5 .type strips SOCK_NONBLOCK/SOCK_CLOEXEC (t:1991) and §7.6 non-inheritable fds (t:6451).
import { Socket, SOCK_CLOEXEC, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_STREAM } from '@sock/core';
import { AF_INET, createConnectionSync } from '@sock/inet';
import { socketpair } from '@sock/unix';
import { isInheritable } from '../../lib/node/fd.mjs';

export async function run(h) {
  const s = h.track(new Socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK));
  h.check('type with SOCK_NONBLOCK', s.type);
  h.check('timeout with SOCK_NONBLOCK', s.gettimeout());
  for (const [t, py] of [[null, 'None'], [0, '0'], [1.5, '1.5']]) {
    s.settimeout(t);
    h.check(`type after settimeout(${py})`, s.type);
  }
  const c = h.track(new Socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC));
  h.check('type with SOCK_CLOEXEC', c.type);
  h.check('timeout with SOCK_CLOEXEC', c.gettimeout());
  const b = h.track(new Socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC));
  h.check('type with both flags', b.type);

  h.check('socket(): inheritable', s.getInheritable());
  h.check('socket(): FD_CLOEXEC', !isInheritable(s.fileno()));
  await h.step('set_inheritable(True)', () => s.setInheritable(true));
  h.check('get_inheritable after True', s.getInheritable());
  h.check('fd flag after True', isInheritable(s.fileno()));
  await h.step('set_inheritable(False)', () => s.setInheritable(false));
  h.check('get_inheritable after False', s.getInheritable());

  const [a, b2] = h.track(socketpair());
  h.check('socketpair(): inheritable', [a.getInheritable(), b2.getInheritable()]);
  const d = h.track(a.dup());
  h.check('dup(): inheritable', d.getInheritable());
  const lst = h.track(new Socket(AF_INET, SOCK_STREAM));
  lst.bind(['127.0.0.1', 0]);
  lst.listen();
  h.track(createConnectionSync(lst.getsockname()));
  const [conn] = lst.acceptSync();
  h.track(conn);
  h.check('accept(): inheritable', conn.getInheritable());
  h.check('accept(): type', conn.type);
  h.check('accept(): family, proto', [conn.family, conn.proto]);
}
