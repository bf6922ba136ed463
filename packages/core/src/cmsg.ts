/**
 * Ancillary data (control messages): CMSG_LEN/CMSG_SPACE and the codec
 * between `[level, type, data]` items and the cmsghdr bytes sendmsg(2) and
 * recvmsg(2) exchange. The layout comes from the platform's headers.
 */
import { endianness } from 'node:os';
import { invalidArgType, invalidArgValue, osError, outOfRange } from './errors.js';
import { native } from './native.js';
import { types } from 'node:util';
import { boundedItems, isDetached, toBytes, validateInt32, validateInteger } from './validate.js';

const L = native.layout;
const align = (n: number): number => (n + L.cmsgAlign - 1) & ~(L.cmsgAlign - 1);
const HDR = L.cmsgHdr;
const LE = endianness() === 'LE';

/** One ancillary item as Python's recvmsg returns it: `[level, type, data]`. */
export type AncillaryItem = [level: number, type: number, data: Buffer];
/** What sendmsg accepts: data may be any ArrayBufferView. */
export type AncillaryInput = readonly [level: number, type: number, data: ArrayBufferView];

function cmsgRangeCheck(n: unknown, name: string, limitFor: number): number {
  if (typeof n !== 'number') throw invalidArgType('length', 'of type number', n);
  if (!Number.isInteger(n) || n < 0 || n > L.socklenMax - limitFor) {
    throw outOfRange('length', `>= 0 && <= ${L.socklenMax - limitFor} (${name}() argument out of range)`, n);
  }
  return n;
}

/** `CMSG_LEN(length)`: the cmsg_len of an item carrying `length` bytes. */
export function CMSG_LEN(length: number): number {
  return HDR + cmsgRangeCheck(length, 'CMSG_LEN', HDR);
}

/** `CMSG_SPACE(length)`: the buffer space an item of `length` bytes takes, padding included. */
export function CMSG_SPACE(length: number): number {
  return HDR + align(cmsgRangeCheck(length, 'CMSG_SPACE', align(HDR + 1)));
}

const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);

/**
 * The most items (and fds) one call takes. Far above what the kernel accepts
 * in one message (optmem_max, SCM_MAX_FD = 253), so no valid call is refused,
 * and low enough that no argument can make a call run for long.
 */
export const MAX_ITEMS = 65536;

const ITEM = 'a [level, type, data] array';

/** One `[level, type, data]` item of caller input, checked without running its code beyond reading three elements. */
function itemOf(item: unknown, name: string): [number, number, Uint8Array] {
  if (item === null || typeof item !== 'object' || types.isProxy(item) || !Array.isArray(item) || item.length !== 3) {
    throw invalidArgType(name, ITEM, item);
  }
  return [validateInt32(item[0], `${name}[0]`), validateInt32(item[1], `${name}[1]`), toBytes(item[2], `${name}[2]`)];
}

/**
 * Caller input that should be recvmsg's ancillary items: an array (or other
 * iterable) of at most MAX_ITEMS `[level, type, data]` items, each checked;
 * data comes back as a Buffer over the same bytes. For helpers that read items.
 */
export function ancillaryItems(items: unknown, name = 'ancdata'): AncillaryItem[] {
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  const list = boundedItems(items, name, MAX_ITEMS, 'an array of [level, type, data] items');
  const out: AncillaryItem[] = [];
  for (let i = 0; i < list.length; i++) {
    const [level, type, data] = itemOf(list[i], `${name}[${i}]`);
    out.push([level, type, Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
  }
  return out;
}

function writeLen(buf: Buffer, off: number, len: number): void {
  if (L.cmsgLenSize === 8) view(buf).setBigUint64(off, BigInt(len), LE);
  else view(buf).setUint32(off, len, LE);
}

/** cmsg_len at `off` (a size_t or a socklen_t), read without a BigInt: this runs per received item. */
function readLen(dv: DataView, off: number): number {
  if (L.cmsgLenSize !== 8) return dv.getUint32(off, LE);
  const lo = dv.getUint32(off + (LE ? 0 : 4), LE);
  const hi = dv.getUint32(off + (LE ? 4 : 0), LE);
  return hi * 0x1_0000_0000 + lo;
}

/**
 * Encodes ancillary items into control bytes. Accepts any iterable of
 * `[level, type, data]` (generators too, as CPython does). Returns null for
 * no items.
 */
export function encodeAncillary(ancdata: Iterable<AncillaryInput> | undefined | null): Buffer | null {
  if (ancdata === undefined || ancdata === null) return null;
  const given = boundedItems(ancdata, 'ancdata', MAX_ITEMS, 'an iterable of [level, type, data] items');
  const items: Array<[number, number, Uint8Array]> = [];
  let total = 0;
  for (let i = 0; i < given.length; i++) {
    const [level, type, data] = itemOf(given[i], `ancdata[${i}]`);
    if (data.length > L.socklenMax - align(HDR + 1)) throw osError('ancillary data item too large');
    total += CMSG_SPACE(data.length);
    if (total > L.socklenMax) throw osError('too much ancillary data');
    items.push([level, type, data]);
  }
  if (items.length === 0) return null;
  const buf = Buffer.alloc(total);
  let off = 0;
  for (const [level, type, data] of items) {
    writeLen(buf, off, HDR + data.length);
    view(buf).setInt32(off + L.cmsgLevelOffset, level, LE);
    view(buf).setInt32(off + L.cmsgTypeOffset, type, LE);
    buf.set(data, off + HDR);
    off += CMSG_SPACE(data.length);
  }
  return buf;
}

/** The result of walking received control bytes. */
export interface DecodedAncillary {
  items: AncillaryItem[];
  /** True when a header or item did not fit (Python warns 'received malformed or improperly-truncated ancillary data'). */
  malformed: boolean;
}

/**
 * Walks `control[0..controllen)` as the kernel filled it. An item whose data
 * is cut short by the buffer is returned truncated and ends the walk; a header
 * that does not fit ends it without an item (CPython's rules).
 */
export function decodeAncillary(control: ArrayBufferView, controllen: number): DecodedAncillary {
  return walkAncillary(toBytes(control, 'control'), validateInteger(controllen, 'controllen', 0, Number.MAX_SAFE_INTEGER));
}

/**
 * decodeAncillary without the argument checks, for the receive paths, which
 * pass their own buffer and the kernel's msg_controllen: the cmsghdr walk
 * over control[0..min(controllen, control.length)).
 */
export function walkAncillary(control: Uint8Array, controllen: number): DecodedAncillary {
  return walkControl(view(control), control, 0, Math.min(controllen, control.length));
}

/**
 * What `scanControl` calls for each item: its level and type, and where its
 * data lies in the scanned buffer, [from, to) (cut short at the scan's end
 * when the item was). `ctx` is the caller's, passed through so a hot loop
 * needs no closure per call.
 */
export type ControlVisitor<C> = (ctx: C, level: number, type: number, from: number, to: number) => void;

/**
 * The cmsghdr walk of control[start, end) through `dv`, a view of the whole
 * buffer, calling `visit` per item and building nothing (CPython's rules): a
 * header that does not fit, or a cmsg_len shorter than a header, ends the
 * walk with no item; an item whose data is cut short by `end` is visited up to
 * `end` and ends it. Returns whether the walk ended on either (malformed or
 * truncated data). The caller keeps start <= end <= dv.byteLength.
 */
export function scanControl<C>(dv: DataView, start: number, end: number, visit: ControlVisitor<C>, ctx: C): boolean {
  let off = start;
  while (off + HDR <= end) {
    const len = readLen(dv, off);
    if (len < HDR) return true;
    const dataEnd = off + len;
    visit(ctx, dv.getInt32(off + L.cmsgLevelOffset, LE), dv.getInt32(off + L.cmsgTypeOffset, LE), off + HDR, Math.min(dataEnd, end));
    if (dataEnd > end) return true;
    // len < end - off here, so the 32-bit rounding cannot overflow.
    off += align(len);
  }
  return false;
}

/** The items one walk collects, copied out of the control buffer. */
interface Collected {
  readonly control: Uint8Array;
  readonly items: AncillaryItem[];
}

function collect(c: Collected, level: number, type: number, from: number, to: number): void {
  c.items.push([level, type, Buffer.from(c.control.subarray(from, to))]);
}

/**
 * walkAncillary over control[start, end) through `dv`, a view of all of
 * `control`: recvmmsg walks each message's slot of one slab with one view,
 * instead of a subarray and a view per message.
 */
export function walkControl(dv: DataView, control: Uint8Array, start: number, end: number): DecodedAncillary {
  const c: Collected = { control, items: [] };
  const malformed = scanControl(dv, start, end, collect, c);
  return { items: c.items, malformed };
}

/** The fds carried by SCM_RIGHTS items (a trailing partial int is dropped, as in recv_fds). */
export function fdsOf(items: readonly AncillaryItem[], level: number, scmRights: number): number[] {
  const list = ancillaryItems(items, 'items');
  const want = validateInt32(level, 'level');
  const rights = validateInt32(scmRights, 'scmRights');
  const fds: number[] = [];
  for (const [lvl, type, data] of list) {
    if (lvl !== want || type !== rights) continue;
    const dv = view(data);
    for (let i = 0; i + 4 <= data.length; i += 4) fds.push(dv.getInt32(i, LE));
  }
  return fds;
}

/** A typed array of fds (Int32Array, ...) as numbers, length-checked first. */
function typedItems(view: ArrayBufferView): unknown[] {
  if (isDetached(view)) throw invalidArgValue('fds', view, 'is a view of a detached ArrayBuffer');
  const n = (view as Uint8Array).length;
  if (n > MAX_ITEMS) throw outOfRange('fds.length', `<= ${MAX_ITEMS}`, n);
  return Array.from(view as Uint8Array, (v) => (typeof v === 'bigint' ? Number(v) : v));
}

/** SCM_RIGHTS item data for a list of fds (at most MAX_ITEMS; the length is checked before any element is read). */
export function packFds(fds: Iterable<number>): Buffer {
  const list = ArrayBuffer.isView(fds) && !(fds instanceof DataView) ? typedItems(fds) : boundedItems(fds, 'fds', MAX_ITEMS, 'an iterable of integers');
  const buf = Buffer.alloc(list.length * 4);
  const dv = view(buf);
  for (let i = 0; i < list.length; i++) dv.setInt32(i * 4, validateInt32(list[i], `fds[${i}]`), LE);
  return buf;
}
