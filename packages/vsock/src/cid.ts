/** This machine's own context ID. */
import { fromErrno } from '@sock/core';
import { strerror } from '@sock/core/family';
import { addon, type LocalCidResult } from './native.js';

/** The CID in a native getLocalCid() result, or the OSError Python would raise for it. */
export function localCidFrom(r: LocalCidResult): number {
  if ('cid' in r) return r.cid;
  throw fromErrno(r.errno, r.syscall, r.syscall === 'open' ? `${strerror(r.errno)}: '/dev/vsock'` : undefined);
}

/**
 * The local CID: opens /dev/vsock and asks ioctl(2)
 * IOCTL_VM_SOCKETS_GET_LOCAL_CID, as CPython's test suite does with
 * fcntl.ioctl (Python's socket module itself has no such function).
 *
 * In a guest this is the CID the hypervisor assigned (3 or above); on a
 * host with vhost_vsock it is VMADDR_CID_HOST (2); with neither (only
 * vsock_loopback loaded) it is VMADDR_CID_LOCAL. Throws the OSError of open(2)
 * or ioctl(2): FileNotFoundError when /dev/vsock is absent (no vsock module
 * loaded), PermissionError when the device is not readable by this user;
 * an open(2) error names the device as Python's does ("[Errno 2] No such
 * file or directory: '/dev/vsock'").
 */
export function getLocalCid(): number {
  return localCidFrom(addon.getLocalCid());
}
