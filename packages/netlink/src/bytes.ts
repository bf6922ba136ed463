/** Host-byte-order reads and writes shared by the netlink codecs (netlink is host-endian). */
import { endianness } from 'node:os';

export const LE = endianness() === 'LE';

/** NLMSG_ALIGN / NLA_ALIGN / RTA_ALIGN: every netlink boundary is a multiple of 4. */
export const align4 = (n: number): number => (n + 3) & ~3;

export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Any ArrayBufferView as a Buffer over the same memory. */
export function asBuffer(bytes: ArrayBufferView): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
