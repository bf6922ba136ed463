/** The AF_QIPCRTR family plugin that @sock/qipcrtr registers with @sock/core. */
import { errnoName, SOCK_DGRAM, type FamilyPlugin } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeQrtrAddress, encodeQrtrAddress, type QrtrAddress } from './address.js';
import { AF_QIPCRTR, constants } from './constants.js';

/** What to tell a user whose socket(AF_QIPCRTR, ...) failed with this errno (positive). */
export function qrtrSocketHint(errno: number): string | null {
  const name = errnoName(errno);
  if (name === 'EAFNOSUPPORT') {
    return 'the kernel lacks AF_QIPCRTR: modprobe qrtr (CONFIG_QRTR), or the family is disabled here (a seccomp or LSM policy can refuse it)';
  }
  if (name === 'ESOCKTNOSUPPORT' || name === 'EPROTOTYPE') return 'QIPCRTR sockets are SOCK_DGRAM only';
  if (name === 'EPERM' || name === 'EACCES') return 'a security policy (seccomp, SELinux, AppArmor) refuses AF_QIPCRTR sockets to this process';
  return null;
}

/**
 * AF_QIPCRTR: probed with one SOCK_DGRAM socket (the only type it has).
 * Its sendmsg refuses every flag but MSG_DONTWAIT (EINVAL), so core adds
 * no MSG_NOSIGNAL to its sends; QIPCRTR never raises SIGPIPE.
 */
export const qrtrFamily: FamilyPlugin<QrtrAddress> = defineFamily<QrtrAddress>({
  family: AF_QIPCRTR,
  name: 'AF_QIPCRTR',
  packageName: '@sock/qipcrtr',
  constants,
  probe: { type: SOCK_DGRAM, proto: 0 },
  module: 'qrtr',
  absentReason: 'AF_QIPCRTR is Linux-only',
  socketErrorHint: qrtrSocketHint,
  sendNoSignal: false,
  encode: encodeQrtrAddress,
  decode: decodeQrtrAddress,
});
