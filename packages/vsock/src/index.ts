/**
 * @sock/vsock — AF_VSOCK for @sock: sockets between a virtual machine (or an
 * enclave) and its host, addressed by `[cid, port]`. Importing it registers
 * the AF_VSOCK family with @sock/core, so `new Socket(AF_VSOCK, SOCK_STREAM)`
 * works with every method of Python's socket object, including makefile()
 * streams that node:tls, HTTP and gRPC run over.
 */
import { registerFamily } from '@sock/core';
import { vsockFamily } from './family.js';

registerFamily(vsockFamily);

export { vsockFamily } from './family.js';
export { encodeVsockAddress, decodeVsockAddress, type VsockAddress, type VsockAddressInput } from './address.js';
export * from './constants.js';
export { getLocalCid } from './cid.js';
export { getConnectTimeout, setConnectTimeout, packConnectTimeout } from './options.js';
