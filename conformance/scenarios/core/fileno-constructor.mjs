// §7.4 the fileno= constructor (t:2063-2135) and §7.5 unknown family/type ints (t:2007).
import { openSync } from 'node:fs';
import { Socket, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import { AF_INET, AF_INET6 } from '@sock/inet';
import { AF_UNIX } from '@sock/unix';

export const intended = {};

export async function run(h) {
  const cases = [
    ['TCP', AF_INET, SOCK_STREAM],
    ['UDP', AF_INET, SOCK_DGRAM],
    ['TCP6', AF_INET6, SOCK_STREAM],
    ['UNIX stream', AF_UNIX, SOCK_STREAM],
    ['UNIX dgram', AF_UNIX, SOCK_DGRAM],
    ['UNIX seqpacket', AF_UNIX, SOCK_SEQPACKET],
  ];
  for (const [label, fam, typ] of cases) {
    const s = new Socket(fam, typ);
    const t = h.track(new Socket(null, null, null, s.detach()));
    h.check(`detected family, type, proto: ${label}`, [t.family, t.type, t.proto]);
  }
  const u = new Socket(AF_INET, SOCK_DGRAM);
  const v = h.track(await h.step('explicit unknown family/type are kept', () => new Socket(42424, 13331, null, u.detach())));
  h.check('kept family, type, proto', v ? [v.family, v.type, v.proto] : null);

  const w = new Socket(AF_INET, SOCK_STREAM);
  const x = h.track(new Socket(AF_INET, SOCK_STREAM, 99, w.detach()));
  h.check('explicit proto wins over detection', x.proto);

  await h.step('fileno=-1', () => new Socket(null, null, null, -1));
  await h.step('fileno=1.5', () => new Socket(null, null, null, 1.5));
  await h.step("fileno='3'", () => new Socket(null, null, null, '3'));
  const r = h.trackFd(openSync('/dev/null', 'r'));
  await h.step('fileno of a non-socket fd (ENOTSOCK)', () => new Socket(null, null, null, r));
  await h.step('fileno of a non-socket fd with a family given', () => new Socket(AF_INET, SOCK_STREAM, 0, r));
  const closed = new Socket();
  const cfd = closed.fileno();
  closed.close();
  await h.step('fileno of a closed fd (EBADF)', () => new Socket(null, null, null, cfd));
}
