/**
 * NETLINK_ROUTE conveniences on top of the codecs: RTM_NEWLINK and
 * RTM_NEWADDR messages decoded into plain objects, and the two dumps people
 * ask for first (interfaces and their addresses), async and Sync.
 */
import { AF_UNSPEC, validateObject, type Socket } from '@sock/core';
import { validateSocket } from '@sock/core';
import { attrMap, decodeNested, type Attribute } from './attributes.js';
import { readString, readU32, readU8 } from './attr-values.js';
import {
  IFA_ADDRESS,
  IFA_BROADCAST,
  IFA_FLAGS,
  IFA_LABEL,
  IFA_LOCAL,
  IFLA_ADDRESS,
  IFLA_IFNAME,
  IFLA_INFO_KIND,
  IFLA_LINKINFO,
  IFLA_MTU,
  IFLA_OPERSTATE,
  RTM_GETADDR,
  RTM_GETLINK,
  RTM_NEWADDR,
  RTM_NEWLINK,
} from './constants/index.js';
import { formatHardwareAddress, formatIpAddress } from './format.js';
import type { NetlinkMessage } from './message.js';
import { request, requestSync, type RequestOptions } from './request.js';
import { decodeIfaddrmsg, decodeIfinfomsg, encodeIfaddrmsg, encodeIfinfomsg, IFADDRMSG_SIZE, IFINFOMSG_SIZE, splitPayload } from './structs.js';

/** An interface as RTM_NEWLINK (or RTM_DELLINK) describes it. */
export interface LinkInfo {
  index: number;
  /** IFLA_IFNAME ('' if absent). */
  name: string;
  /** ifi_type: the hardware type (ARPHRD_*). */
  type: number;
  /** ifi_flags: IFF_* flags (flagNames('IFF', flags) names them). */
  flags: number;
  mtu: number | null;
  /** IFLA_ADDRESS as 'aa:bb:cc:dd:ee:ff', or null. */
  address: string | null;
  /** IFLA_OPERSTATE (IF_OPER_*), or null. */
  operstate: number | null;
  /** IFLA_LINKINFO's IFLA_INFO_KIND ('veth', 'dummy', 'bridge', ...), or null for hardware. */
  kind: string | null;
  /** Every attribute, for what the fields above leave out. */
  attrs: Attribute[];
}

/** An interface address as RTM_NEWADDR (or RTM_DELADDR) describes it. */
export interface AddressInfo {
  family: number;
  prefixlen: number;
  /** IFA_FLAGS when present (all 32 bits), else ifa_flags. */
  flags: number;
  scope: number;
  index: number;
  /** IFA_ADDRESS: the address (the peer's on a point-to-point link), as text. */
  address: string | null;
  /** IFA_LOCAL: the local address, as text. */
  local: string | null;
  broadcast: string | null;
  label: string | null;
  attrs: Attribute[];
}

function kindOf(linkinfo: Attribute | undefined): string | null {
  if (!linkinfo) return null;
  const kind = attrMap(decodeNested(linkinfo)).get(IFLA_INFO_KIND);
  return kind ? readString(kind) : null;
}

/** Decodes an RTM_NEWLINK/RTM_DELLINK message. Throws ERR_NETLINK_MALFORMED on malformed bytes. */
export function linkInfo(message: NetlinkMessage): LinkInfo {
  validateObject(message, 'message', 'a decoded netlink message');
  const { header, attrs } = splitPayload(message.payload, IFINFOMSG_SIZE);
  const ifi = decodeIfinfomsg(header);
  const m = attrMap(attrs);
  const get = <T>(type: number, read: (a: Attribute) => T): T | null => {
    const a = m.get(type);
    return a ? read(a) : null;
  };
  return {
    index: ifi.index,
    name: get(IFLA_IFNAME, readString) ?? '',
    type: ifi.type,
    flags: ifi.flags,
    mtu: get(IFLA_MTU, readU32),
    address: get(IFLA_ADDRESS, (a) => formatHardwareAddress(a.data)),
    operstate: get(IFLA_OPERSTATE, readU8),
    kind: kindOf(m.get(IFLA_LINKINFO)),
    attrs,
  };
}

/** Decodes an RTM_NEWADDR/RTM_DELADDR message. Throws ERR_NETLINK_MALFORMED on malformed bytes. */
export function addressInfo(message: NetlinkMessage): AddressInfo {
  validateObject(message, 'message', 'a decoded netlink message');
  const { header, attrs } = splitPayload(message.payload, IFADDRMSG_SIZE);
  const ifa = decodeIfaddrmsg(header);
  const m = attrMap(attrs);
  const ip = (type: number): string | null => {
    const a = m.get(type);
    return a ? formatIpAddress(a.data) : null;
  };
  const flags = m.get(IFA_FLAGS);
  const label = m.get(IFA_LABEL);
  return {
    family: ifa.family,
    prefixlen: ifa.prefixlen,
    flags: flags ? readU32(flags) : ifa.flags,
    scope: ifa.scope,
    index: ifa.index,
    address: ip(IFA_ADDRESS),
    local: ip(IFA_LOCAL),
    broadcast: ip(IFA_BROADCAST),
    label: label ? readString(label) : null,
    attrs,
  };
}

const linkDump = () => ({ type: RTM_GETLINK, dump: true, payload: encodeIfinfomsg({ family: AF_UNSPEC }) });
const addrDump = (family: number) => ({ type: RTM_GETADDR, dump: true, payload: encodeIfaddrmsg({ family }) });
const links = (msgs: NetlinkMessage[]): LinkInfo[] => msgs.filter((m) => m.type === RTM_NEWLINK).map(linkInfo);
const addrs = (msgs: NetlinkMessage[]): AddressInfo[] => msgs.filter((m) => m.type === RTM_NEWADDR).map(addressInfo);

/** Every interface, by an RTM_GETLINK dump on a NETLINK_ROUTE socket. */
export async function dumpLinks(sock: Socket, options?: RequestOptions): Promise<LinkInfo[]> {
  validateSocket(sock);
  return links(await request(sock, linkDump(), options));
}

export function dumpLinksSync(sock: Socket, options?: RequestOptions): LinkInfo[] {
  validateSocket(sock);
  return links(requestSync(sock, linkDump(), options));
}

/** Every interface address of `family` (default AF_UNSPEC: all), by an RTM_GETADDR dump. */
export async function dumpAddresses(sock: Socket, family: number = AF_UNSPEC, options?: RequestOptions): Promise<AddressInfo[]> {
  validateSocket(sock);
  return addrs(await request(sock, addrDump(family), options));
}

export function dumpAddressesSync(sock: Socket, family: number = AF_UNSPEC, options?: RequestOptions): AddressInfo[] {
  validateSocket(sock);
  return addrs(requestSync(sock, addrDump(family), options));
}
