/**
 * The typed surface of @sock/vsock's native addon (native/vsock.cc): the
 * AF_VSOCK constants and struct layouts of <linux/vm_sockets.h>, and the one
 * call core's addon does not make (getLocalCid). All socket I/O goes through
 * @sock/core.
 */
import { loadAddon, type FieldLayout } from '@sock/core/family';

export type { FieldLayout };

/** What getLocalCid() returns: the CID, or the positive errno and the call that failed. */
export type LocalCidResult = { cid: number } | { errno: number; syscall: 'open' | 'ioctl' };

export interface VsockBinding {
  /** AF_VSOCK constants from the headers; a name the platform lacks is absent. */
  readonly constants: Readonly<Record<string, number>>;
  readonly layout: Readonly<{
    /** struct sockaddr_vm, or null where the headers have none; `flags` is null before Linux 5.11's svm_flags. */
    sockaddrVm: Readonly<{ size: number; family: FieldLayout; port: FieldLayout; cid: FieldLayout; flags: FieldLayout | null }> | null;
  }>;
  /**
   * open(2)s /dev/vsock read-only and close-on-exec, asks
   * ioctl(IOCTL_VM_SOCKETS_GET_LOCAL_CID) and closes it. Returns the CID
   * (0..2**32-1), or the positive errno and the call that failed (ENOSYS
   * from 'ioctl' where the headers lack the ioctl).
   */
  getLocalCid(): LocalCidResult;
}

/** The addon, loaded once at import (see loadAddon in @sock/core/family). */
export const addon: VsockBinding = loadAddon<VsockBinding>('@sock/vsock', import.meta.url);
