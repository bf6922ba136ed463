/**
 * Interface name <-> index for the address codec. CPython asks the kernel
 * with ioctl(SIOCGIFINDEX / SIOCGIFNAME) on the socket itself, so the
 * answer comes from that socket's network namespace in one syscall. Core's
 * AddressContext does not carry the fd yet; when it does (`ctx.fd`) the same
 * ioctls are made here, and until then libc's if_nametoindex(3) /
 * if_indextoname(3) through core's addon answer for the process's namespace.
 */
import { errno, fromErrno, native, type AddressContext, type OSError } from '@sock/core';
import { packetNative } from './native.js';

const ENODEV = errno.ENODEV!;

function fdOf(ctx: AddressContext | undefined): number | undefined {
  const fd = (ctx as { fd?: unknown } | undefined)?.fd;
  return typeof fd === 'number' && Number.isInteger(fd) && fd >= 0 ? fd : undefined;
}

/** The interface's index, or the OSError the lookup gives (ENODEV for an unknown name, as CPython). */
export function indexOf(ifname: string, ctx?: AddressContext): number | OSError {
  const fd = fdOf(ctx);
  if (fd !== undefined) {
    const r = packetNative.ifNameToIndex(fd, ifname);
    return r < 0 ? fromErrno(r, 'ioctl') : r;
  }
  const index = native.ifNametoindex(ifname);
  if (index !== 0) return index;
  return fromErrno(native.out[0] || ENODEV, 'ioctl');
}

/** The interface's name, or '' for index 0 or an index no interface has (CPython's makesockaddr). */
export function nameOf(ifindex: number, ctx?: AddressContext): string {
  if (ifindex <= 0) return '';
  const fd = fdOf(ctx);
  const r = fd !== undefined ? packetNative.ifIndexToName(fd, ifindex) : native.ifIndextoname(ifindex);
  return typeof r === 'string' ? r : '';
}
