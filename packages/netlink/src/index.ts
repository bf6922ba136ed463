/**
 * @sock/netlink — AF_NETLINK for @sock: netlink sockets with Python's socket
 * API (addresses `[pid, groups]`), every netlink constant from the headers,
 * and the typed layer people expect beyond Python's module: nlmsghdr and
 * attribute codecs, the family headers of NETLINK_ROUTE, and a request/dump
 * helper that turns NLMSG_ERROR into core's OSError. Importing it registers
 * the AF_NETLINK family with @sock/core (where the platform has netlink).
 */
import { registerFamily } from '@sock/core';
import { netlinkFamily } from './family.js';

registerFamily(netlinkFamily);

export { netlinkFamily } from './family.js';
export { encodeNetlinkAddress, decodeNetlinkAddress, type NetlinkAddress, type NetlinkAddressInput } from './address.js';
export * from './constants/index.js';
export { isMalformed, type MalformedError } from './errors.js';
export {
  NLMSGHDR_SIZE,
  encodeNlmsghdr,
  decodeNlmsghdr,
  encodeMessage,
  encodeMessages,
  decodeMessages,
  type NlmsgHeader,
  type NetlinkMessage,
  type NetlinkMessageInput,
} from './message.js';
export { ATTR_DATA_MAX, encodeAttrs, decodeAttrs, decodeNested, attrMap, type Attribute, type AttributeInput } from './attributes.js';
export { attr, readU8, readU16, readBe16, readU32, readBe32, readS32, readU64, readString } from './attr-values.js';
export {
  IFINFOMSG_SIZE,
  IFADDRMSG_SIZE,
  encodeIfinfomsg,
  decodeIfinfomsg,
  encodeIfaddrmsg,
  decodeIfaddrmsg,
  encodeRtgenmsg,
  splitPayload,
  type Ifinfomsg,
  type Ifaddrmsg,
} from './structs.js';
export { decodeError, decodeDone, statusError, statusOf, type ExtAck, type NetlinkStatus, type NetlinkOSError } from './extack.js';
export { request, requestSync, type NetlinkRequest, type RequestOptions } from './request.js';
export { receive, receiveSync, type ReceiveOptions } from './receive.js';
export { netlinkSocket, addMembership, dropMembership, listMemberships, pktinfoGroup, type NetlinkSocketOptions } from './socket.js';
export { linkInfo, addressInfo, dumpLinks, dumpLinksSync, dumpAddresses, dumpAddressesSync, type LinkInfo, type AddressInfo } from './route.js';
export { formatIpAddress, formatHardwareAddress } from './format.js';
