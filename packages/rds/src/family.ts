/** The AF_RDS family plugin that @sock/rds registers with @sock/core. */
import { errnoName, SOCK_SEQPACKET, type FamilyPlugin } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeRdsAddress, encodeRdsAddress, type RdsAddress } from './address.js';
import { AF_RDS, constants } from './constants.js';

/** What to tell a user whose socket(AF_RDS, ...) failed with this errno (positive). */
export function rdsSocketHint(errno: number): string | null {
  const name = errnoName(errno);
  if (name === 'EAFNOSUPPORT') {
    return 'the kernel lacks AF_RDS: modprobe rds (and rds_tcp for the TCP transport; CONFIG_RDS), or the family is disabled here (a seccomp or LSM policy can refuse it)';
  }
  if (name === 'ESOCKTNOSUPPORT') return 'RDS sockets are SOCK_SEQPACKET with protocol 0 only';
  if (name === 'EPERM' || name === 'EACCES') return 'a security policy (seccomp, SELinux, AppArmor) refuses AF_RDS sockets to this process';
  return null;
}

/**
 * AF_RDS: probed with one SOCK_SEQPACKET socket (the only type RDS has).
 * Its sendmsg refuses every flag but MSG_DONTWAIT (and MSG_ZEROCOPY), so
 * core adds no MSG_NOSIGNAL to its sends; RDS never raises SIGPIPE.
 */
export const rdsFamily: FamilyPlugin<RdsAddress> = defineFamily<RdsAddress>({
  family: AF_RDS,
  name: 'AF_RDS',
  packageName: '@sock/rds',
  constants,
  probe: { type: SOCK_SEQPACKET, proto: 0 },
  module: 'rds',
  absentReason: 'AF_RDS is Linux-only',
  socketErrorHint: rdsSocketHint,
  sendNoSignal: false,
  encode: encodeRdsAddress,
  decode: decodeRdsAddress,
});
