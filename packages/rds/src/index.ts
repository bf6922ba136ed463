/**
 * @sock/rds — AF_RDS for @sock: Reliable Datagram Sockets, as Python's
 * socket module exposes them. Importing it registers AF_RDS with
 * @sock/core, so `new Socket(AF_RDS, SOCK_SEQPACKET)` binds to
 * `[host, port]` and sends datagrams with sendto/sendmsg; cancelSentTo,
 * the congestion-monitor mask and the SOL_RDS control-message decoders
 * cover what plain integer options do not.
 */
import { registerFamily } from '@sock/core';
import { rdsFamily } from './family.js';

registerFamily(rdsFamily);

export { rdsFamily, rdsSocketHint } from './family.js';
export { decodeRdsAddress, encodeRdsAddress, type Rds4Address, type Rds6Address, type RdsAddress, type RdsAddressInput } from './address.js';
export * from './constants.js';
export {
  cancelSentTo,
  congMaskHasPort,
  congMonitorMask,
  decodeCongUpdate,
  decodeRdmaNotify,
  decodeRxTrace,
  decodeZcopyCookies,
  rdsControlMessages,
  type RdmaNotify,
  type RdsControl,
  type RxTrace,
} from './rds.js';
