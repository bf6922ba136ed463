/** The AF_ALG family plugin that @sock/alg registers with @sock/core. */
import { errnoName, SOCK_SEQPACKET, type FamilyPlugin } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeAlgAddress, encodeAlgAddress, type AlgAddress } from './address.js';
import { AF_ALG, constants } from './constants.js';

/** What to tell a user whose socket(AF_ALG, ...) failed with this errno (positive). */
export function algSocketHint(errno: number): string | null {
  const name = errnoName(errno);
  if (name === 'EAFNOSUPPORT') {
    return 'the kernel lacks AF_ALG: modprobe af_alg (CONFIG_CRYPTO_USER_API), or the family is disabled here (a seccomp or LSM policy can refuse it)';
  }
  if (name === 'EPERM' || name === 'EACCES') return 'a security policy (seccomp, SELinux, AppArmor) refuses AF_ALG sockets to this process';
  return null;
}

/**
 * AF_ALG: probed with one SOCK_SEQPACKET socket (the only type the kernel
 * takes). accept(2) is called with a NULL address (the kernel has no getname
 * for ALG sockets) and returns `[opSocket, null]`, as CPython's `(sock, None)`.
 */
export const algFamily: FamilyPlugin<AlgAddress> = defineFamily<AlgAddress>({
  family: AF_ALG,
  name: 'AF_ALG',
  packageName: '@sock/alg',
  constants,
  probe: { type: SOCK_SEQPACKET, proto: 0 },
  module: 'af_alg',
  absentReason: 'AF_ALG is Linux-only',
  socketErrorHint: algSocketHint,
  acceptReturnsAddress: false,
  encode: encodeAlgAddress,
  decode: decodeAlgAddress,
});
