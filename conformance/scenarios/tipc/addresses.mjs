// §2.5 AF_TIPC: (addr_type, v1, v2, v3[, scope]) as getsockaddrarg parses it, on a Unix socket pair adopted as AF_TIPC (no TIPC kernel needed: a Unix socket answers EINVAL to a sockaddr_tipc that reaches bind(2)).
import { Socket, SOCK_DGRAM, SOCK_RDM } from '@sock/core';
import { AF_UNIX, socketpair } from '@sock/unix';
import { AF_TIPC as T, TIPC_ADDR_ID as ID, TIPC_ADDR_NAME as NAME, TIPC_ADDR_NAMESEQ as SEQ, TIPC_NODE_SCOPE } from '@sock/tipc';

const WRAP =
  "v1, v2, v3 and addr_type are the kernel's unsigned 32-bit members and scope its signed char: a value they cannot hold is a RangeError (ERR_OUT_OF_RANGE); CPython's 'I' format wraps it silently (@sock/tipc README)";

export const intended = {
  'bind v3 -1': WRAP,
  'bind v1 2**32': WRAP,
  'bind scope 256': WRAP,
};

export async function run(h) {
  const [a, b] = socketpair(AF_UNIX, SOCK_DGRAM);
  const s = h.track(new Socket(T, SOCK_RDM, 0, a.detach()));
  h.track(b);
  h.check('family, type', [s.family, s.type]);
  const cases = [
    ['NAMESEQ', [SEQ, 2000, 200, 210]],
    ['NAMESEQ node scope', [SEQ, 2000, 200, 210, TIPC_NODE_SCOPE]],
    ['NAME', [NAME, 2000, 205, 0]],
    ['ID', [ID, 1, 2, 0]],
    ['scope 255', [SEQ, 1, 2, 3, 255]],
    ['scope -1', [SEQ, 1, 2, 3, -1]],
    ['addr_type 0', [0, 1, 2, 3]],
    ['addr_type 4', [4, 1, 2, 3]],
    ['three members', [SEQ, 1, 2]],
    ['six members', [SEQ, 1, 2, 3, 4, 5]],
    ['empty', []],
    ['float member', [SEQ, 1.5, 2, 3]],
    ['str member', [SEQ, '1', 2, 3]],
    ['None member', [SEQ, 1, 2, null]],
    ['v3 -1', [SEQ, 1, 2, -1]],
    ['v1 2**32', [SEQ, 2 ** 32, 2, 3]],
    ['scope 256', [SEQ, 1, 2, 3, 256]],
    ['a str', 'tipc'],
    ['None', null],
  ];
  for (const [label, addr] of cases) await h.step(`bind ${label}`, () => s.bind(addr));
  await h.step('connect addr_type 4', () => s.connectSync([4, 1, 2, 3]));
  await h.step('sendto NAME', () => s.sendtoSync(Buffer.from('x'), [NAME, 2000, 205, 0]));
  await h.step('sendto three members', () => s.sendtoSync(Buffer.from('x'), [NAME, 2000, 205]));
}
