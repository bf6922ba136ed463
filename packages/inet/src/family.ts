/**
 * The two family plugins this package registers with @sock/core: AF_INET and
 * AF_INET6. Availability is probed once with socket(2) (an IPv6-disabled
 * kernel answers EAFNOSUPPORT).
 */
import { fromErrno, native as coreNative, SOCK_DGRAM, type AddressContext, type FamilyPlugin } from '@sock/core';
import { decodeInet, encodeInet, encodeInetAsync, type Inet4Address, type Inet6Address } from './address.js';
import { AF_INET, AF_INET6, constants } from './constants.js';

const PACKAGE = '@sock/inet';

/** Errnos of socket(2) that mean the kernel will never give this family; others (EMFILE, ...) are passing trouble. */
const REFUSALS = new Set(['EAFNOSUPPORT', 'EPROTONOSUPPORT', 'EACCES', 'EPERM', 'EINVAL']);

function prober(family: number, name: string): () => string | null {
  let reason: string | null | undefined;
  return () => {
    if (reason !== undefined) return reason;
    const fd = coreNative.socket(family, SOCK_DGRAM, 0);
    if (fd >= 0) {
      coreNative.close(fd);
      reason = null;
      return reason;
    }
    const code = fromErrno(fd, 'socket').code ?? String(-fd);
    if (!REFUSALS.has(code)) return null;
    const hint = family === AF_INET6 && code === 'EAFNOSUPPORT' ? ': IPv6 is disabled (ipv6.disable=1) or not built in' : '';
    reason = `this kernel refuses ${name} sockets (${code})${hint}`;
    return reason;
  };
}

function plugin<A>(family: number, name: string): FamilyPlugin<A> {
  const reason = prober(family, name);
  return {
    family,
    name,
    packageName: PACKAGE,
    constants,
    available: () => reason() === null,
    unavailableReason: reason,
    encode: (address: unknown, ctx: AddressContext) => encodeInet(address, family, ctx),
    encodeAsync: (address: unknown, ctx: AddressContext) => encodeInetAsync(address, family, ctx),
    decode: (bytes: Uint8Array) => decodeInet(bytes, family) as A,
  };
}

export const inet4Family: FamilyPlugin<Inet4Address> = plugin<Inet4Address>(AF_INET, 'AF_INET');
export const inet6Family: FamilyPlugin<Inet6Address> = plugin<Inet6Address>(AF_INET6, 'AF_INET6');
