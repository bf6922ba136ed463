/**
 * Interface name <-> index for the address codec. CPython asks the kernel
 * with ioctl(SIOCGIFINDEX / SIOCGIFNAME) on the socket itself, so the answer
 * comes from that socket's network namespace in one syscall: core makes
 * those ioctls on `ctx.fd`. Without a socket (a codec called on its own),
 * libc's if_nametoindex(3) / if_indextoname(3) answer for the process's
 * namespace.
 */
import { errno, fromErrno, ifIndextoname, ifNametoindex, OSError, type AddressContext } from '@sock/core';
import { ifIndexToName, ifNameToIndex } from '@sock/core/family';

const ENODEV = errno.ENODEV!;

function fdOf(ctx: AddressContext | undefined): number | undefined {
  const fd = ctx?.fd;
  return typeof fd === 'number' && Number.isInteger(fd) && fd >= 0 ? fd : undefined;
}

/** The interface's index, or the OSError the lookup gives (ENODEV for an unknown name, as CPython). */
export function indexOf(ifname: string, ctx?: AddressContext): number | OSError {
  const fd = fdOf(ctx);
  try {
    return fd !== undefined ? ifNameToIndex(fd, ifname) : ifNametoindex(ifname);
  } catch (err) {
    if (!(err instanceof OSError)) throw err;
    return err.errno === null ? fromErrno(ENODEV, 'ioctl') : err;
  }
}

/** The interface's name, or '' for index 0 or an index no interface has (CPython's makesockaddr). */
export function nameOf(ifindex: number, ctx?: AddressContext): string {
  if (ifindex <= 0) return '';
  const fd = fdOf(ctx);
  try {
    return fd !== undefined ? ifIndexToName(fd, ifindex) : ifIndextoname(ifindex);
  } catch (err) {
    if (err instanceof OSError) return '';
    throw err;
  }
}
