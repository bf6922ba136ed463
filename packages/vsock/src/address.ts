/**
 * The AF_VSOCK address codec: `[cid, port]` <-> struct sockaddr_vm.
 *
 * What CPython does, and where this differs:
 * - The address must be a tuple of two unsigned ints ("II"); anything else is
 *   a TypeError ('AF_VSOCK address must be tuple'). Here: an array.
 * - CPython parses "II" without overflow checks, so -1 or 2**32 + 5 wrap
 *   silently to 4294967295 and 5. Here a CID or port outside 0..2**32-1 is a
 *   RangeError; write VMADDR_CID_ANY / VMADDR_PORT_ANY for the wildcards.
 * - An optional third element sets svm_flags (VMADDR_FLAG_TO_HOST, for
 *   nested VMs), which CPython cannot set. Decoding gives `[cid, port]`
 *   only, as CPython does: the kernel reports no flags it would act on.
 * - svm_cid and svm_port are in host byte order (unlike inet ports).
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { invalidArgType, invalidArgValue, osError, validateInteger, validateUint32, type AddressContext } from '@sock/core';
import { toBytes, validateObject } from '@sock/core';
import { AF_VSOCK } from './constants.js';
import { addon } from './native.js';

/** What AF_VSOCK addresses look like: the context ID of a machine and a port on it. */
export type VsockAddress = [cid: number, port: number];
/** What encode accepts: `[cid, port]`, or `[cid, port, flags]` with svm_flags bits (VMADDR_FLAG_TO_HOST). */
export type VsockAddressInput = VsockAddress | [cid: number, port: number, flags: number];

declare module '@sock/core' {
  interface AddressTypes {
    AF_VSOCK: { address: VsockAddress; input: Readonly<VsockAddressInput> };
  }
}

/** Where struct sockaddr_vm's members are, read once from the addon's layout. */
interface Svm {
  readonly size: number;
  readonly familyAt: number;
  readonly familyWide: boolean;
  readonly portAt: number;
  readonly cidAt: number;
  /** -1 where the headers lack svm_flags (before Linux 5.11). */
  readonly flagsAt: number;
}

let svmLayout: Svm | undefined;

/**
 * struct sockaddr_vm's layout. Where the headers the addon was built with
 * have none, the package still imports and reports itself unavailable; only
 * a call that needs the struct fails, with an OSError saying so.
 */
function svm(): Svm {
  if (svmLayout !== undefined) return svmLayout;
  const l = addon.layout.sockaddrVm;
  if (!l) throw osError('the headers this addon was built with have no struct sockaddr_vm (AF_VSOCK)');
  svmLayout = {
    size: l.size,
    familyAt: l.family.offset,
    familyWide: l.family.size === 2,
    portAt: l.port.offset,
    cidAt: l.cid.offset,
    flagsAt: l.flags ? l.flags.offset : -1,
  };
  return svmLayout;
}

const LE = endianness() === 'LE';

const SHAPE = 'an array [cid, port] or [cid, port, flags]';

function parse(address: unknown, caller: string): { cid: number; port: number; flags: number } {
  if (types.isProxy(address) || !Array.isArray(address)) {
    throw invalidArgType('address', `${SHAPE} (${caller}(): AF_VSOCK address must be tuple)`, address);
  }
  if (address.length !== 2 && address.length !== 3) {
    throw invalidArgValue('address', `[${address.length} items]`, `must be ${SHAPE} (AF_VSOCK address must be a pair (cid, port))`);
  }
  const cid = validateUint32(address[0], 'cid');
  const port = validateUint32(address[1], 'port');
  let flags = 0;
  if (address.length === 3) {
    flags = validateInteger(address[2], 'flags', 0, 0xff);
    if (flags !== 0 && svm().flagsAt < 0) {
      throw invalidArgValue('flags', flags, 'needs struct sockaddr_vm.svm_flags, which these headers lack (Linux 5.11+)');
    }
  }
  return { cid, port, flags };
}

function write32(sa: Buffer, offset: number, value: number): void {
  if (LE) sa.writeUInt32LE(value, offset);
  else sa.writeUInt32BE(value, offset);
}

function read32(bytes: Uint8Array, offset: number): number {
  if (offset + 4 > bytes.length) {
    let v = 0;
    for (let i = 0; i < 4; i++) {
      const b = offset + i < bytes.length ? bytes[offset + i]! : 0;
      v += LE ? b * 2 ** (8 * i) : b * 2 ** (8 * (3 - i));
    }
    return v;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(offset, LE);
}

/**
 * Encodes `[cid, port]` (or `[cid, port, flags]`) as the sockaddr_vm bytes
 * bind(2), connect(2) and sendto(2) take: the whole struct, zero-filled, as
 * CPython passes it.
 */
export function encodeVsockAddress(address: unknown, ctx?: Pick<AddressContext, 'caller'>): Buffer {
  if (ctx !== undefined) validateObject(ctx, 'ctx', 'an AddressContext');
  const { cid, port, flags } = parse(address, ctx?.caller ?? 'getsockaddrarg');
  const L = svm();
  const sa = Buffer.alloc(L.size);
  if (L.familyWide) {
    if (LE) sa.writeUInt16LE(AF_VSOCK, L.familyAt);
    else sa.writeUInt16BE(AF_VSOCK, L.familyAt);
  } else {
    sa[L.familyAt] = AF_VSOCK;
  }
  write32(sa, L.portAt, port);
  write32(sa, L.cidAt, cid);
  if (L.flagsAt >= 0) sa[L.flagsAt] = flags;
  return sa;
}

/**
 * Decodes the sockaddr_vm bytes the kernel returned (getsockname,
 * getpeername, accept, recvfrom) as `[svm_cid, svm_port]`. Accepts any
 * length: bytes past the end read as zero, as CPython's zeroed buffer does.
 */
export function decodeVsockAddress(bytes: Uint8Array, _ctx?: AddressContext): VsockAddress {
  bytes = toBytes(bytes, 'bytes');
  const L = svm();
  return [read32(bytes, L.cidAt), read32(bytes, L.portAt)];
}
