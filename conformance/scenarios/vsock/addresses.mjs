// §7.40 AF_VSOCK (§2.9): (cid, port) in and out, the errors, and the 64-bit options at level AF_VSOCK.
import { Socket, SOCK_STREAM } from '@sock/core';
import {
  AF_VSOCK as V,
  SO_VM_SOCKETS_BUFFER_MAX_SIZE,
  SO_VM_SOCKETS_BUFFER_SIZE as BUF,
  VMADDR_CID_ANY as ANY,
  VMADDR_PORT_ANY as PORT_ANY,
} from '@sock/vsock';

const WRAP =
  "a CID or port outside 0..2**32-1 is out of range (RangeError ERR_OUT_OF_RANGE); CPython's 'II' format wraps it silently (@sock/vsock README: write VMADDR_CID_ANY / VMADDR_PORT_ANY)";

const BIG =
  "a socket option value outside 0..2**64-1 is out of range (RangeError ERR_OUT_OF_RANGE); CPython's 'K' format wraps it silently (the project's rule: never silent truncation)";

export const intended = {
  'bind(ANY, PORT_ANY) as a list': 'addresses are arrays in JavaScript (a Python tuple is an array here), so the list form CPython refuses is the normal form',
  'setsockopt(-1)': BIG,
  'setsockopt(2**64)': BIG,
  'bind(-1, PORT_ANY)': WRAP,
  'bind(ANY, 2**32 + 5)': WRAP,
  'bind(2**40, PORT_ANY)': WRAP,
};

export async function run(h) {
  const s = h.track(new Socket(V, SOCK_STREAM));
  h.check('family, type, proto', [s.family, s.type, s.proto]);
  await h.step('unbound getsockname', () => s.getsockname());
  const bound = (addr) => {
    const b = h.track(new Socket(V, SOCK_STREAM));
    b.bind(addr);
    const [cid, port] = b.getsockname();
    return [cid, port !== PORT_ANY];
  };
  const cases = [
    ['(ANY, PORT_ANY)', [ANY, PORT_ANY]],
    ['(ANY, PORT_ANY) as a list', [ANY, PORT_ANY]],
    ["'x'", 'x'],
    ['(ANY,)', [ANY]],
    ["('1', 2)", ['1', 2]],
    ["(ANY, 'p')", [ANY, 'p']],
    ['(-1, PORT_ANY)', [-1, PORT_ANY]],
    ['(ANY, 2**32 + 5)', [ANY, 2 ** 32 + 5]],
    ['(2**40, PORT_ANY)', [2 ** 40, PORT_ANY]],
  ];
  for (const [label, addr] of cases) await h.step(`bind${label}`, () => bound(addr));

  await h.step('getsockopt(AF_VSOCK, SO_VM_SOCKETS_BUFFER_SIZE) default', () => s.getsockopt(V, BUF));
  await h.step('getsockopt with a buffer length', () => s.getsockopt(V, BUF, 8));
  for (const value of [2 ** 20, 2 ** 32 + 4096]) {
    await h.step(`raise SO_VM_SOCKETS_BUFFER_MAX_SIZE to ${value}`, () => s.setsockopt(V, SO_VM_SOCKETS_BUFFER_MAX_SIZE, value));
    await h.step(`read it back (${value})`, () => s.getsockopt(V, SO_VM_SOCKETS_BUFFER_MAX_SIZE));
  }
  await h.step('setsockopt(-1)', () => s.setsockopt(V, BUF, -1));
  await h.step('setsockopt(2**64)', () => s.setsockopt(V, BUF, 2n ** 64n));
}
