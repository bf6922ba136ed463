/**
 * The AF_QIPCRTR address codec: `[node, port]` <-> struct sockaddr_qrtr.
 *
 * What CPython does, and where this differs:
 * - The address is a tuple of two unsigned ints ("II"): `(node, port)`;
 *   getsockname, recvfrom and getpeername give `(sq_node, sq_port)`. Here
 *   an array.
 * - CPython parses "II" without overflow checks, so -1 or 2**32 + 5 wrap
 *   silently to 4294967295 and 5 (its test binds to host -2 and expects
 *   OSError from the kernel). Here a node or port outside 0..2**32-1 is a
 *   RangeError; write QRTR_NODE_BCAST / QRTR_PORT_CTRL for the special ones.
 * - sq_node and sq_port are in host byte order.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, osError, toBytes, validateObject, validateUint32, type AddressContext } from '@sock/core';
import { allocSockaddr, boundedView } from '@sock/core/family';
import { AF_QIPCRTR } from './constants.js';
import { addon } from './native.js';

/** A QIPCRTR address: a node of the router and a port on it. */
export type QrtrAddress = [node: number, port: number];
/** What encode accepts. */
export type QrtrAddressInput = readonly [node: number, port: number];

declare module '@sock/core' {
  interface AddressTypes {
    AF_QIPCRTR: { address: QrtrAddress; input: QrtrAddressInput };
  }
}

const LE = endianness() === 'LE';
const SHAPE = 'an array [node, port]';

function requireLayout(): NonNullable<typeof addon.layout.sockaddrQrtr> {
  const L = addon.layout.sockaddrQrtr;
  if (!L || AF_QIPCRTR === undefined) throw osError("this platform's headers define no AF_QIPCRTR (<linux/qrtr.h>)");
  return L;
}

function u32(bytes: Uint8Array, offset: number): number {
  const b = Buffer.alloc(4);
  b.set(boundedView(bytes, offset, 4));
  return LE ? b.readUInt32LE(0) : b.readUInt32BE(0);
}

/** Encodes `[node, port]` as a whole, zero-filled struct sockaddr_qrtr. */
export function encodeQrtrAddress(address: unknown, ctx?: Partial<AddressContext>): Buffer {
  if (ctx !== undefined) validateObject(ctx, 'ctx', 'an AddressContext');
  const caller = ctx?.caller ?? 'bind';
  if (types.isProxy(address) || !Array.isArray(address)) {
    throw invalidArgType('address', `${SHAPE} (${caller}(): AF_QIPCRTR address must be tuple)`, address);
  }
  if (address.length !== 2) {
    throw invalidArgValue('address', `[${address.length} items]`, `must be ${SHAPE} (AF_QIPCRTR address must be a pair (node, port))`);
  }
  const node = validateUint32(address[0], 'node');
  const port = validateUint32(address[1], 'port');
  const L = requireLayout();
  const sa = allocSockaddr(L.size, AF_QIPCRTR);
  if (LE) {
    sa.writeUInt32LE(node, L.node.offset);
    sa.writeUInt32LE(port, L.port.offset);
  } else {
    sa.writeUInt32BE(node, L.node.offset);
    sa.writeUInt32BE(port, L.port.offset);
  }
  return sa;
}

/**
 * Decodes the sockaddr_qrtr the kernel wrote as `[sq_node, sq_port]`;
 * members the bytes do not reach read as 0.
 */
export function decodeQrtrAddress(view: ArrayBufferView, _ctx?: Partial<AddressContext>): QrtrAddress {
  const bytes = toBytes(view, 'bytes');
  const L = requireLayout();
  return [u32(bytes, L.node.offset), u32(bytes, L.port.offset)];
}
