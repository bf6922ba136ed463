/** The AF_CAN family plugin that @sock/can registers with @sock/core. */
import { errnoName, SOCK_DGRAM, SOCK_RAW, type FamilyPlugin } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeCanAddress, encodeCanAddress, type CanAddress } from './address.js';
import { AF_CAN, CAN_BCM, CAN_ISOTP, CAN_J1939, CAN_RAW, constants } from './constants.js';

/** What a machine needs for CAN sockets on a virtual bus. */
export const CAN_SETUP = 'modprobe can can-raw; ip link add vcan0 type vcan; ip link set up vcan0';

const modules = new Map<number | undefined, string>([
  [CAN_RAW, 'can-raw'],
  [CAN_BCM, 'can-bcm'],
  [CAN_ISOTP, 'can-isotp'],
  [CAN_J1939, 'can-j1939'],
]);

/** What to do about a failed socket(AF_CAN, type, proto), or null when there is nothing to add. */
export function canSocketHint(errno: number, _type: number, proto: number): string | null {
  const name = errnoName(errno);
  if (name === 'EAFNOSUPPORT') return `needs AF_CAN: ${CAN_SETUP}`;
  if (name === 'EPROTONOSUPPORT') {
    const mod = modules.get(proto);
    return mod ? `needs the ${mod} module: modprobe ${mod}` : null;
  }
  return null;
}

/** The socket type each CAN protocol takes: SOCK_RAW for CAN_RAW, SOCK_DGRAM for the others. */
export function canSocketType(proto: number): number {
  return proto === CAN_RAW ? SOCK_RAW : SOCK_DGRAM;
}

/**
 * The AF_CAN plugin. Available when the kernel gives a CAN_RAW socket
 * (socket(AF_CAN, SOCK_RAW, CAN_RAW)); BCM, ISO-TP and J1939 need their own
 * modules, which the kernel loads on demand where it can (the socket(2)
 * error says which when it cannot).
 */
export const canFamily: FamilyPlugin<CanAddress> = defineFamily<CanAddress>({
  family: AF_CAN,
  name: 'AF_CAN',
  packageName: '@sock/can',
  constants,
  probe: { type: SOCK_RAW, proto: CAN_RAW },
  module: 'can',
  absentReason: 'SocketCAN is Linux-only',
  socketErrorHint: canSocketHint,
  encode: encodeCanAddress,
  decode: decodeCanAddress,
});
