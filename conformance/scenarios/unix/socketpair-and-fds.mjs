// §7.32 socketpair, message boundaries per socket type, §7.28 send_fds / recv_fds (t:7329), peer credentials.
import { readSync, writeSync } from 'node:fs';
import { BlockingIOError, MSG_CTRUNC, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { AF_UNIX as U, getPeerCred, recvFds, recvFdsSync, sendFds, sendFdsSync, socketpair } from '@sock/unix';

const kind = (s) => [s.family, s.type, s.proto, s.gettimeout()];
const TYPES = { SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET };

export async function run(h) {
  await h.step('socketpair()', () => h.track(socketpair()).map(kind));
  await h.step('socketpair(None)', () => h.track(socketpair(null)).map(kind));
  for (const [name, t] of Object.entries(TYPES)) await h.step(`socketpair(AF_UNIX, ${name})`, () => h.track(socketpair(U, t)).map(kind));
  await h.step('socketpair(AF_UNIX, SOCK_STREAM|SOCK_NONBLOCK)', () => h.track(socketpair(U, SOCK_STREAM | SOCK_NONBLOCK)).map(kind));
  await h.step('socketpair(AF_INET)', () => h.track(socketpair(AF_INET)));
  await h.step('socketpair(AF_UNIX, 77)', () => h.track(socketpair(U, 77)));
  await h.step('socketpair(AF_UNIX, SOCK_STREAM, 5)', () => h.track(socketpair(U, SOCK_STREAM, 5)));
  await h.step("socketpair('x')", () => h.track(socketpair('x')));

  for (const [name, t] of Object.entries(TYPES)) {
    const [a, b] = h.track(socketpair(U, t));
    for (const m of ['ab', 'cd', 'xyz']) a.sendSync(Buffer.from(m));
    b.settimeout(0);
    const got = [];
    for (let i = 0; i < 4; i++) {
      try {
        got.push(b.recvSync(2));
      } catch (e) {
        if (!(e instanceof BlockingIOError)) throw e;
        got.push('EAGAIN');
      }
    }
    h.check(`${name}: three sends, recv(2) four times`, got);
    a.sendSync(Buffer.from('0123456789'));
    h.check(`${name}: recvmsg(4) flags`, b.recvmsgSync(4)[2]);
  }

  const [a, b] = h.track(socketpair(U, SOCK_DGRAM));
  const [rd, wr] = h.track(socketpair());
  const w = wr.fileno();
  const ten = Array(10).fill(w);
  await h.both('send_fds(10 fds)', () => sendFdsSync(a, [Buffer.from('ten')], ten), () => sendFds(a, [Buffer.from('ten')], ten));
  for (const [i, res] of [recvFdsSync(b, 1024, 20), await recvFds(b, 1024, 20)].entries()) {
    const fds = res[1].map((fd) => h.trackFd(fd));
    h.check(`recv_fds(1024, 20): msg, count, flags, addr${i ? ' ~async' : ''}`, [res[0], fds.length, res[2], res[3]]);
    for (const fd of fds) writeSync(fd, '.');
    const buf = Buffer.alloc(100);
    h.check(`the 10 fds write into the pipe${i ? ' ~async' : ''}`, buf.subarray(0, readSync(rd.fileno(), buf)));
  }
  sendFdsSync(a, [Buffer.from('more')], ten);
  const r2 = recvFdsSync(b, 1024, 5);
  h.check('recv_fds(1024, 5) of 10: msg, count, MSG_CTRUNC', [r2[0], r2[1].map((fd) => h.trackFd(fd)).length, (r2[2] & MSG_CTRUNC) !== 0]);
  sendFdsSync(a, [Buffer.from('none')], []);
  const r3 = recvFdsSync(b, 1024, 4);
  h.check('send_fds with no fds', [r3[0], r3[1], r3[2]]);
  await h.both('send_fds(bad fd)', () => sendFdsSync(a, [Buffer.from('x')], [-1]), () => sendFds(a, [Buffer.from('x')], [-1]));
  await h.both('send_fds(fds not ints)', () => sendFdsSync(a, [Buffer.from('x')], ['3']), () => sendFds(a, [Buffer.from('x')], ['3']));
  await h.both('recv_fds(maxfds -1)', () => recvFdsSync(b, 10, -1), () => recvFds(b, 10, -1));

  const [c] = h.track(socketpair());
  const cred = getPeerCred(c);
  h.check('SO_PEERCRED: pid is ours, uid, gid', [cred.pid === process.pid, cred.uid === process.getuid(), cred.gid === process.getgid()]);
}
