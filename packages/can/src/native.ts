/**
 * The typed surface of @sock/can's native addon (native/can.cc): the AF_CAN
 * constants of constants.def and the struct layouts of <linux/can*.h>. All
 * socket I/O, and the interface-index ioctls, go through @sock/core.
 */
import { loadAddon, type FieldLayout, type StructLayout } from '@sock/core/family';

export type { FieldLayout, StructLayout };

export interface CanLayouts {
  readonly sockaddrCan: StructLayout<'family' | 'ifindex' | 'rxId' | 'txId' | 'name' | 'pgn' | 'addr'>;
  readonly canFrame: StructLayout<'canId' | 'len' | 'len8Dlc' | 'data'>;
  readonly canfdFrame: StructLayout<'canId' | 'len' | 'flags' | 'data'>;
  /** Absent where the headers predate CAN XL (Linux 6.2). */
  readonly canxlFrame?: StructLayout<'prio' | 'flags' | 'sdt' | 'len' | 'af' | 'data'>;
  readonly canFilter: StructLayout<'canId' | 'canMask'>;
  readonly bcmMsgHead: StructLayout<'opcode' | 'flags' | 'count' | 'ival1Sec' | 'ival1Usec' | 'ival2Sec' | 'ival2Usec' | 'canId' | 'nframes' | 'frames'>;
  readonly isotpOptions: StructLayout<'flags' | 'frameTxtime' | 'extAddress' | 'txpadContent' | 'rxpadContent' | 'rxExtAddress'>;
  readonly isotpFcOptions: StructLayout<'bs' | 'stmin' | 'wftmax'>;
  readonly isotpLlOptions: StructLayout<'mtu' | 'txDl' | 'txFlags'>;
  readonly j1939Filter: StructLayout<'name' | 'nameMask' | 'pgn' | 'pgnMask' | 'addr' | 'addrMask'>;
  readonly timeval: StructLayout<'sec' | 'usec'>;
  readonly timespec: StructLayout<'sec' | 'nsec'>;
}

export interface CanBinding {
  /** Constants from the headers; a name the platform lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  /** Empty where the platform has no <linux/can.h> (the family is then unavailable). */
  readonly layout: CanLayouts;
}

export const addon: CanBinding = loadAddon<CanBinding>('@sock/can', import.meta.url);
