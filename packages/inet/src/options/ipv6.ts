/**
 * IPPROTO_IPV6 multicast option struct: ipv6_mreq (IPV6_JOIN_GROUP /
 * IPV6_LEAVE_GROUP), laid out as this platform's headers declare it.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { invalidArgType, osError, toBytes, validateInteger } from '@sock/core';
import { AF_INET6 } from '../constants.js';
import { native } from '../native.js';

const L = native.layout.ipv6Mreq;
const LE = endianness() === 'LE';

/** 16 address bytes from IPv6 text (inet_pton) or a 16-byte view. */
export function ipv6Bytes(value: unknown, name: string): Buffer {
  if (typeof value === 'string') {
    const r = native.inetPton(AF_INET6, value);
    if (!(r instanceof Uint8Array)) throw osError('illegal IP address string passed to inet_pton');
    return r;
  }
  if (!types.isProxy(value) && value instanceof Uint8Array && value.length === 16) return Buffer.from(toBytes(value, name));
  throw invalidArgType(name, 'an IPv6 address string or 16 bytes', value);
}

/** struct ipv6_mreq: join/leave `group` on interface index `ifindex` (0: the kernel picks). */
export function ipv6Mreq(group: string | Uint8Array, ifindex = 0): Buffer {
  const buf = Buffer.alloc(L.size);
  ipv6Bytes(group, 'group').copy(buf, L.multiaddr);
  const index = validateInteger(ifindex, 'ifindex', 0, 0xffffffff);
  if (LE) buf.writeUInt32LE(index, L.interface);
  else buf.writeUInt32BE(index, L.interface);
  return buf;
}
