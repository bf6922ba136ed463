/**
 * SAE J1939 (CAN_J1939): SOCK_DGRAM sockets addressed by
 * `[ifname, name, pgn, addr]`. The kernel handles transport of PGNs longer
 * than 8 bytes, and address claiming by NAME. Options at level SOL_CAN_J1939:
 * SO_J1939_FILTER (an array of struct j1939_filter), SO_J1939_PROMISC,
 * SO_J1939_SEND_PRIO, SO_J1939_ERRQUEUE; received messages carry
 * SCM_J1939_DEST_ADDR, SCM_J1939_DEST_NAME and SCM_J1939_PRIO control
 * messages, decoded by `decodeJ1939Ancillary`.
 */
import { endianness } from 'node:os';
import { ancillaryItems, invalidArgType, osError, outOfRange, validateArray, validateInteger, validateSocket, type AncillaryItem, type Socket } from '@sock/core';
import { setsockoptBytes } from '@sock/core/family';
import { J1939_FILTER_MAX, SCM_J1939_DEST_ADDR, SCM_J1939_DEST_NAME, SCM_J1939_PRIO, SO_J1939_FILTER, SO_J1939_PROMISC, SO_J1939_SEND_PRIO, SOL_CAN_J1939 } from './constants.js';
import { addon } from './native.js';
import { validateObject } from './validate.js';

const LE = endianness() === 'LE';
const F = addon.layout.j1939Filter;
const MAX = J1939_FILTER_MAX ?? 512;
const U64 = (1n << 64n) - 1n;

/** struct j1939_filter: a message passes when every masked field matches. */
export interface J1939Filter {
  name: bigint;
  nameMask: bigint;
  pgn: number;
  pgnMask: number;
  addr: number;
  addrMask: number;
}

function big(value: unknown, name: string): bigint {
  if (value === undefined) return 0n;
  const v = typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : value;
  if (typeof v !== 'bigint') throw invalidArgType(name, 'of type bigint', value);
  if (v < 0n || v > U64) throw outOfRange(name, '>= 0n && <= 2n ** 64n - 1n', value);
  return v;
}

/** Encodes filters as the array of struct j1939_filter SO_J1939_FILTER takes (at most J1939_FILTER_MAX). */
export function encodeJ1939Filters(filters: ReadonlyArray<Partial<J1939Filter>>): Buffer {
  validateArray(filters, 'filters', 'an array of j1939 filters');
  if (filters.length > MAX) throw outOfRange('filters.length', `<= ${MAX} (J1939_FILTER_MAX)`, filters.length);
  const buf = Buffer.alloc(filters.length * F.size);
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  filters.forEach((raw, i) => {
    const f = validateObject(raw, `filters[${i}]`);
    const at = i * F.size;
    v.setBigUint64(at + F.name.offset, big(f.name, `filters[${i}].name`), LE);
    v.setBigUint64(at + F.nameMask.offset, big(f.nameMask, `filters[${i}].nameMask`), LE);
    v.setUint32(at + F.pgn.offset, f.pgn === undefined ? 0 : validateInteger(f.pgn, `filters[${i}].pgn`, 0, 0xffffffff), LE);
    v.setUint32(at + F.pgnMask.offset, f.pgnMask === undefined ? 0 : validateInteger(f.pgnMask, `filters[${i}].pgnMask`, 0, 0xffffffff), LE);
    buf[at + F.addr.offset] = f.addr === undefined ? 0 : validateInteger(f.addr, `filters[${i}].addr`, 0, 0xff);
    buf[at + F.addrMask.offset] = f.addrMask === undefined ? 0 : validateInteger(f.addrMask, `filters[${i}].addrMask`, 0, 0xff);
  });
  return buf;
}

function level(): number {
  if (SOL_CAN_J1939 === undefined) throw osError('SOL_CAN_J1939 is not defined by these headers');
  return SOL_CAN_J1939;
}

function option(value: number | undefined, name: string): number {
  if (value === undefined) throw osError(`${name} is not defined by these headers`);
  return value;
}

/** setsockopt(SOL_CAN_J1939, SO_J1939_FILTER): only messages passing one of these are received (empty: remove filters). */
export function setJ1939Filters(sock: Socket, filters: ReadonlyArray<Partial<J1939Filter>>): void {
  validateSocket(sock);
  setsockoptBytes(sock, level(), option(SO_J1939_FILTER, 'SO_J1939_FILTER'), encodeJ1939Filters(filters));
}

/** getsockopt(SOL_CAN_J1939, SO_J1939_PROMISC). */
export function getJ1939Promisc(sock: Socket): boolean {
  validateSocket(sock);
  return Number(sock.getsockopt(level(), option(SO_J1939_PROMISC, 'SO_J1939_PROMISC'))) !== 0;
}

/** setsockopt(SOL_CAN_J1939, SO_J1939_PROMISC): receive every message on the bus, not only those to this socket's address or NAME. */
export function setJ1939Promisc(sock: Socket, on: boolean): void {
  validateSocket(sock);
  if (typeof on !== 'boolean') throw invalidArgType('on', 'of type boolean', on);
  sock.setsockopt(level(), option(SO_J1939_PROMISC, 'SO_J1939_PROMISC'), on ? 1 : 0);
}

/** getsockopt(SOL_CAN_J1939, SO_J1939_SEND_PRIO): the priority (0 highest .. 7) of sent messages. */
export function getJ1939SendPrio(sock: Socket): number {
  validateSocket(sock);
  return Number(sock.getsockopt(level(), option(SO_J1939_SEND_PRIO, 'SO_J1939_SEND_PRIO')));
}

/** setsockopt(SOL_CAN_J1939, SO_J1939_SEND_PRIO): 0..7 (0 and 1 need CAP_NET_ADMIN). */
export function setJ1939SendPrio(sock: Socket, priority: number): void {
  validateSocket(sock);
  sock.setsockopt(level(), option(SO_J1939_SEND_PRIO, 'SO_J1939_SEND_PRIO'), validateInteger(priority, 'priority', 0, 7));
}

/** What a received J1939 message's control messages say. */
export interface J1939Ancillary {
  /** SCM_J1939_DEST_ADDR: the address the message was sent to (J1939_NO_ADDR: broadcast). */
  destAddr?: number;
  /** SCM_J1939_DEST_NAME: the NAME it was sent to, when the sender used one. */
  destName?: bigint;
  /** SCM_J1939_PRIO: its priority, 0..7. */
  priority?: number;
}

/** Decodes the SOL_CAN_J1939 items of recvmsg's ancillary data; other items are ignored. */
export function decodeJ1939Ancillary(items: readonly AncillaryItem[]): J1939Ancillary {
  const out: J1939Ancillary = {};
  items = ancillaryItems(items, 'items');
  for (const item of items) {
    if (!Array.isArray(item) || item.length !== 3) continue;
    const [lvl, type, data] = item as AncillaryItem;
    if (lvl !== SOL_CAN_J1939 || !(data instanceof Uint8Array)) continue;
    if (type === SCM_J1939_DEST_ADDR && data.length >= 1) out.destAddr = data[0]!;
    else if (type === SCM_J1939_PRIO && data.length >= 1) out.priority = data[0]!;
    else if (type === SCM_J1939_DEST_NAME && data.length >= 8) out.destName = new DataView(data.buffer, data.byteOffset, 8).getBigUint64(0, LE);
  }
  return out;
}
