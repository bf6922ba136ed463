// §2.10 AF_ALG: (type, name[, feat[, mask]]) and its length limits, and sendmsg_afalg's checks, on a Unix socket pair adopted as AF_ALG (no AF_ALG kernel needed: a Unix socket answers EINVAL to a sockaddr_alg and skips SOL_ALG control messages).
import { Socket, SOCK_SEQPACKET, SOCK_STREAM } from '@sock/core';
import { AF_UNIX, socketpair } from '@sock/unix';
import { AF_ALG as A, ALG_OP_DECRYPT, ALG_OP_ENCRYPT, sendmsgAfalg, sendmsgAfalgSync } from '@sock/alg';

const RANGE =
  "feat and mask are the kernel's 32-bit members: a value outside 0..2**32-1 is a RangeError (ERR_OUT_OF_RANGE); CPython's 'H' format wraps -1 to 0xffff silently (@sock/alg README)";

export const intended = {
  "bind ['hash', 'x']": 'addresses are arrays in JavaScript (a Python tuple is an array here), so the list form CPython refuses is the normal form',
  'bind feat -1': RANGE,
};

function adoptedPair(h) {
  const [a, b] = socketpair(AF_UNIX, SOCK_SEQPACKET);
  const alg = h.track(new Socket(A, SOCK_SEQPACKET, 0, a.detach()));
  return [alg, h.track(b)];
}

export async function run(h) {
  const [alg, peer] = adoptedPair(h);
  h.check('family, type', [alg.family, alg.type]);
  const cases = [
    ["('hash', 'sha256')", ['hash', 'sha256']],
    ['13-byte type', ['t'.repeat(13), 'x']],
    ['14-byte type', ['t'.repeat(14), 'x']],
    ['63-byte name', ['hash', 'n'.repeat(63)]],
    ['64-byte name', ['hash', 'n'.repeat(64)]],
    ['too long type and name', ['t'.repeat(20), 'n'.repeat(80)]],
    ["32 x 'é' (64 bytes)", ['hash', 'é'.repeat(32)]],
    ["31 x 'é' (62 bytes)", ['hash', 'é'.repeat(31)]],
    ["('hash',)", ['hash']],
    ["'hash'", 'hash'],
    ['5 items', ['hash', 'x', 1, 2, 3]],
    ['feat 70000', ['hash', 'x', 70000]],
    ['feat -1', ['hash', 'x', -1]],
    ['feat 1.5', ['hash', 'x', 1.5]],
    ['feat None', ['hash', 'x', null]],
    ['NUL in the name', ['hash', 'x\0y']],
    ['bytes type', [Buffer.from('hash'), 'x']],
    ["['hash', 'x']", ['hash', 'x']],
  ];
  for (const [label, addr] of cases) await h.step(`bind ${label}`, () => alg.bind(addr));

  const x = [Buffer.from('x')];
  await h.both('sendmsg_afalg without op', () => sendmsgAfalgSync(alg, x, {}), () => sendmsgAfalg(alg, x, {}));
  const kwCases = [
    ['op=None', { op: null }],
    ['op=-1', { op: -1 }],
    ['op=2**40', { op: 2 ** 40 }],
    ['op=1.5', { op: 1.5 }],
    ["iv='x'", { op: 0, iv: 'x' }],
    ['assoclen=-1', { op: 0, assoclen: -1 }],
    ['assoclen=None', { op: 0, assoclen: null }],
    ['assoclen=2**40', { op: 0, assoclen: 2 ** 40 }],
    ['flags=None', { op: 0, flags: null }],
  ];
  for (const [label, kw] of kwCases) {
    await h.both(`sendmsg_afalg ${label}`, () => sendmsgAfalgSync(alg, x, kw), () => sendmsgAfalg(alg, x, kw));
  }
  await h.step('sendmsg_afalg msg 5', () => sendmsgAfalgSync(alg, 5, { op: 0 }));
  await h.step('sendmsg_afalg msg [5]', () => sendmsgAfalgSync(alg, [5], { op: 0 }));
  await h.step("sendmsg_afalg msg ['x']", () => sendmsgAfalgSync(alg, ['x'], { op: 0 }));
  await h.step('sendmsg_afalg with op, iv, assoclen', () =>
    sendmsgAfalgSync(alg, [Buffer.from('ab'), Buffer.from('c')], { op: ALG_OP_ENCRYPT, iv: Buffer.alloc(16), assoclen: 1 }),
  );
  await h.step('the peer gets the data', () => peer.recvSync(100));
  await h.both('sendmsg_afalg without data', () => sendmsgAfalgSync(alg, undefined, { op: ALG_OP_DECRYPT }), () => sendmsgAfalg(alg, undefined, { op: ALG_OP_DECRYPT }));

  const unix = h.track(new Socket(AF_UNIX, SOCK_STREAM));
  await h.both('sendmsg_afalg on AF_UNIX', () => sendmsgAfalgSync(unix, x, { op: 0 }), () => sendmsgAfalg(unix, x, { op: 0 }));
  await h.both('sendmsg_afalg on AF_UNIX with bad op', () => sendmsgAfalgSync(unix, x, { op: -1 }), () => sendmsgAfalg(unix, x, { op: -1 }));
}
