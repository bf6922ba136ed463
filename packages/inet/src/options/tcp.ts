/**
 * TCP_INFO (getsockopt IPPROTO_TCP) decoded into named fields, with the
 * offsets of this platform's struct tcp_info (read from the headers by the
 * addon, bitfields included). Field names are the C names without 'tcpi_'.
 * 1-, 2- and 4-byte fields are numbers, 8-byte fields bigints (the kernel
 * reports an unlimited max_pacing_rate as 2**64-1). A field the running
 * kernel did not fill (it returned fewer bytes) or the headers lack is
 * absent. Times are in microseconds (rtt, rto, ...) or milliseconds
 * (last_data_sent, ...), as the kernel reports them.
 */
import { endianness } from 'node:os';
import { osError, toBytes, type Socket } from '@sock/core';
import { validateSocket } from '@sock/core';
import { IPPROTO_TCP, TCP_INFO } from '../constants.js';
import { native } from '../native.js';

const LE = endianness() === 'LE';
const LAYOUT = native.layout.tcpInfo;

/** The classic fields every Linux since 2.6 fills, plus whatever newer ones the kernel and headers have. */
export interface TcpInfo {
  state: number;
  ca_state: number;
  retransmits: number;
  probes: number;
  backoff: number;
  options: number;
  snd_wscale: number;
  rcv_wscale: number;
  rto: number;
  ato: number;
  snd_mss: number;
  rcv_mss: number;
  unacked: number;
  sacked: number;
  lost: number;
  retrans: number;
  fackets: number;
  last_data_sent: number;
  last_ack_sent: number;
  last_data_recv: number;
  last_ack_recv: number;
  pmtu: number;
  rcv_ssthresh: number;
  rtt: number;
  rttvar: number;
  snd_ssthresh: number;
  snd_cwnd: number;
  advmss: number;
  reordering: number;
  rcv_rtt: number;
  rcv_space: number;
  total_retrans: number;
  [field: string]: number | bigint;
}

/** The size of this platform's struct tcp_info, or 0 where TCP_INFO is missing. */
export const TCP_INFO_SIZE: number = LAYOUT?.size ?? 0;

function read(buf: Uint8Array, offset: number, size: number): number | bigint {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (size === 1) return view.getUint8(offset);
  if (size === 2) return view.getUint16(offset, LE);
  if (size === 4) return view.getUint32(offset, LE);
  return view.getBigUint64(offset, LE);
}

/** Decodes struct tcp_info bytes; fields past the end of `bytes` are left out. */
export function decodeTcpInfo(bytes: ArrayBufferView): TcpInfo {
  if (!LAYOUT || TCP_INFO === undefined) throw osError('TCP_INFO is not available on this platform');
  const buf = toBytes(bytes, 'bytes');
  const out: Record<string, number | bigint> = {};
  for (const [name, [offset, size, shift, width]] of Object.entries(LAYOUT.fields)) {
    if (offset + size > buf.length) continue;
    const v = read(buf, offset, size);
    out[name] = width > 0 ? (Number(v) >> shift) & ((1 << width) - 1) : v;
  }
  return out as TcpInfo;
}

/** getsockopt(IPPROTO_TCP, TCP_INFO) of a TCP socket, decoded. */
export function tcpInfo(sock: Socket): TcpInfo {
  validateSocket(sock);
  if (!LAYOUT || TCP_INFO === undefined) throw osError('TCP_INFO is not available on this platform');
  return decodeTcpInfo(sock.getsockopt(IPPROTO_TCP, TCP_INFO, LAYOUT.size) as Buffer);
}
