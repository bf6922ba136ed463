/**
 * AF_PACKET constants, named once in constants.def and read from this
 * platform's headers by the addon (src/constants.generated.ts): the family,
 * SOL_PACKET, the packet types of sll_pkttype (PACKET_HOST ...), the
 * SOL_PACKET options, fanout modes and flags, PACKET_MR_* membership types,
 * TP_STATUS_* bits, TPACKET_* ring versions, Ethernet (ETH_*, ETH_P_*,
 * ETHERTYPE_*, ETHER_*; host byte order, as in the headers), the ARPHRD_*
 * device types and classic BPF (BPF_*, SKF_*). Every name is also in
 * `constants`.
 *
 * Python's module has only AF_PACKET, PF_PACKET, the PACKET_* packet types,
 * ETH_P_ALL and four ETHERTYPE_* names; this package gives everything the
 * headers define, under the same C names. A name the headers lack is absent
 * (undefined), as in Python. SO_ATTACH_FILTER, SO_DETACH_FILTER and
 * SO_LOCK_FILTER are generic SOL_SOCKET options: they are in core's constants.
 */
import { addon } from './native.js';

export * from './constants.generated.js';

export type ConstantMap = Readonly<Record<string, number>>;

/** Every constant this package read from the headers, by name. */
export const constants: ConstantMap = Object.freeze({ ...addon.constants });
