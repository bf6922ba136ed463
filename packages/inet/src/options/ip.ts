/**
 * IPPROTO_IP multicast option structs: ip_mreq (IP_ADD_MEMBERSHIP /
 * IP_DROP_MEMBERSHIP / IP_MULTICAST_IF), ip_mreqn (the same options with an
 * interface index, where the platform has it) and ip_mreq_source
 * (IP_ADD_SOURCE_MEMBERSHIP & co.), laid out as this platform's headers
 * declare them. Addresses are dotted IPv4 text or 4 bytes.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { invalidArgType, osError, toBytes, validateInteger } from '@sock/core';
import { AF_INET } from '../constants.js';
import { native } from '../native.js';

const L = native.layout;
const LE = endianness() === 'LE';

/** 4 address bytes from dotted text (inet_pton) or a 4-byte view. */
export function ipv4Bytes(value: unknown, name: string): Buffer {
  if (typeof value === 'string') {
    const r = native.inetPton(AF_INET, value);
    if (!(r instanceof Uint8Array)) throw osError('illegal IP address string passed to inet_pton');
    return r;
  }
  if (!types.isProxy(value) && value instanceof Uint8Array && value.length === 4) return Buffer.from(toBytes(value, name));
  throw invalidArgType(name, 'an IPv4 address string or 4 bytes', value);
}

/** struct ip_mreq: join/leave `group` on the interface with address `iface` ('0.0.0.0': the kernel picks). */
export function ipMreq(group: string | Uint8Array, iface: string | Uint8Array = '0.0.0.0'): Buffer {
  const buf = Buffer.alloc(L.ipMreq.size);
  ipv4Bytes(group, 'group').copy(buf, L.ipMreq.multiaddr);
  ipv4Bytes(iface, 'iface').copy(buf, L.ipMreq.interface);
  return buf;
}

/** Whether this platform has struct ip_mreqn. */
export const hasIpMreqn: boolean = L.ipMreqn !== undefined;

/** struct ip_mreqn: like ip_mreq, the interface also chosen by index (0: by address). */
export function ipMreqn(group: string | Uint8Array, address: string | Uint8Array = '0.0.0.0', ifindex = 0): Buffer {
  const layout = L.ipMreqn;
  if (!layout) throw osError('struct ip_mreqn is not available on this platform');
  const buf = Buffer.alloc(layout.size);
  ipv4Bytes(group, 'group').copy(buf, layout.multiaddr);
  ipv4Bytes(address, 'address').copy(buf, layout.address);
  const index = validateInteger(ifindex, 'ifindex', 0, 0x7fffffff);
  if (LE) buf.writeInt32LE(index, layout.ifindex);
  else buf.writeInt32BE(index, layout.ifindex);
  return buf;
}

/** struct ip_mreq_source: join/leave `group`, receiving only from `source`. */
export function ipMreqSource(group: string | Uint8Array, source: string | Uint8Array, iface: string | Uint8Array = '0.0.0.0'): Buffer {
  const layout = L.ipMreqSource;
  if (!layout) throw osError('struct ip_mreq_source is not available on this platform');
  const buf = Buffer.alloc(layout.size);
  ipv4Bytes(group, 'group').copy(buf, layout.multiaddr);
  ipv4Bytes(source, 'source').copy(buf, layout.sourceaddr);
  ipv4Bytes(iface, 'iface').copy(buf, layout.interface);
  return buf;
}
