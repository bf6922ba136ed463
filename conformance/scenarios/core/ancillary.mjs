// §7.24 SCM_RIGHTS (t:3990-4070), §7.25 truncation and MSG_CTRUNC (t:4173-4290), §7.26 the recvmsg shape (t:3558-3700),
// §7.27 sendmsg validation (t:3361-3460). AF_UNIX socketpairs carry the ancillary data.
import { readSync, writeSync } from 'node:fs';
import { CMSG_LEN, CMSG_SPACE, MSG_CTRUNC, MSG_PEEK, SCM_RIGHTS as R, SOL_SOCKET as S, Socket, SOCK_DGRAM, fdsOf, packFds } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { AF_UNIX, SO_PASSCRED, socketpair } from '@sock/unix';
import { isInheritable } from '../../lib/node/fd.mjs';

export const intended = {
  'received fds are inheritable': '@cmsg-cloexec',
};

const rights = (fds) => [S, R, packFds(fds)];

function received(h, anc) {
  return fdsOf(anc, S, R).map((fd) => h.trackFd(fd));
}

const shape = ([data, anc, flags, addr]) => [data, anc.map(([l, t, d]) => [l, t, d.length]), flags, addr];

/** A pipe: Node has no pipe(2), so a socketpair's two ends stand in for its read and write ends. */
function pipeLike(h) {
  const [rd, wr] = h.track(socketpair());
  return [rd, wr];
}

export async function run(h) {
  const [rd, wrSock] = pipeLike(h);
  const w = wrSock.fileno();
  const [a, b] = h.track(socketpair(AF_UNIX, SOCK_DGRAM));

  await h.step('sendmsg 4 fds in one item', () => a.sendmsgSync([Buffer.from('four')], [rights([w, w, w, w])]));
  const res = b.recvmsgSync(16, CMSG_SPACE(4 * 4));
  h.check('recvmsg with room for 4: shape', shape(res));
  const fds = received(h, res[1]);
  fds.forEach((fd, i) => writeSync(fd, String(i)));
  const got = Buffer.alloc(100);
  h.check('the 4 received fds write into the pipe', got.subarray(0, readSync(rd.fileno(), got)));
  h.check('received fds are inheritable', fds.map(isInheritable));

  await h.both(
    'sendmsg two items',
    () => a.sendmsgSync([Buffer.from('two')], [rights([w, w]), rights([w])]),
    () => a.sendmsg([Buffer.from('two')], [rights([w, w]), rights([w])]),
  );
  for (let i = 0; i < 2; i++) {
    const r2 = b.recvmsgSync(16, CMSG_SPACE(4 * 4));
    h.check(`two items: total fds received${i ? ' ~async' : ''}`, received(h, r2[1]).length);
    h.check(`two items: flags${i ? ' ~async' : ''}`, r2[2]);
  }

  for (const [label, size] of [['0', 0], ['1', 1], ['2*sizeof(int)', 8], ['CMSG_LEN(0)-1', CMSG_LEN(0) - 1]]) {
    a.sendmsgSync([Buffer.from('t')], [rights([w])]);
    const r3 = b.recvmsgSync(16, size);
    received(h, r3[1]);
    h.check(`ancbufsize ${label}: items, MSG_CTRUNC`, [r3[1].length, (r3[2] & MSG_CTRUNC) !== 0]);
  }
  a.sendmsgSync([Buffer.from('t')], [rights([w, w])]);
  const r4 = await b.recvmsg(16, CMSG_LEN(4));
  h.check('room for 1 of 2 fds: fds, MSG_CTRUNC', [received(h, r4[1]).length, (r4[2] & MSG_CTRUNC) !== 0]);

  b.setsockopt(S, SO_PASSCRED, 1);
  a.sendSync(Buffer.from('c'));
  const r5 = b.recvmsgSync(16, CMSG_LEN(6));
  h.check('credentials cut short: [(level, type, len)], MSG_CTRUNC', [r5[1].map(([l, t, d]) => [l, t, d.length]), (r5[2] & MSG_CTRUNC) !== 0]);
  a.sendSync(Buffer.from('c'));
  const r6 = b.recvmsgSync(16, CMSG_SPACE(12));
  h.check('credentials whole: [(level, type, len)]', r6[1].map(([l, t, d]) => [l, t, d.length]));
  b.setsockopt(S, SO_PASSCRED, 0);

  await h.both('recvmsg(-1)', () => b.recvmsgSync(-1), () => b.recvmsg(-1));
  await h.both('recvmsg(16, -1)', () => b.recvmsgSync(16, -1), () => b.recvmsg(16, -1));

  a.sendSync(Buffer.from('0123456789'));
  await h.step('datagram recvmsg(4): MSG_TRUNC', () => shape(b.recvmsgSync(4)));
  a.sendSync(Buffer.from('peek'));
  await h.step('recvmsg MSG_PEEK', async () => shape(await b.recvmsg(10, 0, MSG_PEEK)));
  await h.step('recvmsg after the peek', () => shape(b.recvmsgSync(10)));
  a.sendSync(Buffer.from('scatter!'));
  const bufs = [new Uint8Array(3), new Uint8Array(10)];
  await h.step('recvmsg_into two buffers', () => b.recvmsgIntoSync(bufs));
  h.check('recvmsg_into buffers', bufs);
  await h.step('recvmsg_into a non-buffer', () => b.recvmsgIntoSync([5]));

  const u = h.track(new Socket(AF_INET, SOCK_DGRAM));
  u.bind(['127.0.0.1', 0]);
  const v = h.track(new Socket(AF_INET, SOCK_DGRAM));
  v.bind(['127.0.0.1', 0]);
  await h.step('sendmsg to an address', () => v.sendmsgSync([Buffer.from('to'), Buffer.from('u')], [], 0, u.getsockname()));
  await h.step("UDP recvmsg: the sender's address", async () => {
    const m = await u.recvmsg(10);
    return [m[0], m[1], m[2], JSON.stringify(m[3]) === JSON.stringify(v.getsockname())];
  });

  const x = Buffer.from('x');
  await h.both('sendmsg(str)', () => a.sendmsgSync('ab'), () => a.sendmsg('ab'));
  await h.both('sendmsg([bytes, str])', () => a.sendmsgSync([Buffer.from('a'), 'b']), () => a.sendmsg([Buffer.from('a'), 'b']));
  await h.both('sendmsg(5)', () => a.sendmsgSync(5), () => a.sendmsg(5));
  await h.both('sendmsg ancdata item of 2', () => a.sendmsgSync([x], [[S, R]]), () => a.sendmsg([x], [[S, R]]));
  await h.both('sendmsg ancdata data str', () => a.sendmsgSync([x], [[S, R, 'str']]), () => a.sendmsg([x], [[S, R, 'str']]));
  await h.both('sendmsg ancdata level str', () => a.sendmsgSync([x], [['1', R, Buffer.alloc(0)]]), () => a.sendmsg([x], [['1', R, Buffer.alloc(0)]]));
  await h.both('sendmsg ancdata 5', () => a.sendmsgSync([x], 5), () => a.sendmsg([x], 5));
  await h.both('sendmsg flags str', () => a.sendmsgSync([x], [], '0'), () => a.sendmsg([x], [], '0'));
  const gen = function* (items) {
    yield* items;
  };
  await h.step('sendmsg generator buffers', () => a.sendmsgSync(gen([Buffer.from('g'), Buffer.from('en')])));
  await h.step('sendmsg generator ancdata', () => a.sendmsg([Buffer.from('G')], gen([rights([w])])));
  await h.both(
    'sendmsg bad fd',
    () => a.sendmsgSync([x], [[S, R, Buffer.from('ffffff7f', 'hex')]]),
    () => a.sendmsg([x], [[S, R, Buffer.from('ffffff7f', 'hex')]]),
  );
  await h.step('sendmsg no buffers', () => a.sendmsgSync([]));
  await h.step('what the generators sent', () => [b.recvSync(10), received(h, b.recvmsgSync(10, 64)[1]).length]);
}
