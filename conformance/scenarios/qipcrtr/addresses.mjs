// §2.9 AF_QIPCRTR addresses: (node, port) as "II", on a UDP socket adopted as AF_QIPCRTR (no qrtr kernel needed: argument errors come before any syscall, and the UDP socket refuses the 12-byte sockaddr_qrtr both sides write with EINVAL).
import { Socket, SOCK_DGRAM } from '@sock/core';
import { AF_INET } from '@sock/inet';
import { AF_QIPCRTR as A } from '@sock/qipcrtr';

const WRAP =
  "node and port are the kernel's 32-bit members: a value outside 0..2**32-1 is a RangeError (ERR_OUT_OF_RANGE); CPython's 'II' format wraps -2 to 0xfffffffe and 2**32 to 0 silently and lets the kernel answer (@sock/qipcrtr README)";

export const intended = {
  'bind (-2, 0)': WRAP,
  'bind (2**32, 0)': WRAP,
};

export async function run(h) {
  const udp = new Socket(AF_INET, SOCK_DGRAM);
  const s = h.track(new Socket(A, SOCK_DGRAM, 0, udp.detach()));
  h.check('family, type', [s.family, s.type]);
  const cases = [
    ['(1, 0)', [1, 0]],
    ['(0xffffffff, 0xfffffffe)', [0xffffffff, 0xfffffffe]],
    ["'x'", 'x'],
    ['(1,)', [1]],
    ['(1, 2, 3)', [1, 2, 3]],
    ["('1', 0)", ['1', 0]],
    ['(1, None)', [1, null]],
    ['(1.5, 0)', [1.5, 0]],
    ['(-2, 0)', [-2, 0]],
    ['(2**32, 0)', [2 ** 32, 0]],
  ];
  for (const [label, addr] of cases) await h.step(`bind ${label}`, () => s.bind(addr));
  await h.step('sendto (1, 5)', () => s.sendtoSync(Buffer.from('x'), [1, 5]));
  await h.step('connect (123, 123)', () => s.connectSync([123, 123]));
}
