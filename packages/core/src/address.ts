/** Addresses cross into native code as sockaddr bytes; the family's plugin translates. */
import { types } from 'node:util';
import { invalidArgType } from './errors.js';
import { native } from './native.js';
import { decodeUnknown, lookupFamily, requireFamily, type AddressContext } from './registry.js';

/** A scratch sockaddr_storage for the calls that return an address; copy out before the next call. */
export const addrScratch: Buffer = Buffer.alloc(native.layout.sockaddrStorage);

/** "No address yet" (decodes to null); shared, since nothing writes to it, and Buffer.alloc(0) is not free. */
export const NO_ADDRESS: Buffer = Buffer.alloc(0);

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

/**
 * The last address decodeAddress gave each socket, with the bytes it came
 * from. Two uses, both for a peer that keeps talking (a datagram server and
 * its clients):
 * - answering a sender (recvfrom, then sendto with what it returned) reuses
 *   the kernel's own sockaddr instead of encoding it again (for AF_INET a
 *   host parse and a new buffer per datagram). A hit needs the same socket,
 *   and either the very tuple returned with its items unchanged (only tuples
 *   of primitives are kept) or an equal string;
 * - receiving from the same sender again (the same sockaddr bytes) costs no
 *   copy and no decode: the tuple is a fresh copy of the last one.
 * So a family's decode must depend only on the bytes and the socket (which
 * the registry's contract asks of every family). The kernel's bytes stand in
 * for an encode only once an encode of that value gave exactly those bytes:
 * a value the family would refuse (an AF_UNIX path that fills all of
 * sun_path) fails the same way whether or not it was just received.
 */
interface Decoded {
  value: unknown;
  items: unknown[] | null;
  bytes: Buffer;
  /** An encode of `value` gave exactly `bytes`. */
  checked: boolean;
}
const lastDecoded = new WeakMap<AddressOwner, Decoded>();

function isPrimitive(v: unknown): boolean {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function remember(owner: AddressOwner, value: unknown, bytes: Uint8Array): void {
  // A bare sa_family (an unnamed peer) is left to the family to refuse or accept.
  const keep = bytes.length > 2 && bytes instanceof Buffer && ((typeof value === 'string' && value !== '') || (Array.isArray(value) && value.every(isPrimitive)));
  const entry = lastDecoded.get(owner);
  if (!keep) {
    if (entry) entry.value = undefined;
    return;
  }
  const items = Array.isArray(value) ? value.slice() : null;
  if (entry) {
    entry.value = value;
    entry.items = items;
    entry.bytes = bytes as Buffer;
    entry.checked = false;
  } else {
    lastDecoded.set(owner, { value, items, bytes: bytes as Buffer, checked: false });
  }
}

/** The owner's last decoded entry when `address` is that very value, unchanged. */
function matching(owner: AddressOwner, address: unknown): Decoded | null {
  const entry = lastDecoded.get(owner);
  if (entry === undefined || entry.value === undefined || address !== entry.value) return null;
  const items = entry.items;
  if (items !== null) {
    const tuple = address as unknown[];
    if (tuple.length !== items.length) return null;
    for (let i = 0; i < items.length; i++) if (tuple[i] !== items[i]) return null;
  }
  return entry;
}

function recall(owner: AddressOwner, address: unknown): Uint8Array | null {
  const entry = matching(owner, address);
  return entry !== null && entry.checked ? entry.bytes : null;
}

/** After an encode of `address`: the kernel's bytes may stand in for the next one when they are equal. */
function encoded(owner: AddressOwner, address: unknown, sa: Uint8Array): Uint8Array {
  const entry = matching(owner, address);
  if (entry !== null && entry.bytes.equals(sa)) entry.checked = true;
  return sa;
}

/** Encodes `address` for `owner`'s family (may block when the family resolves names). */
export function encodeAddress(owner: AddressOwner, address: unknown, caller: string): Uint8Array {
  const plugin = requireFamily(owner.family);
  if (types.isProxy(address)) throw invalidArgType('address', 'an address tuple, string or bytes', address);
  return recall(owner, address) ?? encoded(owner, address, plugin.encode(address, ctx(owner, caller)));
}

/**
 * Encodes without blocking the event loop (name resolution, if any, happens
 * off the loop). Families without encodeAsync are encoded at once, without a
 * promise; errors are thrown, so call it from an async function.
 */
export function encodeAddressAsync(owner: AddressOwner, address: unknown, caller: string): Uint8Array | Promise<Uint8Array> {
  const plugin = requireFamily(owner.family);
  if (types.isProxy(address)) throw invalidArgType('address', 'an address tuple, string or bytes', address);
  const known = recall(owner, address);
  if (known !== null) return known;
  if (plugin.encodeAsync) return plugin.encodeAsync(address, ctx(owner, caller)).then((sa) => encoded(owner, address, sa));
  return encoded(owner, address, plugin.encode(address, ctx(owner, caller)));
}

/**
 * Decodes a sockaddr the kernel returned: null for length 0 (Python's None),
 * the family's tuple, or `[sa_family, sa_data]` for a family nobody registered.
 */
export function decodeAddress(owner: AddressOwner, bytes: Uint8Array, caller: string): unknown {
  if (bytes.length === 0) return null;
  const plugin = lookupFamily(owner.family);
  if (!plugin) return decodeUnknown(bytes);
  const entry = lastDecoded.get(owner);
  if (entry !== undefined && entry.value !== undefined && entry.bytes === bytes) {
    const again = entry.items === null ? entry.value : entry.items.slice();
    entry.value = again;
    return again;
  }
  const value = plugin.decode(bytes, ctx(owner, caller));
  remember(owner, value, bytes);
  return value;
}

/** Copies the first `len` bytes of the scratch buffer (the kernel's addrlen may exceed it). */
export function takeScratch(len: number): Buffer {
  const n = Math.min(Math.max(len, 0), addrScratch.length);
  const out = Buffer.allocUnsafe(n);
  addrScratch.copy(out, 0, 0, n);
  return out;
}

/**
 * The sockaddr a receive just left in the scratch buffer (`len` bytes, the
 * kernel's addrlen, which may exceed it), as bytes the caller may keep: the
 * owner's last decoded address when the bytes are equal, else a copy.
 */
export function takeAddress(owner: AddressOwner, len: number): Buffer {
  const n = Math.min(Math.max(len, 0), addrScratch.length);
  const entry = lastDecoded.get(owner);
  if (entry !== undefined && entry.value !== undefined && entry.bytes.length === n) {
    const last = entry.bytes;
    let i = 0;
    while (i < n && last[i] === addrScratch[i]) i++;
    if (i === n) return last;
  }
  return takeScratch(n);
}
