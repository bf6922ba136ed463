/**
 * PACKET_AUXDATA: with the option on, every recvmsg(2) on the socket carries
 * a [SOL_PACKET, PACKET_AUXDATA, struct tpacket_auxdata] item saying how long
 * the frame was on the wire, how much was captured, where the link and
 * network headers start, and the VLAN tag the device (or the kernel) took
 * out of the frame. A frame received on a VLAN-aware path arrives without
 * its 802.1Q header: the tag is only here.
 */
import { endianness } from 'node:os';
import { ancillaryItems, CMSG_SPACE, invalidArgType, outOfRange, type AncillaryItem, type Socket } from '@sock/core';
import { toBytes, validateSocket } from '@sock/core';
import { PACKET_AUXDATA, SOL_PACKET, TP_STATUS_VLAN_TPID_VALID, TP_STATUS_VLAN_VALID } from './constants.js';
import { ETH_P_8021Q } from './constants.js';
import { addon } from './native.js';

const layout = addon.layout.tpacketAuxdata!;
const LE = endianness() === 'LE';

/** sizeof(struct tpacket_auxdata) */
export const AUXDATA_SIZE: number = layout.size;
/** The ancbufsize recvmsg needs for one PACKET_AUXDATA item: CMSG_SPACE(sizeof(struct tpacket_auxdata)). */
export const AUXDATA_SPACE: number = CMSG_SPACE(layout.size);

/** A VLAN tag: the 16-bit TCI split into its fields, and the tag's ethertype. */
export interface VlanTag {
  /** The tag control information as the wire has it. */
  readonly tci: number;
  /** VLAN id: the low 12 bits. */
  readonly id: number;
  /** Priority code point: the top 3 bits. */
  readonly priority: number;
  /** Drop eligible indicator: bit 12. */
  readonly dei: boolean;
  /** The tag's ethertype: 0x8100 (802.1Q), 0x88a8 (802.1ad)... */
  readonly tpid: number;
}

/** struct tpacket_auxdata, by field. */
export interface Auxdata {
  /** TP_STATUS_* bits (TP_STATUS_VLAN_VALID, TP_STATUS_CSUMNOTREADY, TP_STATUS_CSUM_VALID...). */
  readonly status: number;
  /** The frame's length on the wire. */
  readonly len: number;
  /** How many bytes of it were captured (less than len when a filter or the buffer cut it). */
  readonly snaplen: number;
  /** Offset of the link-layer header. */
  readonly mac: number;
  /** Offset of the network header. */
  readonly net: number;
  readonly vlanTci: number;
  readonly vlanTpid: number;
  /** The VLAN tag, when TP_STATUS_VLAN_VALID says there was one. */
  readonly vlan: VlanTag | null;
}

function field(data: Uint8Array, f: { offset: number; size: number }): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return f.size === 4 ? view.getUint32(f.offset, LE) : f.size === 2 ? view.getUint16(f.offset, LE) : view.getUint8(f.offset);
}

/** Decodes the data of a PACKET_AUXDATA item (at least AUXDATA_SIZE bytes). */
export function decodeAuxdata(data: Uint8Array): Auxdata {
  data = toBytes(data, 'data');
  if (data.length < layout.size) throw outOfRange('data.length', `>= ${layout.size} (sizeof(struct tpacket_auxdata))`, data.length);
  const status = field(data, layout.status);
  const vlanTci = field(data, layout.vlanTci);
  const vlanTpid = field(data, layout.vlanTpid);
  const vlan =
    (status & TP_STATUS_VLAN_VALID) === 0
      ? null
      : {
          tci: vlanTci,
          id: vlanTci & 0xfff,
          priority: vlanTci >>> 13,
          dei: (vlanTci & 0x1000) !== 0,
          tpid: (status & TP_STATUS_VLAN_TPID_VALID) !== 0 ? vlanTpid : ETH_P_8021Q,
        };
  return {
    status,
    len: field(data, layout.len),
    snaplen: field(data, layout.snaplen),
    mac: field(data, layout.mac),
    net: field(data, layout.net),
    vlanTci,
    vlanTpid,
    vlan,
  };
}

/** The auxdata of a recvmsg's ancillary items, or null when there is none (option off, or truncated by a small ancbufsize). */
export function auxdataOf(ancdata: readonly AncillaryItem[]): Auxdata | null {
  for (const [level, type, data] of ancillaryItems(ancdata, 'ancdata')) {
    if (level === SOL_PACKET && type === PACKET_AUXDATA && data.length >= layout.size) return decodeAuxdata(data);
  }
  return null;
}

/** setsockopt(SOL_PACKET, PACKET_AUXDATA): whether recvmsg carries a tpacket_auxdata item. */
export function setAuxdata(sock: Socket, on: boolean): void {
  validateSocket(sock);
  if (typeof on !== 'boolean') throw invalidArgType('on', 'of type boolean', on);
  sock.setsockopt(SOL_PACKET, PACKET_AUXDATA, on ? 1 : 0);
}

export function getAuxdata(sock: Socket): boolean {
  validateSocket(sock);
  return sock.getsockopt(SOL_PACKET, PACKET_AUXDATA) !== 0;
}
