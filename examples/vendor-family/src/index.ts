/**
 * @example/sock-xdp — AF_XDP for @sock, written as a vendor would: a package
 * outside @sock built only on @sock/core's public entries (`@sock/core`,
 * `@sock/core/family`, `@sock/core/testing`). Importing it registers AF_XDP,
 * so `new Socket(AF_XDP, SOCK_RAW)` works with every method of Python's
 * socket object, and its addresses are typed.
 */
import { registerFamily } from '@sock/core';
import type { XdpAddress, XdpAddressInput } from './address.js';
import { AF_XDP } from './constants.js';
import { xdpFamily } from './family.js';

if (AF_XDP !== undefined) registerFamily(xdpFamily);

declare module '@sock/core' {
  interface AddressTypes {
    AF_XDP: { address: XdpAddress; input: XdpAddressInput };
  }
}

export { xdpFamily, xdpSocketHint } from './family.js';
export { decodeXdpAddress, encodeXdpAddress, type XdpAddress, type XdpAddressInput } from './address.js';
export { getOptions, getStatistics, type XdpOptions, type XdpStatistics } from './options/xdp.js';
export * from './constants.js';
