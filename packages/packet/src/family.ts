/** The AF_PACKET family plugin that @sock/packet registers with @sock/core. */
import { errno, native, SOCK_DGRAM, type FamilyPlugin } from '@sock/core';
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

let probed: { ok: boolean; reason: string | null } | undefined;

/**
 * Creates and closes one AF_PACKET socket (SOCK_DGRAM, proto 0: it receives
 * nothing), once per process. Without CAP_NET_RAW the family is unavailable.
 */
function probe(): { ok: boolean; reason: string | null } {
  if (probed) return probed;
  try {
    const fd = native.socket(AF_PACKET, SOCK_DGRAM, 0);
    if (fd >= 0) {
      native.close(fd);
      probed = { ok: true, reason: null };
    } else {
      probed = { ok: false, reason: packetSocketHint(-fd) ?? `socket(AF_PACKET) failed: ${native.strerror(-fd)}` };
    }
  } catch (err) {
    probed = { ok: false, reason: `socket(AF_PACKET) could not be tried: ${String(err)}` };
  }
  return probed;
}

export const packetFamily: FamilyPlugin<PacketAddress> = Object.freeze({
  family: AF_PACKET,
  name: 'AF_PACKET',
  packageName: '@sock/packet',
  constants,
  available: (): boolean => probe().ok,
  unavailableReason: (): string | null => probe().reason,
  encode: encodePacketAddress,
  decode: decodePacketAddress,
});
