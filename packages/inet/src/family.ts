/**
 * The two family plugins this package registers with @sock/core: AF_INET and
 * AF_INET6. Availability is probed once with socket(2) (an IPv6-disabled
 * kernel answers EAFNOSUPPORT).
 */
import { errno, SOCK_DGRAM, type AddressContext, type FamilyPlugin } from '@sock/core';
import { defineFamily } from '@sock/core/family';
import { decodeInet, encodeInet, encodeInetAsync, type Inet4Address, type Inet6Address } from './address.js';
import { AF_INET, AF_INET6, constants } from './constants.js';

const IPV6_OFF = 'IPv6 is disabled (ipv6.disable=1) or not built in';

function plugin<A>(family: number, name: string): FamilyPlugin<A> {
  return defineFamily<A>({
    family,
    name,
    packageName: '@sock/inet',
    constants,
    probe: { type: SOCK_DGRAM },
    socketErrorHint: (err) => (family === AF_INET6 && err === errno.EAFNOSUPPORT ? IPV6_OFF : null),
    encode: (address: unknown, ctx: AddressContext) => encodeInet(address, family, ctx),
    encodeAsync: (address: unknown, ctx: AddressContext) => encodeInetAsync(address, family, ctx),
    decode: (bytes: Uint8Array) => decodeInet(bytes, family) as A,
  });
}

export const inet4Family: FamilyPlugin<Inet4Address> = plugin<Inet4Address>(AF_INET, 'AF_INET');
export const inet6Family: FamilyPlugin<Inet6Address> = plugin<Inet6Address>(AF_INET6, 'AF_INET6');
