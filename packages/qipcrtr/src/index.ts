/**
 * @sock/qipcrtr — AF_QIPCRTR for @sock: the Qualcomm IPC Router (the
 * kernel's `qrtr`), as Python's socket module exposes it. Importing it
 * registers AF_QIPCRTR with @sock/core, so `new Socket(AF_QIPCRTR,
 * SOCK_DGRAM)` sends datagrams to `[node, port]`; the control-packet codec
 * and the name-service helpers announce, withdraw and look up services.
 */
import { registerFamily } from '@sock/core';
import { qrtrFamily } from './family.js';

registerFamily(qrtrFamily);

export { qrtrFamily, qrtrSocketHint } from './family.js';
export { decodeQrtrAddress, encodeQrtrAddress, type QrtrAddress, type QrtrAddressInput } from './address.js';
export * from './constants.js';
export { decodeCtrlPacket, encodeCtrlPacket, isServerPacket, QRTR_CTRL_PKT_SIZE, type QrtrCtrlPacket, type QrtrCtrlPacketInput } from './ctrl.js';
export {
  announceServer,
  announceServerSync,
  lookupServices,
  lookupServicesSync,
  withdrawServer,
  withdrawServerSync,
  type LookupOptions,
  type QrtrService,
} from './ns.js';
