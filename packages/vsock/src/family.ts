/** The AF_VSOCK family plugin that @sock/vsock registers with @sock/core. */
import { errnoName, native, SOCK_STREAM, type FamilyPlugin } from '@sock/core';
import { decodeVsockAddress, encodeVsockAddress, type VsockAddress } from './address.js';
import { AF_VSOCK, constants } from './constants.js';

let probed: { ok: boolean; reason: string | null } | undefined;

function why(errno: number): string {
  const name = errnoName(errno) ?? `errno ${errno}`;
  const text = `socket(AF_VSOCK, SOCK_STREAM) failed with ${name} (${native.strerror(errno)})`;
  if (name === 'EAFNOSUPPORT') return `${text}: the kernel has no vsock; load a transport (modprobe vmw_vsock_virtio_transport in a guest, vhost_vsock on a host, vsock_loopback for local tests)`;
  return text;
}

/**
 * Creates and closes one AF_VSOCK stream socket, once per process. Success
 * means the kernel has the vsock core; whether a connection can reach a
 * peer depends on the transports loaded (see the README).
 */
function probe(): { ok: boolean; reason: string | null } {
  if (probed) return probed;
  try {
    const fd = native.socket(AF_VSOCK, SOCK_STREAM, 0);
    if (fd >= 0) {
      native.close(fd);
      probed = { ok: true, reason: null };
    } else {
      probed = { ok: false, reason: why(-fd) };
    }
  } catch (err) {
    probed = { ok: false, reason: `socket(AF_VSOCK) could not be tried: ${String(err)}` };
  }
  return probed;
}

export const vsockFamily: FamilyPlugin<VsockAddress> = Object.freeze({
  family: AF_VSOCK,
  name: 'AF_VSOCK',
  packageName: '@sock/vsock',
  constants,
  int64Options: true,
  available: (): boolean => probe().ok,
  unavailableReason: (): string | null => probe().reason,
  encode: encodeVsockAddress,
  decode: decodeVsockAddress,
});
