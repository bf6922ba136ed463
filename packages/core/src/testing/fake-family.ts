/**
 * A fake address family for tests: sockets of family AF_FAKE run on real
 * AF_UNIX fds, and its codec is raw bytes (the address is the sockaddr_un
 * path as a Buffer). Core's own tests use it to exercise real I/O before any
 * family package exists; vendors can use it as a template.
 */
import { endianness } from 'node:os';
import { fromErrno, invalidArgType, osError } from '../errors.js';
import { native } from '../native.js';
import { registerFamily, lookupFamily, type FamilyPlugin } from '../registry.js';
import { socketFromNewFd, type Socket } from '../socket.js';

/** A family number no platform uses (AF_MAX is below 64 everywhere). */
export const AF_FAKE = 0xfa;
const AF_UNIX = native.families.AF_UNIX!;
const PATH_MAX = native.layout.sockaddrStorage >= 110 ? 108 : 104;
const LE = endianness() === 'LE';

export const fakeFamily: FamilyPlugin<Buffer> = {
  family: AF_FAKE,
  name: 'AF_FAKE',
  packageName: '@sock/core/testing',
  constants: Object.freeze({ AF_FAKE }),
  passesFds: true,
  available: () => true,
  unavailableReason: () => null,
  encode(address) {
    if (!Buffer.isBuffer(address)) throw invalidArgType('address', 'an instance of Buffer', address);
    if (address.length > PATH_MAX) throw osError('AF_FAKE path too long');
    const sa = Buffer.alloc(2 + address.length);
    if (LE) sa.writeUInt16LE(AF_UNIX, 0);
    else sa.writeUInt16BE(AF_UNIX, 0);
    address.copy(sa, 2);
    return sa;
  },
  decode(bytes) {
    if (bytes.length < 2) throw osError('AF_FAKE address too short');
    return Buffer.from(bytes.subarray(2));
  },
};

/** Registers AF_FAKE (idempotent). */
export function registerFakeFamily(): void {
  if (lookupFamily(AF_FAKE) !== fakeFamily) registerFamily(fakeFamily);
}

/** A fresh AF_FAKE socket on a real AF_UNIX fd of `type`. */
export function fakeSocket(type: number = native.constants.SOCK_STREAM!): Socket {
  registerFakeFamily();
  const fd = native.socket(AF_UNIX, type, 0);
  if (fd < 0) throw fromErrno(fd, 'socket');
  return socketFromNewFd(AF_FAKE, type, 0, fd);
}

/** A connected pair of AF_FAKE sockets (a real AF_UNIX socketpair of `type`). */
export function fakeSocketpair(type: number = native.constants.SOCK_STREAM!): [Socket, Socket] {
  registerFakeFamily();
  const r = native.socketpair(AF_UNIX, type, 0);
  if (r < 0) throw fromErrno(r, 'socketpair');
  const a = native.out[0]!;
  const b = native.out[1]!;
  return [socketFromNewFd(AF_FAKE, type, 0, a), socketFromNewFd(AF_FAKE, type, 0, b)];
}
