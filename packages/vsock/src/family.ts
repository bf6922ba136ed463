/** The AF_VSOCK family plugin that @sock/vsock registers with @sock/core. */
import { errno, SOCK_STREAM } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeVsockAddress, encodeVsockAddress, type VsockAddress } from './address.js';
import { AF_VSOCK, constants } from './constants.js';

const VSOCK_TRANSPORTS = 'the kernel has no vsock; load a transport (modprobe vmw_vsock_virtio_transport in a guest, vhost_vsock on a host, vsock_loopback for local tests)';

/**
 * AF_VSOCK: probed with one stream socket. Success means the kernel has the
 * vsock core; whether a connection can reach a peer depends on the
 * transports loaded (see the README). Its integer options are 64-bit.
 */
export const vsockFamily = defineFamily<VsockAddress>({
  family: AF_VSOCK,
  name: 'AF_VSOCK',
  packageName: '@sock/vsock',
  constants,
  probe: { type: SOCK_STREAM },
  socketErrorHint: (err) => (err === errno.EAFNOSUPPORT ? VSOCK_TRANSPORTS : null),
  int64Options: true,
  encode: encodeVsockAddress,
  decode: decodeVsockAddress,
});
