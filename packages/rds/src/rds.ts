/**
 * RDS's socket options and control messages beyond plain integers:
 * RDS_CANCEL_SENT_TO with an address, the congestion monitor's port mask,
 * and the payloads the kernel puts in SOL_RDS control messages.
 */
import { endianness } from 'node:os';
import { types } from 'node:util';
import { ancillaryItems, invalidArgValue, osError, toBytes, validateInteger, validateSocket, type AncillaryItem, type Socket } from '@sock/core';
import { readField, type FieldLayout } from '@sock/core/family';
import { encodeRdsAddress, type RdsAddressInput } from './address.js';
import {
  RDS_CANCEL_SENT_TO,
  RDS_CMSG_CONG_UPDATE,
  RDS_CMSG_RDMA_STATUS,
  RDS_CMSG_RXPATH_LATENCY,
  RDS_CMSG_ZCOPY_COMPLETION,
  RDS_CONG_MONITOR_SIZE,
  SOL_RDS,
} from './constants.js';
import { addon } from './native.js';

const LE = endianness() === 'LE';
const U64 = 8;

/**
 * Drops the messages this socket has queued for `address` and not yet
 * handed to the transport. Wraps `setsockopt(2)` with SOL_RDS,
 * RDS_CANCEL_SENT_TO and the address's sockaddr (sockaddr_in, or
 * sockaddr_in6 for an IPv6 host); the kernel answers ENOTCONN on an
 * unbound socket.
 */
export function cancelSentTo(sock: Socket, address: RdsAddressInput): void {
  validateSocket(sock);
  sock.setsockopt(SOL_RDS, RDS_CANCEL_SENT_TO, encodeRdsAddress(address, { caller: 'setsockopt' }));
}

/** RDS_CONG_MONITOR_MASK(port): the bit of the 64-bit congestion mask that stands for `port` (port % 64). */
export function congMonitorMask(port: number): bigint {
  const p = validateInteger(port, 'port', 0, 0xffff);
  return 1n << BigInt(p % (RDS_CONG_MONITOR_SIZE ?? 64));
}

/** Whether `port` is among the ports a congestion mask (from RDS_CMSG_CONG_UPDATE) names. */
export function congMaskHasPort(mask: bigint, port: number): boolean {
  if (typeof mask !== 'bigint') throw invalidArgValue('mask', mask, 'must be a bigint (a 64-bit congestion mask)');
  return (mask & congMonitorMask(port)) !== 0n;
}

function u64(bytes: Uint8Array, at: number): bigint {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return LE ? b.readBigUInt64LE(at) : b.readBigUInt64BE(at);
}

function exactly(bytes: Uint8Array, size: number, what: string): void {
  if (bytes.length < size) throw invalidArgValue('data', `[${bytes.length} bytes]`, `must hold a whole ${what} (${size} bytes)`);
}

function layoutOf<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw osError(`this platform's headers define no ${what} (<linux/rds.h>)`);
  return value;
}

/** The 64-bit mask of now-uncongested port groups an RDS_CMSG_CONG_UPDATE message carries (host byte order). */
export function decodeCongUpdate(data: Uint8Array): bigint {
  const bytes = toBytes(data, 'data');
  exactly(bytes, U64, 'uint64_t congestion mask');
  return u64(bytes, 0);
}

/** An RDMA completion (struct rds_rdma_notify), the payload of RDS_CMSG_RDMA_STATUS. */
export interface RdmaNotify {
  userToken: bigint;
  /** RDS_RDMA_SUCCESS, RDS_RDMA_REMOTE_ERROR, RDS_RDMA_CANCELED, RDS_RDMA_DROPPED or RDS_RDMA_OTHER_ERROR. */
  status: number;
}

export function decodeRdmaNotify(data: Uint8Array): RdmaNotify {
  const bytes = toBytes(data, 'data');
  const L = layoutOf(addon.layout.rdsRdmaNotify, 'struct rds_rdma_notify');
  exactly(bytes, Math.max(L.userToken.offset + L.userToken.size, L.status.offset + L.status.size), 'struct rds_rdma_notify');
  return { userToken: readField(bytes, L.userToken) as bigint, status: Number(readField(bytes, L.status, true)) };
}

/** The zero-copy send cookies (struct rds_zcopy_cookies) an RDS_CMSG_ZCOPY_COMPLETION message reports as done. */
export function decodeZcopyCookies(data: Uint8Array): number[] {
  const bytes = toBytes(data, 'data');
  const L = layoutOf(addon.layout.rdsZcopyCookies, 'struct rds_zcopy_cookies');
  exactly(bytes, L.num.offset + L.num.size, 'struct rds_zcopy_cookies');
  const capacity = L.cookies.size / 4;
  const num = Number(readField(bytes, L.num));
  if (num > capacity) throw invalidArgValue('data', `[num ${num}]`, `must count at most ${capacity} cookies (RDS_MAX_ZCOOKIES)`);
  const out: number[] = [];
  for (let i = 0; i < num; i++) {
    const field: FieldLayout = { offset: L.cookies.offset + 4 * i, size: 4 };
    exactly(bytes, field.offset + 4, `struct rds_zcopy_cookies of ${num} cookies`);
    out.push(Number(readField(bytes, field)));
  }
  return out;
}

/** Receive-path latencies (struct rds_cmsg_rx_trace): the traced points (RDS_MSG_RX_*) and nanoseconds for each. */
export interface RxTrace {
  points: number[];
  nanoseconds: bigint[];
}

export function decodeRxTrace(data: Uint8Array): RxTrace {
  const bytes = toBytes(data, 'data');
  const L = layoutOf(addon.layout.rdsCmsgRxTrace, 'struct rds_cmsg_rx_trace');
  exactly(bytes, L.size, 'struct rds_cmsg_rx_trace');
  const count = bytes[L.rxTraces.offset]!;
  const max = L.rxTracePos.size;
  if (count > max) throw invalidArgValue('data', `[rx_traces ${count}]`, `must trace at most ${max} points (RDS_MSG_RX_DGRAM_TRACE_MAX)`);
  const points: number[] = [];
  const nanoseconds: bigint[] = [];
  for (let i = 0; i < count; i++) {
    points.push(bytes[L.rxTracePos.offset + i]!);
    nanoseconds.push(u64(bytes, L.rxTrace.offset + U64 * i));
  }
  return { points, nanoseconds };
}

/** A SOL_RDS control message, decoded by its type; other levels and types are left alone. */
export type RdsControl =
  | { type: 'cong-update'; mask: bigint }
  | { type: 'rdma-status'; notify: RdmaNotify }
  | { type: 'zcopy-completion'; cookies: number[] }
  | { type: 'rxpath-latency'; trace: RxTrace };

/** Decodes the SOL_RDS items of recvmsg's ancillary data (`[level, type, data]`), in order; others are skipped. */
export function rdsControlMessages(ancdata: readonly AncillaryItem[]): RdsControl[] {
  if (types.isProxy(ancdata) || !Array.isArray(ancdata)) throw invalidArgValue('ancdata', ancdata, 'must be an array of [level, type, data] items');
  ancdata = ancillaryItems(ancdata, 'ancdata');
  const out: RdsControl[] = [];
  for (const item of ancdata) {
    if (!Array.isArray(item) || types.isProxy(item) || item.length !== 3) throw invalidArgValue('ancdata', item, 'must hold [level, type, data] items');
    const [level, type, data] = item as unknown[];
    if (level !== SOL_RDS) continue;
    if (type === RDS_CMSG_CONG_UPDATE) out.push({ type: 'cong-update', mask: decodeCongUpdate(data as Uint8Array) });
    else if (type === RDS_CMSG_RDMA_STATUS) out.push({ type: 'rdma-status', notify: decodeRdmaNotify(data as Uint8Array) });
    else if (type === RDS_CMSG_ZCOPY_COMPLETION) out.push({ type: 'zcopy-completion', cookies: decodeZcopyCookies(data as Uint8Array) });
    else if (type === RDS_CMSG_RXPATH_LATENCY) out.push({ type: 'rxpath-latency', trace: decodeRxTrace(data as Uint8Array) });
  }
  return out;
}
