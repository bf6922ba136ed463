/** Byte reads for the receive path, without a DataView per call. Not exported by the package. */
import { endianness } from 'node:os';

const LE = endianness() === 'LE';

/** The host-order uint32 at `at` (a can_id, an SO_RXQ_OVFL count). */
export const u32 = (b: Uint8Array, at: number): number =>
  (LE ? b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24) : (b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** The host-order uint16 at `at` (a sockaddr's sa_family). */
export const u16 = (b: Uint8Array, at: number): number => (LE ? b[at]! | (b[at + 1]! << 8) : (b[at]! << 8) | b[at + 1]!);
