/** Addresses cross into native code as sockaddr bytes; the family's plugin translates. */
import { native } from './native.js';
import { decodeUnknown, lookupFamily, requireFamily, type AddressContext } from './registry.js';

/** A scratch sockaddr_storage for the calls that return an address; copy out before the next call. */
export const addrScratch: Buffer = Buffer.alloc(native.layout.sockaddrStorage);

export interface AddressOwner {
  readonly family: number;
  readonly type: number;
  readonly proto: number;
  fileno(): number;
}

function ctx(owner: AddressOwner, caller: string): AddressContext {
  const fd = owner.fileno();
  return fd >= 0
    ? { family: owner.family, type: owner.type, proto: owner.proto, caller, fd }
    : { family: owner.family, type: owner.type, proto: owner.proto, caller };
}

/** Encodes `address` for `owner`'s family (may block when the family resolves names). */
export function encodeAddress(owner: AddressOwner, address: unknown, caller: string): Uint8Array {
  return requireFamily(owner.family).encode(address, ctx(owner, caller));
}

/** Encodes without blocking the event loop (name resolution, if any, happens off the loop). */
export async function encodeAddressAsync(owner: AddressOwner, address: unknown, caller: string): Promise<Uint8Array> {
  const plugin = requireFamily(owner.family);
  return plugin.encodeAsync ? plugin.encodeAsync(address, ctx(owner, caller)) : plugin.encode(address, ctx(owner, caller));
}

/**
 * Decodes a sockaddr the kernel returned: null for length 0 (Python's None),
 * the family's tuple, or `[sa_family, sa_data]` for a family nobody registered.
 */
export function decodeAddress(owner: AddressOwner, bytes: Uint8Array, caller: string): unknown {
  if (bytes.length === 0) return null;
  const plugin = lookupFamily(owner.family);
  return plugin ? plugin.decode(bytes, ctx(owner, caller)) : decodeUnknown(bytes);
}

/** Copies the first `len` bytes of the scratch buffer (the kernel's addrlen may exceed it). */
export function takeScratch(len: number): Buffer {
  return Buffer.from(addrScratch.subarray(0, Math.min(Math.max(len, 0), addrScratch.length)));
}
