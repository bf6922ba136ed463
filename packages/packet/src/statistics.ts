/**
 * PACKET_STATISTICS: how many frames reached the socket and how many it
 * dropped (its receive buffer or ring was full). Reading the counters resets
 * them to zero, so each call reports what happened since the last one.
 */
import { endianness } from 'node:os';
import { invalidArgType, type Socket } from '@sock/core';
import { toBytes, validateSocket } from '@sock/core';
import { PACKET_STATISTICS, SOL_PACKET } from './constants.js';
import { addon } from './native.js';

const v1 = addon.layout.tpacketStats!;
const v3 = addon.layout.tpacketStatsV3!;
const LE = endianness() === 'LE';

/** struct tpacket_stats, or tpacket_stats_v3 on a TPACKET_V3 ring socket. */
export interface PacketStatistics {
  /** tp_packets: frames that reached the socket, the dropped ones included. */
  readonly packets: number;
  /** tp_drops: frames dropped for lack of room. */
  readonly drops: number;
  /** tp_freeze_q_cnt (TPACKET_V3 only): how often the ring's queue was frozen for lack of a free block. */
  readonly freezeQueueCount?: number;
}

/** Decodes a tpacket_stats (8 bytes) or tpacket_stats_v3 (12 bytes); shorter data reads as zeros. */
export function decodeStatistics(data: Uint8Array): PacketStatistics {
  data = toBytes(data, 'data');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u32 = (at: number): number => (at + 4 <= data.length ? view.getUint32(at, LE) : 0);
  const out = { packets: u32(v1.packets.offset), drops: u32(v1.drops.offset) };
  return data.length >= v3.size ? { ...out, freezeQueueCount: u32(v3.freezeQCount.offset) } : out;
}

/** getsockopt(SOL_PACKET, PACKET_STATISTICS): the counters since the last call, which this call resets. */
export function getStatistics(sock: Socket): PacketStatistics {
  validateSocket(sock);
  return decodeStatistics(sock.getsockopt(SOL_PACKET, PACKET_STATISTICS, v3.size) as Buffer);
}
