/** The AF_TIPC family plugin that @sock/tipc registers with @sock/core. */
import { errnoName, SOCK_RDM, type FamilyPlugin } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeTipcAddress, encodeTipcAddress, type TipcAddress } from './address.js';
import { AF_TIPC, constants } from './constants.js';

/** What to tell a user whose socket(AF_TIPC, ...) failed with this errno (positive). */
export function tipcSocketHint(errno: number): string | null {
  const name = errnoName(errno);
  if (name === 'EAFNOSUPPORT') {
    return 'the kernel lacks AF_TIPC: modprobe tipc (CONFIG_TIPC), or the family is disabled here (a seccomp or LSM policy can refuse it)';
  }
  if (name === 'EPERM' || name === 'EACCES') return 'a security policy (seccomp, SELinux, AppArmor) refuses AF_TIPC sockets to this process';
  return null;
}

/**
 * AF_TIPC: probed with one SOCK_RDM socket. SOCK_RDM, SOCK_DGRAM,
 * SOCK_SEQPACKET and SOCK_STREAM all work on a single node without any
 * bearer: the node-local name table delivers between sockets of this host.
 */
export const tipcFamily: FamilyPlugin<TipcAddress> = defineFamily<TipcAddress>({
  family: AF_TIPC,
  name: 'AF_TIPC',
  packageName: '@sock/tipc',
  constants,
  probe: { type: SOCK_RDM, proto: 0 },
  module: 'tipc',
  absentReason: 'AF_TIPC is Linux-only',
  socketErrorHint: tipcSocketHint,
  encode: encodeTipcAddress,
  decode: decodeTipcAddress,
});
