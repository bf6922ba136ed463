/** The AF_XDP family plugin, declared with @sock/core/family's defineFamily. */
import { errnoName, SOCK_RAW, type FamilyPlugin } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeXdpAddress, encodeXdpAddress, type XdpAddress } from './address.js';
import { AF_XDP, constants } from './constants.js';

/** What to tell a user whose socket(AF_XDP, ...) failed with this errno (positive). */
export function xdpSocketHint(errno: number): string | null {
  const name = errnoName(errno);
  if (name === 'EPERM' || name === 'EACCES') return 'AF_XDP sockets need CAP_NET_RAW (run as root or grant it to node)';
  if (name === 'EAFNOSUPPORT') return 'the kernel was built without AF_XDP (CONFIG_XDP_SOCKETS)';
  return null;
}

/**
 * Available when this process gets a socket(AF_XDP, SOCK_RAW, 0): a kernel
 * with CONFIG_XDP_SOCKETS and CAP_NET_RAW.
 */
export const xdpFamily: FamilyPlugin<XdpAddress> = defineFamily<XdpAddress>({
  family: AF_XDP,
  name: 'AF_XDP',
  packageName: '@example/sock-xdp',
  constants,
  probe: { type: SOCK_RAW, proto: 0 },
  absentReason: 'AF_XDP is Linux-only',
  socketErrorHint: xdpSocketHint,
  encode: encodeXdpAddress,
  decode: decodeXdpAddress,
});
