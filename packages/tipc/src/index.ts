/**
 * @sock/tipc — AF_TIPC for @sock: TIPC sockets as Python's socket module
 * exposes them. Importing it registers AF_TIPC with @sock/core, so
 * `new Socket(AF_TIPC, SOCK_RDM)` binds to `[TIPC_ADDR_NAMESEQ, type, lower, upper]`,
 * sends to `[TIPC_ADDR_NAME, type, instance, 0]` and reads
 * `[TIPC_ADDR_ID, node, ref, 0, scope]` back, with every method of Python's
 * socket object.
 */
import { registerFamily } from '@sock/core';
import { AF_TIPC } from './constants.js';
import { tipcFamily } from './family.js';

if (AF_TIPC !== undefined) registerFamily(tipcFamily);

export { tipcFamily, tipcSocketHint } from './family.js';
export { decodeTipcAddress, encodeTipcAddress, type TipcAddress, type TipcAddressInput } from './address.js';
export * from './constants.js';
export {
  packTipcSubscr,
  unpackTipcSubscr,
  unpackTipcEvent,
  topologyEvents,
  topologyServerAddress,
  TipcTopology,
  TIPC_EVENT_SIZE,
  TIPC_SUBSCR_SIZE,
  type TipcEvent,
  type TipcSubscription,
  type TipcSubscriptionFields,
} from './topology.js';
export { decodeTipcAncillary, recvTipcMessage, recvTipcMessageSync, tipcAncillarySpace, type TipcAncillary, type TipcMessage } from './ancillary.js';
export {
  packTipcGroupReq,
  unpackTipcGroupReq,
  tipcGroupJoin,
  tipcGroupLeave,
  tipcMemberEvent,
  tipcMulticastMode,
  type TipcGroupRequest,
} from './options/sol-tipc.js';
