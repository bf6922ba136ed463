/**
 * @sock/core/family — what a family package needs beyond the public API:
 * the addon loader, defineFamily, constant tables, reverse maps, struct and
 * sockaddr codecs. See docs/writing-a-family.md.
 */
export type { FamilyNumber } from '../family-number.js';
export { loadAddon } from './addon.js';
export { defineFamily, probeSocket, type FamilySpec } from './define.js';
export { StructCodec, fieldFits, readField, tryReadField, writeField, type FieldLayout, type StructLayout } from './struct.js';
export { SOCKADDR_STORAGE_SIZE, allocSockaddr, boundedView, readSaFamily, writeSaFamily } from './sockaddr.js';
export {
  bindSockaddr,
  closeQuietly,
  getsockoptBytes,
  headerFamilies,
  platformLayout,
  recvmmsgRaw,
  recvmsgRaw,
  scanControl,
  setsockoptBytes,
  socketpairFds,
  strerror,
  type ControlVisitor,
  type RecvmsgRawInfo,
} from './raw.js';
export { callOnSocket, callOnSocketSync, deadlineFor, type Direction, type SocketCallOptions } from './io.js';
export { constantTable, nameOf, reverseMap, type ConstantRecord, type ConstantTable } from './constants.js';
export { ifIndexToName, ifNameToIndex } from './ifreq.js';
export { getFilter, setsockoptFprog } from './filter.js';
export { packTimeval, timevalLayout, unpackTimeval } from './timeval.js';
