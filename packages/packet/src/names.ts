/**
 * Readable names for the numbers AF_PACKET hands back: packet types,
 * ethertypes, device types, SOL_PACKET options, fanout modes. Where several
 * names share a value the first in constants.def wins (ETH_P_IP over
 * ETHERTYPE_IP); an unknown value prints as its number.
 */
import { nameOf, reverseMap } from '@sock/core/family';
import { constants } from './constants.js';
import { groups } from './constants.generated.js';

const pkttypes = reverseMap(constants, groups.PACKET_TYPE);
const ethertypes = reverseMap(constants, [...groups.ETH_P, ...groups.ETHERTYPE].filter((name) => name !== 'ETH_P_802_3_MIN'));
const hatypes = reverseMap(constants, groups.ARPHRD);
const fanoutModes = reverseMap(constants, groups.PACKET_FANOUT);
const options = reverseMap(constants, groups.PACKET_OPTION);

/** 'PACKET_HOST' for sll_pkttype 0, 'PACKET_OUTGOING' for 4. */
export function pkttypeName(pkttype: number): string {
  return nameOf(pkttypes, pkttype);
}

/** 'ETH_P_IP' for 0x0800, 'ETH_P_802_EX1' for 0x88b5; the ETH_P_ name is preferred over ETHERTYPE_. */
export function ethertypeName(ethertype: number): string {
  return nameOf(ethertypes, ethertype);
}

/** 'ARPHRD_ETHER' for sll_hatype 1, 'ARPHRD_LOOPBACK' for 772. */
export function hatypeName(hatype: number): string {
  return nameOf(hatypes, hatype);
}

/** 'PACKET_FANOUT_HASH' for mode 0. */
export function fanoutModeName(mode: number): string {
  return nameOf(fanoutModes, mode);
}

/** 'PACKET_AUXDATA' for a SOL_PACKET option number. */
export function packetOptionName(option: number): string {
  return nameOf(options, option);
}
