// §2.11 AF_RDS on a kernel that has it (the kernel lab): bind and getsockname, datagrams with the sender's (host, port), connect and send, and the kernel's errors, over RDS's loopback transport on 127.0.0.1.
import { MSG_DONTWAIT, MSG_OOB, MSG_PEEK, OSError, Socket, SOCK_DGRAM, SOCK_SEQPACKET } from '@sock/core';
import { AF_RDS as A } from '@sock/rds';

export const intended = {
  'a SOCK_DGRAM socket': "socket(2) errors carry the family's fix-it hint after the kernel's text (core appends socketErrorHint to strerror); CPython gives the kernel's text alone; class and errno agree",
};

function rds(h) {
  const s = h.track(new Socket(A, SOCK_SEQPACKET, 0));
  s.settimeout(5);
  return s;
}

const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);

export async function run(h) {
  try {
    h.track(new Socket(A, SOCK_SEQPACKET, 0));
  } catch (e) {
    if (e instanceof OSError) h.skip(`needs AF_RDS: modprobe rds (${e.strerror})`);
    throw e;
  }
  await h.step('a SOCK_DGRAM socket', () => new Socket(A, SOCK_DGRAM, 0).close());
  const a = rds(h);
  const b = rds(h);
  await h.step('sendto before bind', () => a.sendtoSync(Buffer.from('x'), ['127.0.0.1', 1]));
  a.settimeout(0.5);
  await h.step('recv before bind', () => a.recvSync(10));
  a.settimeout(5);
  await h.step("bind ('127.0.0.1', 0)", () => a.bind(['127.0.0.1', 0]));
  b.bind(['127.0.0.1', 0]);
  const mine = a.getsockname();
  h.check('getsockname host, port > 0', [mine[0], mine[1] > 0]);
  await h.step('bind again', () => a.bind(['127.0.0.1', 0]));
  const c = rds(h);
  await h.step('bind to an address no interface has', () => c.bind(['10.255.255.1', 0]));
  await h.step("bind ('', 0)", () => c.bind(['', 0]));
  await h.step('getpeername unconnected', () => a.getpeername());
  await h.step('send unconnected', () => a.sendSync(Buffer.from('x')));
  await h.step('sendto b', () => a.sendtoSync(Buffer.from('hello'), b.getsockname()));
  await h.step("recvfrom gives (data, the sender's address)", () => {
    const [data, addr] = b.recvfromSync(100);
    return [data, same(addr, mine)];
  });
  await h.step('sendto with MSG_DONTWAIT', () => a.sendtoSync(Buffer.from('dw'), MSG_DONTWAIT, b.getsockname()));
  await h.step('recv MSG_PEEK', () => b.recvSync(100, MSG_PEEK));
  await h.step('recv after peek', () => b.recvSync(100));
  await h.step('connect', () => a.connectSync(b.getsockname()));
  await h.step('getpeername is b', () => same(a.getpeername(), b.getsockname()));
  await h.step('send connected', () => a.sendSync(Buffer.from('abc')));
  await h.step('sendall connected', () => a.sendallSync(Buffer.from('def')));
  await h.step('sendmsg connected', () => a.sendmsgSync([Buffer.from('g'), Buffer.from('hi')]));
  await h.step('recv 1', () => b.recvSync(100));
  await h.step('recv 2', () => b.recvSync(100));
  await h.step('recvmsg', () => {
    const [data, anc, flags, addr] = b.recvmsgSync(100);
    return [data, anc, flags, same(addr, mine)];
  });
  await h.step('send with MSG_OOB', () => a.sendSync(Buffer.from('x'), MSG_OOB));
  b.settimeout(0.2);
  await h.step('recv times out', () => b.recvSync(100));
  b.settimeout(0);
  await h.step('recv non-blocking', () => b.recvSync(100));
}
