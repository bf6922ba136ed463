/** The AF_UNIX family plugin that @sock/unix registers with @sock/core. */
import { native, SOCK_STREAM, type FamilyPlugin } from '@sock/core';
import { decodeUnixAddress, encodeUnixAddress, type UnixAddress } from './address.js';
import { AF_UNIX, constants } from './constants.js';

let probed: { ok: boolean; reason: string | null } | undefined;

/** Creates and closes one AF_UNIX socket, once per process. */
function probe(): { ok: boolean; reason: string | null } {
  if (probed) return probed;
  try {
    const fd = native.socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd >= 0) {
      native.close(fd);
      probed = { ok: true, reason: null };
    } else {
      probed = { ok: false, reason: `socket(AF_UNIX) failed: ${native.strerror(-fd)}` };
    }
  } catch (err) {
    probed = { ok: false, reason: `socket(AF_UNIX) could not be tried: ${String(err)}` };
  }
  return probed;
}

export const unixFamily: FamilyPlugin<UnixAddress> = Object.freeze({
  family: AF_UNIX,
  name: 'AF_UNIX',
  packageName: '@sock/unix',
  passesFds: true,
  constants,
  available: (): boolean => probe().ok,
  unavailableReason: (): string | null => probe().reason,
  encode: encodeUnixAddress,
  decode: decodeUnixAddress,
});
