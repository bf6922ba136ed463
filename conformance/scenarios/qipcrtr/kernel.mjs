// §2.9 AF_QIPCRTR on a kernel that has it (the kernel lab): an unbound socket's (node, 0), bind to the local node, autobind on connect, datagrams with the sender's (node, port), and the kernel's errors.
import { MSG_DONTWAIT, MSG_OOB, MSG_PEEK, OSError, Socket, SOCK_DGRAM, SOCK_STREAM } from '@sock/core';
import { AF_QIPCRTR as A } from '@sock/qipcrtr';

export const intended = {
  'a SOCK_STREAM socket': "socket(2) errors carry the family's fix-it hint after the kernel's text (core appends socketErrorHint to strerror); CPython gives the kernel's text alone; class and errno agree",
  'recv before bind':
    "@sock tries recv(2) before it waits (DESIGN.md 'One I/O path'), so the kernel's refusal of an unbound QIPCRTR socket (EADDRNOTAVAIL) comes at once; CPython polls for readability first and times out",
};

function qrtr(h) {
  const s = h.track(new Socket(A, SOCK_DGRAM, 0));
  s.settimeout(5);
  return s;
}

const same = (x, y) => JSON.stringify(x) === JSON.stringify(y);

export async function run(h) {
  try {
    h.track(new Socket(A, SOCK_DGRAM, 0));
  } catch (e) {
    if (e instanceof OSError) h.skip(`needs AF_QIPCRTR: modprobe qrtr (${e.strerror})`);
    throw e;
  }
  await h.step('a SOCK_STREAM socket', () => new Socket(A, SOCK_STREAM, 0).close());
  const a = qrtr(h);
  const b = qrtr(h);
  const [node] = a.getsockname();
  h.check('unbound getsockname: (node > 0, 0)', [node > 0, a.getsockname()[1]]);
  a.settimeout(0.5);
  await h.step('recv before bind', () => a.recvSync(10));
  a.settimeout(5);
  await h.step('bind to another node', () => a.bind([node + 1, 0]));
  await h.step('bind (node, 0)', () => a.bind([node, 0]));
  h.check('bound port > 0', a.getsockname()[1] > 0);
  await h.step('bind again', () => a.bind([node, 0]));
  await h.step('connect (123, 123) autobinds', () => {
    b.connectSync([123, 123]);
    return [undefined, b.getsockname()[1] > 0, b.getpeername()];
  });
  const c = qrtr(h);
  c.bind([node, 0]);
  await h.step('sendto', () => c.sendtoSync(Buffer.from('hello'), a.getsockname()));
  await h.step("recvfrom gives (data, the sender's address)", () => {
    const [data, addr] = a.recvfromSync(100);
    return [data, same(addr, c.getsockname())];
  });
  await h.step('sendto with MSG_DONTWAIT', () => c.sendtoSync(Buffer.from('dw'), MSG_DONTWAIT, a.getsockname()));
  await h.step('recv MSG_PEEK', () => a.recvSync(100, MSG_PEEK));
  await h.step('recv after peek', () => a.recvSync(100));
  await h.step('send with MSG_OOB', () => c.sendtoSync(Buffer.from('x'), MSG_OOB, a.getsockname()));
  await h.step('a message of 65536 bytes', () => c.sendtoSync(Buffer.alloc(65536, 'x'), a.getsockname()));
  a.settimeout(0.2);
  await h.step('recv times out', () => a.recvSync(100));
}
