/**
 * The typed surface of @sock/packet's native addon (native/*.cc): AF_PACKET,
 * Ethernet, ARPHRD and classic BPF constants and struct layouts from this
 * platform's headers. It holds no syscalls: all I/O, the struct sock_fprog
 * setsockopt and the interface ioctls go through @sock/core.
 */
import { loadAddon, type FieldLayout, type StructLayout } from '@sock/core/family';

export type { FieldLayout, StructLayout };

export interface PacketLayout {
  readonly sockaddrLl: StructLayout<'family' | 'protocol' | 'ifindex' | 'hatype' | 'pkttype' | 'halen' | 'addr'> | null;
  readonly packetMreq: StructLayout<'ifindex' | 'type' | 'alen' | 'address'> | null;
  readonly tpacketAuxdata: StructLayout<'status' | 'len' | 'snaplen' | 'mac' | 'net' | 'vlanTci' | 'vlanTpid'> | null;
  readonly tpacketStats: StructLayout<'packets' | 'drops'> | null;
  readonly tpacketStatsV3: StructLayout<'packets' | 'drops' | 'freezeQCount'> | null;
  readonly sockFilter: StructLayout<'code' | 'jt' | 'jf' | 'k'> | null;
  /** The most instructions a struct sock_fprog can carry (its len is an unsigned short). */
  readonly fprogMaxLen: number;
}

export interface PacketBinding {
  /** Constants from the headers; a name the platform lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: PacketLayout;
}

/** The addon, loaded once at import (see loadAddon in @sock/core/family). */
export const addon: PacketBinding = loadAddon<PacketBinding>('@sock/packet', import.meta.url);
