/** The AF_PACKET family plugin that @sock/packet registers with @sock/core. */
import { errno, SOCK_DGRAM } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodePacketAddress, encodePacketAddress, type PacketAddress } from './address.js';
import { AF_PACKET, constants } from './constants.js';

const EPERM = errno.EPERM!;
const EACCES = errno.EACCES!;
const EAFNOSUPPORT = errno.EAFNOSUPPORT!;

/** What to tell a user whose socket(AF_PACKET) failed with this errno (positive). */
export function packetSocketHint(err: number): string | null {
  if (err === EPERM || err === EACCES) {
    return 'AF_PACKET sockets need CAP_NET_RAW; run as root or grant the capability: setcap cap_net_raw+ep on the node binary, or AmbientCapabilities=CAP_NET_RAW in a systemd unit';
  }
  if (err === EAFNOSUPPORT) return 'the kernel lacks AF_PACKET (CONFIG_PACKET): modprobe af_packet';
  return null;
}

/**
 * AF_PACKET: probed with one SOCK_DGRAM socket of proto 0 (it receives
 * nothing). Without CAP_NET_RAW the family is unavailable, and socket(2)'s
 * PermissionError says how to grant it.
 */
export const packetFamily = defineFamily<PacketAddress>({
  family: AF_PACKET,
  name: 'AF_PACKET',
  packageName: '@sock/packet',
  constants,
  probe: { type: SOCK_DGRAM },
  socketErrorHint: packetSocketHint,
  absentReason: 'AF_PACKET is Linux-only',
  encode: encodePacketAddress,
  decode: decodePacketAddress,
});
