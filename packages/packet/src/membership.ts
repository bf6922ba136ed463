/**
 * PACKET_ADD_MEMBERSHIP / PACKET_DROP_MEMBERSHIP with a struct packet_mreq:
 * put an interface in promiscuous or all-multicast mode, or have it accept
 * one multicast (or extra unicast) hardware address, for as long as the
 * socket holds the membership. The kernel counts memberships per interface
 * and drops this socket's when it closes, so nothing is left behind.
 */
import { endianness } from 'node:os';
import { invalidArgType, invalidArgValue, outOfRange, validateInteger, type Socket } from '@sock/core';
import { validateSocket } from '@sock/core';
import { types } from 'node:util';
import { MAX_ADDR_LEN, PACKET_ADD_MEMBERSHIP, PACKET_DROP_MEMBERSHIP, SOL_PACKET } from './constants.js';
import { indexOf } from './ifname.js';
import { addon } from './native.js';

const layout = addon.layout.packetMreq!;
const LE = endianness() === 'LE';

/** What a membership applies to: the interface (name or index), PACKET_MR_*, and for MULTICAST/UNICAST the address. */
export interface PacketMembership {
  /** The interface, by name ('eth0') or index. */
  readonly ifname: string | number;
  /** PACKET_MR_PROMISC, PACKET_MR_ALLMULTI, PACKET_MR_MULTICAST or PACKET_MR_UNICAST. */
  readonly type: number;
  /** The hardware address for PACKET_MR_MULTICAST / PACKET_MR_UNICAST (up to MAX_ADDR_LEN bytes). */
  readonly address?: ArrayBufferView | undefined;
}

function ifindexOf(ifname: unknown): number {
  if (typeof ifname === 'number') return validateInteger(ifname, 'ifname', 1, 0x7fffffff);
  if (typeof ifname !== 'string') throw invalidArgType('ifname', 'of type string or number', ifname);
  if (ifname.includes('\0')) throw invalidArgValue('ifname', ifname, 'must not contain null bytes');
  const r = indexOf(ifname);
  if (typeof r !== 'number') throw r;
  return r;
}

/**
 * Packs a struct packet_mreq. An address longer than mr_address (8 bytes)
 * makes the struct longer, up to MAX_ADDR_LEN bytes of address, which the
 * kernel accepts (struct packet_mreq_max) for devices with long addresses.
 */
export function packPacketMreq(membership: PacketMembership): Buffer {
  if (membership === null || typeof membership !== 'object' || types.isProxy(membership)) throw invalidArgType('membership', 'an object', membership);
  const ifindex = ifindexOf(membership.ifname);
  const type = validateInteger(membership.type, 'membership.type', 0, 0xffff);
  const a = membership.address;
  if (a !== undefined && !ArrayBuffer.isView(a)) throw invalidArgType('membership.address', 'an instance of Buffer, TypedArray, or DataView', a);
  const address = a === undefined ? new Uint8Array(0) : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  if (address.length > MAX_ADDR_LEN) throw outOfRange('membership.address.length', `<= ${MAX_ADDR_LEN} (MAX_ADDR_LEN)`, address.length);
  const mreq = Buffer.alloc(Math.max(layout.size, layout.address.offset + address.length));
  if (LE) {
    mreq.writeInt32LE(ifindex, layout.ifindex.offset);
    mreq.writeUInt16LE(type, layout.type.offset);
    mreq.writeUInt16LE(address.length, layout.alen.offset);
  } else {
    mreq.writeInt32BE(ifindex, layout.ifindex.offset);
    mreq.writeUInt16BE(type, layout.type.offset);
    mreq.writeUInt16BE(address.length, layout.alen.offset);
  }
  mreq.set(address, layout.address.offset);
  return mreq;
}

/** setsockopt(SOL_PACKET, PACKET_ADD_MEMBERSHIP, packet_mreq). */
export function addMembership(sock: Socket, membership: PacketMembership): void {
  validateSocket(sock);
  sock.setsockopt(SOL_PACKET, PACKET_ADD_MEMBERSHIP, packPacketMreq(membership));
}

/** setsockopt(SOL_PACKET, PACKET_DROP_MEMBERSHIP, packet_mreq): undoes one addMembership with the same fields. */
export function dropMembership(sock: Socket, membership: PacketMembership): void {
  validateSocket(sock);
  sock.setsockopt(SOL_PACKET, PACKET_DROP_MEMBERSHIP, packPacketMreq(membership));
}
