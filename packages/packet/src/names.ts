/**
 * Readable names for the numbers AF_PACKET hands back: packet types,
 * ethertypes, device types, SOL_PACKET options, fanout modes. Where several
 * names share a value the preferred one wins (ETH_P_IP over ETHERTYPE_IP);
 * an unknown value prints as its number.
 */
import { constants } from './constants.js';

function reverse(prefixes: readonly string[], exclude: RegExp | null = null): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  for (const prefix of prefixes) {
    for (const [name, value] of Object.entries(constants)) {
      if (name.startsWith(prefix) && !(exclude?.test(name) ?? false) && !out.has(value)) out.set(value, name);
    }
  }
  return out;
}

const pkttypes = reverse(['PACKET_HOST', 'PACKET_BROADCAST', 'PACKET_MULTICAST', 'PACKET_OTHERHOST', 'PACKET_OUTGOING', 'PACKET_LOOPBACK', 'PACKET_USER', 'PACKET_KERNEL', 'PACKET_FASTROUTE']);
const ethertypes = reverse(['ETH_P_', 'ETHERTYPE_'], /^ETH_P_802_3_MIN$/);
const hatypes = reverse(['ARPHRD_']);
const fanoutModes = reverse(['PACKET_FANOUT_HASH', 'PACKET_FANOUT_LB', 'PACKET_FANOUT_CPU', 'PACKET_FANOUT_ROLLOVER', 'PACKET_FANOUT_RND', 'PACKET_FANOUT_QM', 'PACKET_FANOUT_CBPF', 'PACKET_FANOUT_EBPF']);
const options = reverse(['PACKET_'], /^PACKET_(HOST|BROADCAST|MULTICAST|OTHERHOST|OUTGOING|LOOPBACK|USER|KERNEL|FASTROUTE|MR_.*|FANOUT_(HASH|LB|CPU|ROLLOVER|RND|QM|CBPF|EBPF|FLAG_.*))$/);

const nameOr = (map: ReadonlyMap<number, string>, value: number): string => map.get(value) ?? String(value);

/** 'PACKET_HOST' for sll_pkttype 0, 'PACKET_OUTGOING' for 4. */
export function pkttypeName(pkttype: number): string {
  return nameOr(pkttypes, pkttype);
}

/** 'ETH_P_IP' for 0x0800, 'ETH_P_802_EX1' for 0x88b5; the ETH_P_ name is preferred over ETHERTYPE_. */
export function ethertypeName(ethertype: number): string {
  return nameOr(ethertypes, ethertype);
}

/** 'ARPHRD_ETHER' for sll_hatype 1, 'ARPHRD_LOOPBACK' for 772. */
export function hatypeName(hatype: number): string {
  return nameOr(hatypes, hatype);
}

/** 'PACKET_FANOUT_HASH' for mode 0. */
export function fanoutModeName(mode: number): string {
  return nameOr(fanoutModes, mode);
}

/** 'PACKET_AUXDATA' for a SOL_PACKET option number. */
export function packetOptionName(option: number): string {
  return nameOr(options, option);
}
