/**
 * @sock/unix — AF_UNIX for @sock: stream, datagram and seqpacket sockets on
 * filesystem paths and Linux abstract names, socketpair, fd passing
 * (send_fds / recv_fds) and peer credentials. Importing it registers the
 * AF_UNIX family with @sock/core, so `new Socket(AF_UNIX, SOCK_DGRAM)` works.
 */
import { registerFamily } from '@sock/core';
import { unixFamily } from './family.js';

registerFamily(unixFamily);

export { unixFamily } from './family.js';
export { encodeUnixAddress, decodeUnixAddress, isAbstract, type UnixAddress, type UnixAddressInput } from './address.js';
export * from './constants.js';
export { socketpair } from './socketpair.js';
export { sendFds, sendFdsSync, recvFds, recvFdsSync, takeFds, type RecvFdsResult } from './fds.js';
export { rightsItem, credentialsItem, rightsOf, credentialsOf, parseAncillary, closeReceived, type UnixAncillary } from './ancillary.js';
export { encodeUcred, decodeUcred, processCredentials, UCRED_SIZE, type Ucred } from './ucred.js';
export {
  getPassCred,
  setPassCred,
  getPassPidfd,
  setPassPidfd,
  getPassSec,
  setPassSec,
  getPeerCred,
  getPeerGroups,
  getPeerPidfd,
  getPeerSec,
} from './options.js';
