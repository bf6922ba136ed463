/**
 * @sock/can — SocketCAN for @sock: CAN_RAW (classic, FD and XL frames),
 * CAN_BCM, CAN_ISOTP and CAN_J1939 sockets with Python's address tuples.
 * Importing it registers the AF_CAN family with @sock/core (where the
 * platform has AF_CAN), so `new Socket(AF_CAN, SOCK_RAW, CAN_RAW)` works
 * with every method of Python's socket object.
 */
import { registerFamily } from '@sock/core';
import type { CanAddress, CanAddressInput } from './address.js';
import { AF_CAN } from './constants.js';
import { canFamily } from './family.js';

if (AF_CAN !== undefined) registerFamily(canFamily);

declare module '@sock/core' {
  interface AddressTypes {
    AF_CAN: { address: CanAddress; input: CanAddressInput };
  }
}

export { canFamily, canSocketHint, canSocketType } from './family.js';
export {
  encodeCanAddress,
  decodeCanAddress,
  packSockaddrCan,
  type CanAddress,
  type CanAddressInput,
  type CanRawAddress,
  type CanIsotpAddress,
  type CanJ1939Address,
} from './address.js';
export * from './constants.js';
// Listed, not `export *`: frame.js also holds decodeFrameAt, frames()' unchecked in-place decoder.
export {
  type AnyCanFrame,
  type CanFdFrame,
  type CanFdFrameInput,
  type CanFrame,
  type CanFrameInput,
  type CanXlFrame,
  type CanXlFrameInput,
  decodeCanFdFrame,
  decodeCanFrame,
  decodeCanXlFrame,
  decodeFrame,
  encodeCanFdFrame,
  encodeCanFrame,
  encodeCanXlFrame,
  encodeFrame,
  packCanId,
  unpackCanId,
} from './frame.js';
export * from './error-frame.js';
export * from './options/can-raw.js';
export * from './bcm.js';
export * from './isotp.js';
export * from './j1939.js';
export {
  decodeFrameAncillary,
  enableFrameMeta,
  FRAME_ANCILLARY_SIZE,
  FRAME_BUFFER_SIZE,
  receivedFrame,
  recvFrame,
  recvFrameSync,
  type FrameMeta,
  type FrameOptions,
  type ReceivedFrame,
} from './receive.js';
export { frames, type FramesOptions } from './frames.js';
export { canSocket, type CanSocketOptions } from './socket.js';
