/**
 * struct sockaddr_in / sockaddr_in6 as bytes, laid out as this platform's
 * headers say (offsets from the addon): sa_family in host byte order (one
 * byte after sin_len on the BSDs), port and flowinfo in network order,
 * sin6_scope_id in host order. Unpacking treats bytes the kernel did not
 * give (a truncated sockaddr) as zero, as CPython reads its zeroed buffer.
 */
import { endianness } from 'node:os';
import { AF_INET, AF_INET6 } from './constants.js';
import { native } from './native.js';

const LE = endianness() === 'LE';
const L4 = native.layout.sockaddrIn;
const L6 = native.layout.sockaddrIn6;

export const SOCKADDR_IN_SIZE = L4.size;
export const SOCKADDR_IN6_SIZE = L6.size;

function writeFamily(buf: Buffer, family: number, layout: typeof L4): void {
  if (layout.len >= 0) buf[layout.len] = layout.size;
  if (layout.familySize === 1) buf[layout.family] = family;
  else if (LE) buf.writeUInt16LE(family, layout.family);
  else buf.writeUInt16BE(family, layout.family);
}

/** sockaddr_in for 4 address bytes and a port. */
export function packIn(addr: Uint8Array, port: number): Buffer {
  const buf = Buffer.alloc(L4.size);
  writeFamily(buf, AF_INET, L4);
  buf.writeUInt16BE(port, L4.port);
  buf.set(addr.subarray(0, 4), L4.addr);
  return buf;
}

/** sockaddr_in6 for 16 address bytes, a port, flowinfo (host value) and scope id. */
export function packIn6(addr: Uint8Array, port: number, flowinfo: number, scopeId: number): Buffer {
  const buf = Buffer.alloc(L6.size);
  writeFamily(buf, AF_INET6, L6);
  buf.writeUInt16BE(port, L6.port);
  buf.writeUInt32BE(flowinfo, L6.flowinfo);
  buf.set(addr.subarray(0, 16), L6.addr);
  if (LE) buf.writeUInt32LE(scopeId, L6.scopeId);
  else buf.writeUInt32BE(scopeId, L6.scopeId);
  return buf;
}

/** The sockaddr's sa_family, or undefined when too short to hold one. */
export function familyOf(bytes: Uint8Array): number | undefined {
  if (L4.familySize === 1) return bytes.length > L4.family ? bytes[L4.family] : undefined;
  if (bytes.length < L4.family + 2) return undefined;
  const lo = bytes[L4.family]!;
  const hi = bytes[L4.family + 1]!;
  return LE ? lo | (hi << 8) : (lo << 8) | hi;
}

function padded(bytes: Uint8Array, size: number): Buffer {
  const buf = Buffer.alloc(size);
  buf.set(bytes.subarray(0, size));
  return buf;
}

export interface In4 {
  addr: Buffer;
  port: number;
}

export interface In6 extends In4 {
  flowinfo: number;
  scopeId: number;
}

export function unpackIn(bytes: Uint8Array): In4 {
  const buf = padded(bytes, L4.size);
  return { addr: buf.subarray(L4.addr, L4.addr + 4), port: buf.readUInt16BE(L4.port) };
}

export function unpackIn6(bytes: Uint8Array): In6 {
  const buf = padded(bytes, L6.size);
  return {
    addr: buf.subarray(L6.addr, L6.addr + 16),
    port: buf.readUInt16BE(L6.port),
    flowinfo: buf.readUInt32BE(L6.flowinfo),
    scopeId: LE ? buf.readUInt32LE(L6.scopeId) : buf.readUInt32BE(L6.scopeId),
  };
}

/** A copy of a sockaddr_in6 with flowinfo and scope id replaced. */
export function withFlowScope(sa: Uint8Array, flowinfo: number, scopeId: number): Buffer {
  const { addr, port } = unpackIn6(sa);
  return packIn6(addr, port, flowinfo, scopeId);
}
