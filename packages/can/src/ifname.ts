/**
 * Interface name <-> index for the address codec, as CPython does for
 * AF_CAN: ioctl(SIOCGIFINDEX / SIOCGIFNAME) on the socket's own fd (core's
 * `ifNameToIndex` / `ifIndexToName`), so the answer comes from that socket's
 * network namespace. Without a socket (the codec used on its own) libc's
 * if_nametoindex(3) / if_indextoname(3) answer for the process's namespace.
 */
import { errno, fromErrno, ifIndextoname, ifNametoindex, invalidArgValue, osError, type AddressContext } from '@sock/core';
import { ifIndexToName, ifNameToIndex } from '@sock/core/family';

const ENODEV = errno.ENODEV!;
/** IFNAMSIZ: ifr_name's size, terminating NUL included. */
const IFNAMSIZ = 16;

function fdOf(ctx: Partial<AddressContext> | undefined): number | undefined {
  const fd = ctx?.fd;
  return typeof fd === 'number' && Number.isInteger(fd) && fd >= 0 ? fd : undefined;
}

/** The bytes of an interface name as CPython's PyUnicode_FSConverter gives them (str or bytes); null for another type. */
export function ifnameBytes(ifname: unknown, name = 'ifname'): Buffer | null {
  let bytes: Buffer;
  if (typeof ifname === 'string') bytes = Buffer.from(ifname, 'utf8');
  else if (ifname instanceof Uint8Array) bytes = Buffer.from(ifname);
  else return null;
  if (bytes.includes(0)) throw invalidArgValue(name, ifname, 'must not contain null bytes (embedded null byte)');
  return bytes;
}

/**
 * The ifindex for an interface name: 0 for '' (every interface), the OSError
 * 'AF_CAN interface name too long' (errno null, as CPython) for a name of
 * IFNAMSIZ bytes or more, the ioctl's OSError (ENODEV) for an unknown one.
 */
export function ifindexOf(ifname: Buffer, ctx?: Partial<AddressContext>): number {
  if (ifname.length === 0) return 0;
  if (ifname.length >= IFNAMSIZ) throw osError('AF_CAN interface name too long');
  const text = ifname.toString('utf8');
  const fd = fdOf(ctx);
  if (fd !== undefined) return ifNameToIndex(fd, text);
  try {
    return ifNametoindex(text);
  } catch {
    throw fromErrno(ENODEV, 'ioctl');
  }
}

/** The interface's name, or '' for index 0 or an index the lookup cannot name (CPython's makesockaddr). */
export function ifnameOf(ifindex: number, ctx?: Partial<AddressContext>): string {
  if (ifindex <= 0) return '';
  const fd = fdOf(ctx);
  try {
    return fd !== undefined ? ifIndexToName(fd, ifindex) : ifIndextoname(ifindex);
  } catch {
    return '';
  }
}
