/**
 * AF_PACKET constants, read from this platform's headers by the native shim:
 * the family, SOL_PACKET, the packet types of sll_pkttype (PACKET_HOST ...),
 * the SOL_PACKET options, PACKET_MR_* membership types, TP_STATUS_* bits,
 * TPACKET_* ring versions. Ethernet, ARPHRD and BPF names are in
 * constants-ether.ts and constants-bpf.ts; every name is in `constants`.
 *
 * Python's module has only AF_PACKET, PF_PACKET, the PACKET_* packet types,
 * ETH_P_ALL and four ETHERTYPE_* names; this package gives everything the
 * headers define, under the same C names. A name the headers lack is absent
 * (undefined), as in Python. SO_ATTACH_FILTER, SO_DETACH_FILTER and
 * SO_LOCK_FILTER are generic SOL_SOCKET options: they are in core's constants.
 */
import { constants, pick } from './headers.js';

export { constants, type ConstantMap } from './headers.js';

export const AF_PACKET = pick('AF_PACKET');
export const PF_PACKET = pick('PF_PACKET');
export const SOL_PACKET = pick('SOL_PACKET');

// sll_pkttype: who the frame was for.
export const PACKET_HOST = pick('PACKET_HOST');
export const PACKET_BROADCAST = pick('PACKET_BROADCAST');
export const PACKET_MULTICAST = pick('PACKET_MULTICAST');
export const PACKET_OTHERHOST = pick('PACKET_OTHERHOST');
export const PACKET_OUTGOING = pick('PACKET_OUTGOING');
export const PACKET_LOOPBACK = pick('PACKET_LOOPBACK');
export const PACKET_USER = pick('PACKET_USER');
export const PACKET_KERNEL = pick('PACKET_KERNEL');
export const PACKET_FASTROUTE = pick('PACKET_FASTROUTE');

// SOL_PACKET options, sorted by name.
export const PACKET_ADD_MEMBERSHIP = pick('PACKET_ADD_MEMBERSHIP');
export const PACKET_AUXDATA = pick('PACKET_AUXDATA');
export const PACKET_COPY_THRESH = pick('PACKET_COPY_THRESH');
export const PACKET_DROP_MEMBERSHIP = pick('PACKET_DROP_MEMBERSHIP');
export const PACKET_FANOUT = pick('PACKET_FANOUT');
export const PACKET_FANOUT_DATA = pick('PACKET_FANOUT_DATA');
export const PACKET_HDRLEN = pick('PACKET_HDRLEN');
/** Linux 4.20+ headers. */
export const PACKET_IGNORE_OUTGOING: number | undefined = constants.PACKET_IGNORE_OUTGOING;
export const PACKET_LOSS = pick('PACKET_LOSS');
export const PACKET_ORIGDEV = pick('PACKET_ORIGDEV');
export const PACKET_QDISC_BYPASS = pick('PACKET_QDISC_BYPASS');
export const PACKET_RECV_OUTPUT = pick('PACKET_RECV_OUTPUT');
export const PACKET_RESERVE = pick('PACKET_RESERVE');
export const PACKET_ROLLOVER_STATS = pick('PACKET_ROLLOVER_STATS');
export const PACKET_RX_RING = pick('PACKET_RX_RING');
export const PACKET_STATISTICS = pick('PACKET_STATISTICS');
export const PACKET_TIMESTAMP = pick('PACKET_TIMESTAMP');
export const PACKET_TX_HAS_OFF = pick('PACKET_TX_HAS_OFF');
export const PACKET_TX_RING = pick('PACKET_TX_RING');
export const PACKET_TX_TIMESTAMP = pick('PACKET_TX_TIMESTAMP');
export const PACKET_VERSION = pick('PACKET_VERSION');
export const PACKET_VNET_HDR = pick('PACKET_VNET_HDR');
/** Linux 6.2+ headers. */
export const PACKET_VNET_HDR_SZ: number | undefined = constants.PACKET_VNET_HDR_SZ;

// PACKET_FANOUT modes and flags (or-ed into the option's upper 16 bits).
export const PACKET_FANOUT_HASH = pick('PACKET_FANOUT_HASH');
export const PACKET_FANOUT_LB = pick('PACKET_FANOUT_LB');
export const PACKET_FANOUT_CPU = pick('PACKET_FANOUT_CPU');
export const PACKET_FANOUT_ROLLOVER = pick('PACKET_FANOUT_ROLLOVER');
export const PACKET_FANOUT_RND = pick('PACKET_FANOUT_RND');
export const PACKET_FANOUT_QM = pick('PACKET_FANOUT_QM');
export const PACKET_FANOUT_CBPF = pick('PACKET_FANOUT_CBPF');
export const PACKET_FANOUT_EBPF = pick('PACKET_FANOUT_EBPF');
export const PACKET_FANOUT_FLAG_ROLLOVER = pick('PACKET_FANOUT_FLAG_ROLLOVER');
export const PACKET_FANOUT_FLAG_UNIQUEID = pick('PACKET_FANOUT_FLAG_UNIQUEID');
export const PACKET_FANOUT_FLAG_DEFRAG = pick('PACKET_FANOUT_FLAG_DEFRAG');
/** Linux 6.9+ headers. */
export const PACKET_FANOUT_FLAG_IGNORE_OUTGOING: number | undefined = constants.PACKET_FANOUT_FLAG_IGNORE_OUTGOING;

// packet_mreq.mr_type
export const PACKET_MR_MULTICAST = pick('PACKET_MR_MULTICAST');
export const PACKET_MR_PROMISC = pick('PACKET_MR_PROMISC');
export const PACKET_MR_ALLMULTI = pick('PACKET_MR_ALLMULTI');
export const PACKET_MR_UNICAST = pick('PACKET_MR_UNICAST');

// tpacket_auxdata.tp_status (and ring frame status) bits.
export const TP_STATUS_KERNEL = pick('TP_STATUS_KERNEL');
export const TP_STATUS_USER = pick('TP_STATUS_USER');
export const TP_STATUS_COPY = pick('TP_STATUS_COPY');
export const TP_STATUS_LOSING = pick('TP_STATUS_LOSING');
export const TP_STATUS_CSUMNOTREADY = pick('TP_STATUS_CSUMNOTREADY');
export const TP_STATUS_VLAN_VALID = pick('TP_STATUS_VLAN_VALID');
export const TP_STATUS_BLK_TMO = pick('TP_STATUS_BLK_TMO');
export const TP_STATUS_VLAN_TPID_VALID = pick('TP_STATUS_VLAN_TPID_VALID');
export const TP_STATUS_CSUM_VALID = pick('TP_STATUS_CSUM_VALID');
export const TP_STATUS_AVAILABLE = pick('TP_STATUS_AVAILABLE');
export const TP_STATUS_SEND_REQUEST = pick('TP_STATUS_SEND_REQUEST');
export const TP_STATUS_SENDING = pick('TP_STATUS_SENDING');
export const TP_STATUS_WRONG_FORMAT = pick('TP_STATUS_WRONG_FORMAT');
export const TP_STATUS_TS_SOFTWARE = pick('TP_STATUS_TS_SOFTWARE');
export const TP_STATUS_TS_SYS_HARDWARE = pick('TP_STATUS_TS_SYS_HARDWARE');
export const TP_STATUS_TS_RAW_HARDWARE = pick('TP_STATUS_TS_RAW_HARDWARE');

// PACKET_VERSION values and the ring header sizes.
export const TPACKET_V1 = pick('TPACKET_V1');
export const TPACKET_V2 = pick('TPACKET_V2');
export const TPACKET_V3 = pick('TPACKET_V3');
export const TPACKET_ALIGNMENT = pick('TPACKET_ALIGNMENT');
export const TPACKET_HDRLEN = pick('TPACKET_HDRLEN');
export const TPACKET2_HDRLEN = pick('TPACKET2_HDRLEN');
export const TPACKET3_HDRLEN = pick('TPACKET3_HDRLEN');
/** The longest hardware address a device can have (<linux/netdevice.h>): 32. */
export const MAX_ADDR_LEN = pick('MAX_ADDR_LEN');
