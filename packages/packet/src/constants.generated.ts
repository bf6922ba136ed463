// generated from constants.def by sock-gen-constants — do not edit
import { constantTable } from '@sock/core/family';
import type { FamilyNumber } from '@sock/core/family';
import { addon } from './native.js';

const c = constantTable(addon.constants);

export const AF_PACKET: FamilyNumber<'AF_PACKET'> = c.family<'AF_PACKET'>('AF_PACKET');
export const PF_PACKET: FamilyNumber<'AF_PACKET'> = c.family<'AF_PACKET'>('PF_PACKET');
export const SOL_PACKET: number = c.linux('SOL_PACKET');
export const PACKET_HOST: number = c.linux('PACKET_HOST');
export const PACKET_BROADCAST: number = c.linux('PACKET_BROADCAST');
export const PACKET_MULTICAST: number = c.linux('PACKET_MULTICAST');
export const PACKET_OTHERHOST: number = c.linux('PACKET_OTHERHOST');
export const PACKET_OUTGOING: number = c.linux('PACKET_OUTGOING');
export const PACKET_LOOPBACK: number = c.linux('PACKET_LOOPBACK');
export const PACKET_USER: number = c.linux('PACKET_USER');
export const PACKET_KERNEL: number = c.linux('PACKET_KERNEL');
export const PACKET_FASTROUTE: number = c.linux('PACKET_FASTROUTE');
export const PACKET_ADD_MEMBERSHIP: number = c.linux('PACKET_ADD_MEMBERSHIP');
export const PACKET_DROP_MEMBERSHIP: number = c.linux('PACKET_DROP_MEMBERSHIP');
export const PACKET_RECV_OUTPUT: number = c.linux('PACKET_RECV_OUTPUT');
export const PACKET_RX_RING: number = c.linux('PACKET_RX_RING');
export const PACKET_STATISTICS: number = c.linux('PACKET_STATISTICS');
export const PACKET_COPY_THRESH: number = c.linux('PACKET_COPY_THRESH');
export const PACKET_AUXDATA: number = c.linux('PACKET_AUXDATA');
export const PACKET_ORIGDEV: number = c.linux('PACKET_ORIGDEV');
export const PACKET_VERSION: number = c.linux('PACKET_VERSION');
export const PACKET_HDRLEN: number = c.linux('PACKET_HDRLEN');
export const PACKET_RESERVE: number = c.linux('PACKET_RESERVE');
export const PACKET_TX_RING: number = c.linux('PACKET_TX_RING');
export const PACKET_LOSS: number = c.linux('PACKET_LOSS');
export const PACKET_VNET_HDR: number = c.linux('PACKET_VNET_HDR');
export const PACKET_TX_TIMESTAMP: number = c.linux('PACKET_TX_TIMESTAMP');
export const PACKET_TIMESTAMP: number = c.linux('PACKET_TIMESTAMP');
export const PACKET_FANOUT: number = c.linux('PACKET_FANOUT');
export const PACKET_TX_HAS_OFF: number = c.linux('PACKET_TX_HAS_OFF');
export const PACKET_QDISC_BYPASS: number = c.linux('PACKET_QDISC_BYPASS');
export const PACKET_ROLLOVER_STATS: number = c.linux('PACKET_ROLLOVER_STATS');
export const PACKET_FANOUT_DATA: number = c.linux('PACKET_FANOUT_DATA');
export const PACKET_IGNORE_OUTGOING: number | undefined = c.optional('PACKET_IGNORE_OUTGOING');
export const PACKET_VNET_HDR_SZ: number | undefined = c.optional('PACKET_VNET_HDR_SZ');
export const PACKET_FANOUT_HASH: number = c.linux('PACKET_FANOUT_HASH');
export const PACKET_FANOUT_LB: number = c.linux('PACKET_FANOUT_LB');
export const PACKET_FANOUT_CPU: number = c.linux('PACKET_FANOUT_CPU');
export const PACKET_FANOUT_ROLLOVER: number = c.linux('PACKET_FANOUT_ROLLOVER');
export const PACKET_FANOUT_RND: number = c.linux('PACKET_FANOUT_RND');
export const PACKET_FANOUT_QM: number = c.linux('PACKET_FANOUT_QM');
export const PACKET_FANOUT_CBPF: number = c.linux('PACKET_FANOUT_CBPF');
export const PACKET_FANOUT_EBPF: number = c.linux('PACKET_FANOUT_EBPF');
export const PACKET_FANOUT_FLAG_ROLLOVER: number = c.linux('PACKET_FANOUT_FLAG_ROLLOVER');
export const PACKET_FANOUT_FLAG_UNIQUEID: number = c.linux('PACKET_FANOUT_FLAG_UNIQUEID');
export const PACKET_FANOUT_FLAG_DEFRAG: number = c.linux('PACKET_FANOUT_FLAG_DEFRAG');
export const PACKET_FANOUT_FLAG_IGNORE_OUTGOING: number | undefined = c.optional('PACKET_FANOUT_FLAG_IGNORE_OUTGOING');
export const PACKET_MR_MULTICAST: number = c.linux('PACKET_MR_MULTICAST');
export const PACKET_MR_PROMISC: number = c.linux('PACKET_MR_PROMISC');
export const PACKET_MR_ALLMULTI: number = c.linux('PACKET_MR_ALLMULTI');
export const PACKET_MR_UNICAST: number = c.linux('PACKET_MR_UNICAST');
export const TP_STATUS_KERNEL: number = c.linux('TP_STATUS_KERNEL');
export const TP_STATUS_USER: number = c.linux('TP_STATUS_USER');
export const TP_STATUS_COPY: number = c.linux('TP_STATUS_COPY');
export const TP_STATUS_LOSING: number = c.linux('TP_STATUS_LOSING');
export const TP_STATUS_CSUMNOTREADY: number = c.linux('TP_STATUS_CSUMNOTREADY');
export const TP_STATUS_VLAN_VALID: number = c.linux('TP_STATUS_VLAN_VALID');
export const TP_STATUS_BLK_TMO: number = c.linux('TP_STATUS_BLK_TMO');
export const TP_STATUS_VLAN_TPID_VALID: number = c.linux('TP_STATUS_VLAN_TPID_VALID');
export const TP_STATUS_CSUM_VALID: number = c.linux('TP_STATUS_CSUM_VALID');
export const TP_STATUS_AVAILABLE: number = c.linux('TP_STATUS_AVAILABLE');
export const TP_STATUS_SEND_REQUEST: number = c.linux('TP_STATUS_SEND_REQUEST');
export const TP_STATUS_SENDING: number = c.linux('TP_STATUS_SENDING');
export const TP_STATUS_WRONG_FORMAT: number = c.linux('TP_STATUS_WRONG_FORMAT');
export const TP_STATUS_TS_SOFTWARE: number = c.linux('TP_STATUS_TS_SOFTWARE');
export const TP_STATUS_TS_SYS_HARDWARE: number = c.linux('TP_STATUS_TS_SYS_HARDWARE');
export const TP_STATUS_TS_RAW_HARDWARE: number = c.linux('TP_STATUS_TS_RAW_HARDWARE');
export const TP_FT_REQ_FILL_RXHASH: number = c.linux('TP_FT_REQ_FILL_RXHASH');
export const TPACKET_ALIGNMENT: number = c.linux('TPACKET_ALIGNMENT');
export const TPACKET_HDRLEN: number = c.linux('TPACKET_HDRLEN');
export const TPACKET2_HDRLEN: number = c.linux('TPACKET2_HDRLEN');
export const TPACKET3_HDRLEN: number = c.linux('TPACKET3_HDRLEN');
export const TPACKET_V1: number = c.linux('TPACKET_V1');
export const TPACKET_V2: number = c.linux('TPACKET_V2');
export const TPACKET_V3: number = c.linux('TPACKET_V3');
export const MAX_ADDR_LEN: number = c.linux('MAX_ADDR_LEN');
export const ETH_ALEN: number = c.linux('ETH_ALEN');
export const ETH_TLEN: number = c.linux('ETH_TLEN');
export const ETH_HLEN: number = c.linux('ETH_HLEN');
export const ETH_ZLEN: number = c.linux('ETH_ZLEN');
export const ETH_DATA_LEN: number = c.linux('ETH_DATA_LEN');
export const ETH_FRAME_LEN: number = c.linux('ETH_FRAME_LEN');
export const ETH_FCS_LEN: number = c.linux('ETH_FCS_LEN');
export const ETH_MIN_MTU: number = c.linux('ETH_MIN_MTU');
export const ETH_MAX_MTU: number = c.linux('ETH_MAX_MTU');
export const ETH_P_LOOP: number = c.linux('ETH_P_LOOP');
export const ETH_P_PUP: number = c.linux('ETH_P_PUP');
export const ETH_P_PUPAT: number = c.linux('ETH_P_PUPAT');
export const ETH_P_TSN: number = c.linux('ETH_P_TSN');
export const ETH_P_ERSPAN2: number = c.linux('ETH_P_ERSPAN2');
export const ETH_P_IP: number = c.linux('ETH_P_IP');
export const ETH_P_X25: number = c.linux('ETH_P_X25');
export const ETH_P_ARP: number = c.linux('ETH_P_ARP');
export const ETH_P_BPQ: number = c.linux('ETH_P_BPQ');
export const ETH_P_IEEEPUP: number = c.linux('ETH_P_IEEEPUP');
export const ETH_P_IEEEPUPAT: number = c.linux('ETH_P_IEEEPUPAT');
export const ETH_P_BATMAN: number = c.linux('ETH_P_BATMAN');
export const ETH_P_DEC: number = c.linux('ETH_P_DEC');
export const ETH_P_DNA_DL: number = c.linux('ETH_P_DNA_DL');
export const ETH_P_DNA_RC: number = c.linux('ETH_P_DNA_RC');
export const ETH_P_DNA_RT: number = c.linux('ETH_P_DNA_RT');
export const ETH_P_LAT: number = c.linux('ETH_P_LAT');
export const ETH_P_DIAG: number = c.linux('ETH_P_DIAG');
export const ETH_P_CUST: number = c.linux('ETH_P_CUST');
export const ETH_P_SCA: number = c.linux('ETH_P_SCA');
export const ETH_P_TEB: number = c.linux('ETH_P_TEB');
export const ETH_P_RARP: number = c.linux('ETH_P_RARP');
export const ETH_P_ATALK: number = c.linux('ETH_P_ATALK');
export const ETH_P_AARP: number = c.linux('ETH_P_AARP');
export const ETH_P_8021Q: number = c.linux('ETH_P_8021Q');
export const ETH_P_ERSPAN: number = c.linux('ETH_P_ERSPAN');
export const ETH_P_IPX: number = c.linux('ETH_P_IPX');
export const ETH_P_IPV6: number = c.linux('ETH_P_IPV6');
export const ETH_P_PAUSE: number = c.linux('ETH_P_PAUSE');
export const ETH_P_SLOW: number = c.linux('ETH_P_SLOW');
export const ETH_P_WCCP: number = c.linux('ETH_P_WCCP');
export const ETH_P_MPLS_UC: number = c.linux('ETH_P_MPLS_UC');
export const ETH_P_MPLS_MC: number = c.linux('ETH_P_MPLS_MC');
export const ETH_P_ATMMPOA: number = c.linux('ETH_P_ATMMPOA');
export const ETH_P_PPP_DISC: number = c.linux('ETH_P_PPP_DISC');
export const ETH_P_PPP_SES: number = c.linux('ETH_P_PPP_SES');
export const ETH_P_LINK_CTL: number = c.linux('ETH_P_LINK_CTL');
export const ETH_P_ATMFATE: number = c.linux('ETH_P_ATMFATE');
export const ETH_P_PAE: number = c.linux('ETH_P_PAE');
export const ETH_P_PROFINET: number | undefined = c.optional('ETH_P_PROFINET');
export const ETH_P_REALTEK: number | undefined = c.optional('ETH_P_REALTEK');
export const ETH_P_AOE: number = c.linux('ETH_P_AOE');
export const ETH_P_ETHERCAT: number | undefined = c.optional('ETH_P_ETHERCAT');
export const ETH_P_8021AD: number = c.linux('ETH_P_8021AD');
export const ETH_P_802_EX1: number = c.linux('ETH_P_802_EX1');
export const ETH_P_PREAUTH: number = c.linux('ETH_P_PREAUTH');
export const ETH_P_TIPC: number = c.linux('ETH_P_TIPC');
export const ETH_P_LLDP: number = c.linux('ETH_P_LLDP');
export const ETH_P_MRP: number | undefined = c.optional('ETH_P_MRP');
export const ETH_P_MACSEC: number = c.linux('ETH_P_MACSEC');
export const ETH_P_8021AH: number = c.linux('ETH_P_8021AH');
export const ETH_P_MVRP: number = c.linux('ETH_P_MVRP');
export const ETH_P_1588: number = c.linux('ETH_P_1588');
export const ETH_P_NCSI: number = c.linux('ETH_P_NCSI');
export const ETH_P_PRP: number | undefined = c.optional('ETH_P_PRP');
export const ETH_P_CFM: number | undefined = c.optional('ETH_P_CFM');
export const ETH_P_FCOE: number = c.linux('ETH_P_FCOE');
export const ETH_P_IBOE: number = c.linux('ETH_P_IBOE');
export const ETH_P_TDLS: number = c.linux('ETH_P_TDLS');
export const ETH_P_FIP: number = c.linux('ETH_P_FIP');
export const ETH_P_80221: number = c.linux('ETH_P_80221');
export const ETH_P_HSR: number = c.linux('ETH_P_HSR');
export const ETH_P_NSH: number = c.linux('ETH_P_NSH');
export const ETH_P_LOOPBACK: number | undefined = c.optional('ETH_P_LOOPBACK');
export const ETH_P_QINQ1: number = c.linux('ETH_P_QINQ1');
export const ETH_P_QINQ2: number = c.linux('ETH_P_QINQ2');
export const ETH_P_QINQ3: number = c.linux('ETH_P_QINQ3');
export const ETH_P_EDSA: number = c.linux('ETH_P_EDSA');
export const ETH_P_DSA_8021Q: number | undefined = c.optional('ETH_P_DSA_8021Q');
export const ETH_P_DSA_A5PSW: number | undefined = c.optional('ETH_P_DSA_A5PSW');
export const ETH_P_IFE: number = c.linux('ETH_P_IFE');
export const ETH_P_AF_IUCV: number = c.linux('ETH_P_AF_IUCV');
export const ETH_P_802_3_MIN: number = c.linux('ETH_P_802_3_MIN');
export const ETH_P_802_3: number = c.linux('ETH_P_802_3');
export const ETH_P_AX25: number = c.linux('ETH_P_AX25');
export const ETH_P_ALL: number = c.linux('ETH_P_ALL');
export const ETH_P_802_2: number = c.linux('ETH_P_802_2');
export const ETH_P_SNAP: number = c.linux('ETH_P_SNAP');
export const ETH_P_DDCMP: number = c.linux('ETH_P_DDCMP');
export const ETH_P_WAN_PPP: number = c.linux('ETH_P_WAN_PPP');
export const ETH_P_PPP_MP: number = c.linux('ETH_P_PPP_MP');
export const ETH_P_LOCALTALK: number = c.linux('ETH_P_LOCALTALK');
export const ETH_P_CAN: number = c.linux('ETH_P_CAN');
export const ETH_P_CANFD: number = c.linux('ETH_P_CANFD');
export const ETH_P_CANXL: number | undefined = c.optional('ETH_P_CANXL');
export const ETH_P_PPPTALK: number = c.linux('ETH_P_PPPTALK');
export const ETH_P_TR_802_2: number = c.linux('ETH_P_TR_802_2');
export const ETH_P_MOBITEX: number = c.linux('ETH_P_MOBITEX');
export const ETH_P_CONTROL: number = c.linux('ETH_P_CONTROL');
export const ETH_P_IRDA: number = c.linux('ETH_P_IRDA');
export const ETH_P_ECONET: number = c.linux('ETH_P_ECONET');
export const ETH_P_HDLC: number = c.linux('ETH_P_HDLC');
export const ETH_P_ARCNET: number = c.linux('ETH_P_ARCNET');
export const ETH_P_DSA: number = c.linux('ETH_P_DSA');
export const ETH_P_TRAILER: number = c.linux('ETH_P_TRAILER');
export const ETH_P_PHONET: number = c.linux('ETH_P_PHONET');
export const ETH_P_IEEE802154: number = c.linux('ETH_P_IEEE802154');
export const ETH_P_CAIF: number = c.linux('ETH_P_CAIF');
export const ETH_P_XDSA: number = c.linux('ETH_P_XDSA');
export const ETH_P_MAP: number = c.linux('ETH_P_MAP');
export const ETH_P_MCTP: number | undefined = c.optional('ETH_P_MCTP');
export const ETHERTYPE_PUP: number = c.linux('ETHERTYPE_PUP');
export const ETHERTYPE_SPRITE: number = c.linux('ETHERTYPE_SPRITE');
export const ETHERTYPE_IP: number = c.linux('ETHERTYPE_IP');
export const ETHERTYPE_ARP: number = c.linux('ETHERTYPE_ARP');
export const ETHERTYPE_REVARP: number = c.linux('ETHERTYPE_REVARP');
export const ETHERTYPE_AT: number = c.linux('ETHERTYPE_AT');
export const ETHERTYPE_AARP: number = c.linux('ETHERTYPE_AARP');
export const ETHERTYPE_VLAN: number = c.linux('ETHERTYPE_VLAN');
export const ETHERTYPE_IPX: number = c.linux('ETHERTYPE_IPX');
export const ETHERTYPE_IPV6: number = c.linux('ETHERTYPE_IPV6');
export const ETHERTYPE_LOOPBACK: number = c.linux('ETHERTYPE_LOOPBACK');
export const ETHERTYPE_TRAIL: number = c.linux('ETHERTYPE_TRAIL');
export const ETHERTYPE_NTRAILER: number = c.linux('ETHERTYPE_NTRAILER');
export const ETHER_ADDR_LEN: number = c.linux('ETHER_ADDR_LEN');
export const ETHER_TYPE_LEN: number = c.linux('ETHER_TYPE_LEN');
export const ETHER_CRC_LEN: number = c.linux('ETHER_CRC_LEN');
export const ETHER_HDR_LEN: number = c.linux('ETHER_HDR_LEN');
export const ETHER_MIN_LEN: number = c.linux('ETHER_MIN_LEN');
export const ETHER_MAX_LEN: number = c.linux('ETHER_MAX_LEN');
export const ETHERMTU: number = c.linux('ETHERMTU');
export const ETHERMIN: number = c.linux('ETHERMIN');
export const ARPHRD_NETROM: number = c.linux('ARPHRD_NETROM');
export const ARPHRD_ETHER: number = c.linux('ARPHRD_ETHER');
export const ARPHRD_EETHER: number = c.linux('ARPHRD_EETHER');
export const ARPHRD_AX25: number = c.linux('ARPHRD_AX25');
export const ARPHRD_PRONET: number = c.linux('ARPHRD_PRONET');
export const ARPHRD_CHAOS: number = c.linux('ARPHRD_CHAOS');
export const ARPHRD_IEEE802: number = c.linux('ARPHRD_IEEE802');
export const ARPHRD_ARCNET: number = c.linux('ARPHRD_ARCNET');
export const ARPHRD_APPLETLK: number = c.linux('ARPHRD_APPLETLK');
export const ARPHRD_DLCI: number = c.linux('ARPHRD_DLCI');
export const ARPHRD_ATM: number = c.linux('ARPHRD_ATM');
export const ARPHRD_METRICOM: number = c.linux('ARPHRD_METRICOM');
export const ARPHRD_IEEE1394: number = c.linux('ARPHRD_IEEE1394');
export const ARPHRD_EUI64: number = c.linux('ARPHRD_EUI64');
export const ARPHRD_INFINIBAND: number = c.linux('ARPHRD_INFINIBAND');
export const ARPHRD_SLIP: number = c.linux('ARPHRD_SLIP');
export const ARPHRD_CSLIP: number = c.linux('ARPHRD_CSLIP');
export const ARPHRD_SLIP6: number = c.linux('ARPHRD_SLIP6');
export const ARPHRD_CSLIP6: number = c.linux('ARPHRD_CSLIP6');
export const ARPHRD_RSRVD: number = c.linux('ARPHRD_RSRVD');
export const ARPHRD_ADAPT: number = c.linux('ARPHRD_ADAPT');
export const ARPHRD_ROSE: number = c.linux('ARPHRD_ROSE');
export const ARPHRD_X25: number = c.linux('ARPHRD_X25');
export const ARPHRD_HWX25: number = c.linux('ARPHRD_HWX25');
export const ARPHRD_CAN: number = c.linux('ARPHRD_CAN');
export const ARPHRD_MCTP: number | undefined = c.optional('ARPHRD_MCTP');
export const ARPHRD_PPP: number = c.linux('ARPHRD_PPP');
export const ARPHRD_CISCO: number = c.linux('ARPHRD_CISCO');
export const ARPHRD_HDLC: number = c.linux('ARPHRD_HDLC');
export const ARPHRD_LAPB: number = c.linux('ARPHRD_LAPB');
export const ARPHRD_DDCMP: number = c.linux('ARPHRD_DDCMP');
export const ARPHRD_RAWHDLC: number = c.linux('ARPHRD_RAWHDLC');
export const ARPHRD_RAWIP: number = c.linux('ARPHRD_RAWIP');
export const ARPHRD_TUNNEL: number = c.linux('ARPHRD_TUNNEL');
export const ARPHRD_TUNNEL6: number = c.linux('ARPHRD_TUNNEL6');
export const ARPHRD_FRAD: number = c.linux('ARPHRD_FRAD');
export const ARPHRD_SKIP: number = c.linux('ARPHRD_SKIP');
export const ARPHRD_LOOPBACK: number = c.linux('ARPHRD_LOOPBACK');
export const ARPHRD_LOCALTLK: number = c.linux('ARPHRD_LOCALTLK');
export const ARPHRD_FDDI: number = c.linux('ARPHRD_FDDI');
export const ARPHRD_BIF: number = c.linux('ARPHRD_BIF');
export const ARPHRD_SIT: number = c.linux('ARPHRD_SIT');
export const ARPHRD_IPDDP: number = c.linux('ARPHRD_IPDDP');
export const ARPHRD_IPGRE: number = c.linux('ARPHRD_IPGRE');
export const ARPHRD_PIMREG: number = c.linux('ARPHRD_PIMREG');
export const ARPHRD_HIPPI: number = c.linux('ARPHRD_HIPPI');
export const ARPHRD_ASH: number = c.linux('ARPHRD_ASH');
export const ARPHRD_ECONET: number = c.linux('ARPHRD_ECONET');
export const ARPHRD_IRDA: number = c.linux('ARPHRD_IRDA');
export const ARPHRD_FCPP: number = c.linux('ARPHRD_FCPP');
export const ARPHRD_FCAL: number = c.linux('ARPHRD_FCAL');
export const ARPHRD_FCPL: number = c.linux('ARPHRD_FCPL');
export const ARPHRD_FCFABRIC: number = c.linux('ARPHRD_FCFABRIC');
export const ARPHRD_IEEE802_TR: number = c.linux('ARPHRD_IEEE802_TR');
export const ARPHRD_IEEE80211: number = c.linux('ARPHRD_IEEE80211');
export const ARPHRD_IEEE80211_PRISM: number = c.linux('ARPHRD_IEEE80211_PRISM');
export const ARPHRD_IEEE80211_RADIOTAP: number = c.linux('ARPHRD_IEEE80211_RADIOTAP');
export const ARPHRD_IEEE802154: number = c.linux('ARPHRD_IEEE802154');
export const ARPHRD_IEEE802154_MONITOR: number = c.linux('ARPHRD_IEEE802154_MONITOR');
export const ARPHRD_PHONET: number = c.linux('ARPHRD_PHONET');
export const ARPHRD_PHONET_PIPE: number = c.linux('ARPHRD_PHONET_PIPE');
export const ARPHRD_CAIF: number = c.linux('ARPHRD_CAIF');
export const ARPHRD_IP6GRE: number = c.linux('ARPHRD_IP6GRE');
export const ARPHRD_NETLINK: number = c.linux('ARPHRD_NETLINK');
export const ARPHRD_6LOWPAN: number = c.linux('ARPHRD_6LOWPAN');
export const ARPHRD_VSOCKMON: number = c.linux('ARPHRD_VSOCKMON');
export const ARPHRD_VOID: number = c.linux('ARPHRD_VOID');
export const ARPHRD_NONE: number = c.linux('ARPHRD_NONE');
export const BPF_LD: number = c.linux('BPF_LD');
export const BPF_LDX: number = c.linux('BPF_LDX');
export const BPF_ST: number = c.linux('BPF_ST');
export const BPF_STX: number = c.linux('BPF_STX');
export const BPF_ALU: number = c.linux('BPF_ALU');
export const BPF_JMP: number = c.linux('BPF_JMP');
export const BPF_RET: number = c.linux('BPF_RET');
export const BPF_MISC: number = c.linux('BPF_MISC');
export const BPF_W: number = c.linux('BPF_W');
export const BPF_H: number = c.linux('BPF_H');
export const BPF_B: number = c.linux('BPF_B');
export const BPF_IMM: number = c.linux('BPF_IMM');
export const BPF_ABS: number = c.linux('BPF_ABS');
export const BPF_IND: number = c.linux('BPF_IND');
export const BPF_MEM: number = c.linux('BPF_MEM');
export const BPF_LEN: number = c.linux('BPF_LEN');
export const BPF_MSH: number = c.linux('BPF_MSH');
export const BPF_ADD: number = c.linux('BPF_ADD');
export const BPF_SUB: number = c.linux('BPF_SUB');
export const BPF_MUL: number = c.linux('BPF_MUL');
export const BPF_DIV: number = c.linux('BPF_DIV');
export const BPF_OR: number = c.linux('BPF_OR');
export const BPF_AND: number = c.linux('BPF_AND');
export const BPF_LSH: number = c.linux('BPF_LSH');
export const BPF_RSH: number = c.linux('BPF_RSH');
export const BPF_NEG: number = c.linux('BPF_NEG');
export const BPF_MOD: number = c.linux('BPF_MOD');
export const BPF_XOR: number = c.linux('BPF_XOR');
export const BPF_JA: number = c.linux('BPF_JA');
export const BPF_JEQ: number = c.linux('BPF_JEQ');
export const BPF_JGT: number = c.linux('BPF_JGT');
export const BPF_JGE: number = c.linux('BPF_JGE');
export const BPF_JSET: number = c.linux('BPF_JSET');
export const BPF_K: number = c.linux('BPF_K');
export const BPF_X: number = c.linux('BPF_X');
export const BPF_MAXINSNS: number = c.linux('BPF_MAXINSNS');
export const BPF_MAJOR_VERSION: number = c.linux('BPF_MAJOR_VERSION');
export const BPF_MINOR_VERSION: number = c.linux('BPF_MINOR_VERSION');
export const BPF_A: number = c.linux('BPF_A');
export const BPF_TAX: number = c.linux('BPF_TAX');
export const BPF_TXA: number = c.linux('BPF_TXA');
export const BPF_MEMWORDS: number = c.linux('BPF_MEMWORDS');
export const BPF_NET_OFF: number = c.linux('BPF_NET_OFF');
export const BPF_LL_OFF: number = c.linux('BPF_LL_OFF');
export const SKF_AD_OFF: number = c.linux('SKF_AD_OFF');
export const SKF_AD_PROTOCOL: number = c.linux('SKF_AD_PROTOCOL');
export const SKF_AD_PKTTYPE: number = c.linux('SKF_AD_PKTTYPE');
export const SKF_AD_IFINDEX: number = c.linux('SKF_AD_IFINDEX');
export const SKF_AD_NLATTR: number = c.linux('SKF_AD_NLATTR');
export const SKF_AD_NLATTR_NEST: number = c.linux('SKF_AD_NLATTR_NEST');
export const SKF_AD_MARK: number = c.linux('SKF_AD_MARK');
export const SKF_AD_QUEUE: number = c.linux('SKF_AD_QUEUE');
export const SKF_AD_HATYPE: number = c.linux('SKF_AD_HATYPE');
export const SKF_AD_RXHASH: number = c.linux('SKF_AD_RXHASH');
export const SKF_AD_CPU: number = c.linux('SKF_AD_CPU');
export const SKF_AD_ALU_XOR_X: number = c.linux('SKF_AD_ALU_XOR_X');
export const SKF_AD_VLAN_TAG: number = c.linux('SKF_AD_VLAN_TAG');
export const SKF_AD_VLAN_TAG_PRESENT: number = c.linux('SKF_AD_VLAN_TAG_PRESENT');
export const SKF_AD_PAY_OFFSET: number = c.linux('SKF_AD_PAY_OFFSET');
export const SKF_AD_RANDOM: number = c.linux('SKF_AD_RANDOM');
export const SKF_AD_VLAN_TPID: number = c.linux('SKF_AD_VLAN_TPID');
export const SKF_AD_MAX: number = c.linux('SKF_AD_MAX');
export const SKF_NET_OFF: number = c.linux('SKF_NET_OFF');
export const SKF_LL_OFF: number = c.linux('SKF_LL_OFF');

/** The names of each [GROUP] of constants.def, in file order (for reverseMap). */
export const groups = {
  AF: ['AF_PACKET', 'PF_PACKET', 'SOL_PACKET'],
  PACKET_TYPE: [
    'PACKET_HOST', 'PACKET_BROADCAST', 'PACKET_MULTICAST', 'PACKET_OTHERHOST', 'PACKET_OUTGOING', 'PACKET_LOOPBACK',
    'PACKET_USER', 'PACKET_KERNEL', 'PACKET_FASTROUTE',
  ],
  PACKET_OPTION: [
    'PACKET_ADD_MEMBERSHIP', 'PACKET_DROP_MEMBERSHIP', 'PACKET_RECV_OUTPUT', 'PACKET_RX_RING', 'PACKET_STATISTICS',
    'PACKET_COPY_THRESH', 'PACKET_AUXDATA', 'PACKET_ORIGDEV', 'PACKET_VERSION', 'PACKET_HDRLEN', 'PACKET_RESERVE',
    'PACKET_TX_RING', 'PACKET_LOSS', 'PACKET_VNET_HDR', 'PACKET_TX_TIMESTAMP', 'PACKET_TIMESTAMP', 'PACKET_FANOUT',
    'PACKET_TX_HAS_OFF', 'PACKET_QDISC_BYPASS', 'PACKET_ROLLOVER_STATS', 'PACKET_FANOUT_DATA', 'PACKET_IGNORE_OUTGOING',
    'PACKET_VNET_HDR_SZ',
  ],
  PACKET_FANOUT: [
    'PACKET_FANOUT_HASH', 'PACKET_FANOUT_LB', 'PACKET_FANOUT_CPU', 'PACKET_FANOUT_ROLLOVER', 'PACKET_FANOUT_RND',
    'PACKET_FANOUT_QM', 'PACKET_FANOUT_CBPF', 'PACKET_FANOUT_EBPF',
  ],
  PACKET_FANOUT_FLAG: [
    'PACKET_FANOUT_FLAG_ROLLOVER', 'PACKET_FANOUT_FLAG_UNIQUEID', 'PACKET_FANOUT_FLAG_DEFRAG',
    'PACKET_FANOUT_FLAG_IGNORE_OUTGOING',
  ],
  PACKET_MR: ['PACKET_MR_MULTICAST', 'PACKET_MR_PROMISC', 'PACKET_MR_ALLMULTI', 'PACKET_MR_UNICAST'],
  TP_STATUS: [
    'TP_STATUS_KERNEL', 'TP_STATUS_USER', 'TP_STATUS_COPY', 'TP_STATUS_LOSING', 'TP_STATUS_CSUMNOTREADY',
    'TP_STATUS_VLAN_VALID', 'TP_STATUS_BLK_TMO', 'TP_STATUS_VLAN_TPID_VALID', 'TP_STATUS_CSUM_VALID',
    'TP_STATUS_AVAILABLE', 'TP_STATUS_SEND_REQUEST', 'TP_STATUS_SENDING', 'TP_STATUS_WRONG_FORMAT',
    'TP_STATUS_TS_SOFTWARE', 'TP_STATUS_TS_SYS_HARDWARE', 'TP_STATUS_TS_RAW_HARDWARE',
  ],
  TP_FT: ['TP_FT_REQ_FILL_RXHASH'],
  TPACKET: [
    'TPACKET_ALIGNMENT', 'TPACKET_HDRLEN', 'TPACKET2_HDRLEN', 'TPACKET3_HDRLEN', 'TPACKET_V1', 'TPACKET_V2',
    'TPACKET_V3',
  ],
  MAX_ADDR_LEN: ['MAX_ADDR_LEN'],
  ETH: [
    'ETH_ALEN', 'ETH_TLEN', 'ETH_HLEN', 'ETH_ZLEN', 'ETH_DATA_LEN', 'ETH_FRAME_LEN', 'ETH_FCS_LEN', 'ETH_MIN_MTU',
    'ETH_MAX_MTU',
  ],
  ETH_P: [
    'ETH_P_LOOP', 'ETH_P_PUP', 'ETH_P_PUPAT', 'ETH_P_TSN', 'ETH_P_ERSPAN2', 'ETH_P_IP', 'ETH_P_X25', 'ETH_P_ARP',
    'ETH_P_BPQ', 'ETH_P_IEEEPUP', 'ETH_P_IEEEPUPAT', 'ETH_P_BATMAN', 'ETH_P_DEC', 'ETH_P_DNA_DL', 'ETH_P_DNA_RC',
    'ETH_P_DNA_RT', 'ETH_P_LAT', 'ETH_P_DIAG', 'ETH_P_CUST', 'ETH_P_SCA', 'ETH_P_TEB', 'ETH_P_RARP', 'ETH_P_ATALK',
    'ETH_P_AARP', 'ETH_P_8021Q', 'ETH_P_ERSPAN', 'ETH_P_IPX', 'ETH_P_IPV6', 'ETH_P_PAUSE', 'ETH_P_SLOW', 'ETH_P_WCCP',
    'ETH_P_MPLS_UC', 'ETH_P_MPLS_MC', 'ETH_P_ATMMPOA', 'ETH_P_PPP_DISC', 'ETH_P_PPP_SES', 'ETH_P_LINK_CTL',
    'ETH_P_ATMFATE', 'ETH_P_PAE', 'ETH_P_PROFINET', 'ETH_P_REALTEK', 'ETH_P_AOE', 'ETH_P_ETHERCAT', 'ETH_P_8021AD',
    'ETH_P_802_EX1', 'ETH_P_PREAUTH', 'ETH_P_TIPC', 'ETH_P_LLDP', 'ETH_P_MRP', 'ETH_P_MACSEC', 'ETH_P_8021AH',
    'ETH_P_MVRP', 'ETH_P_1588', 'ETH_P_NCSI', 'ETH_P_PRP', 'ETH_P_CFM', 'ETH_P_FCOE', 'ETH_P_IBOE', 'ETH_P_TDLS',
    'ETH_P_FIP', 'ETH_P_80221', 'ETH_P_HSR', 'ETH_P_NSH', 'ETH_P_LOOPBACK', 'ETH_P_QINQ1', 'ETH_P_QINQ2', 'ETH_P_QINQ3',
    'ETH_P_EDSA', 'ETH_P_DSA_8021Q', 'ETH_P_DSA_A5PSW', 'ETH_P_IFE', 'ETH_P_AF_IUCV', 'ETH_P_802_3_MIN', 'ETH_P_802_3',
    'ETH_P_AX25', 'ETH_P_ALL', 'ETH_P_802_2', 'ETH_P_SNAP', 'ETH_P_DDCMP', 'ETH_P_WAN_PPP', 'ETH_P_PPP_MP',
    'ETH_P_LOCALTALK', 'ETH_P_CAN', 'ETH_P_CANFD', 'ETH_P_CANXL', 'ETH_P_PPPTALK', 'ETH_P_TR_802_2', 'ETH_P_MOBITEX',
    'ETH_P_CONTROL', 'ETH_P_IRDA', 'ETH_P_ECONET', 'ETH_P_HDLC', 'ETH_P_ARCNET', 'ETH_P_DSA', 'ETH_P_TRAILER',
    'ETH_P_PHONET', 'ETH_P_IEEE802154', 'ETH_P_CAIF', 'ETH_P_XDSA', 'ETH_P_MAP', 'ETH_P_MCTP',
  ],
  ETHERTYPE: [
    'ETHERTYPE_PUP', 'ETHERTYPE_SPRITE', 'ETHERTYPE_IP', 'ETHERTYPE_ARP', 'ETHERTYPE_REVARP', 'ETHERTYPE_AT',
    'ETHERTYPE_AARP', 'ETHERTYPE_VLAN', 'ETHERTYPE_IPX', 'ETHERTYPE_IPV6', 'ETHERTYPE_LOOPBACK', 'ETHERTYPE_TRAIL',
    'ETHERTYPE_NTRAILER',
  ],
  ETHER: [
    'ETHER_ADDR_LEN', 'ETHER_TYPE_LEN', 'ETHER_CRC_LEN', 'ETHER_HDR_LEN', 'ETHER_MIN_LEN', 'ETHER_MAX_LEN', 'ETHERMTU',
    'ETHERMIN',
  ],
  ARPHRD: [
    'ARPHRD_NETROM', 'ARPHRD_ETHER', 'ARPHRD_EETHER', 'ARPHRD_AX25', 'ARPHRD_PRONET', 'ARPHRD_CHAOS', 'ARPHRD_IEEE802',
    'ARPHRD_ARCNET', 'ARPHRD_APPLETLK', 'ARPHRD_DLCI', 'ARPHRD_ATM', 'ARPHRD_METRICOM', 'ARPHRD_IEEE1394',
    'ARPHRD_EUI64', 'ARPHRD_INFINIBAND', 'ARPHRD_SLIP', 'ARPHRD_CSLIP', 'ARPHRD_SLIP6', 'ARPHRD_CSLIP6', 'ARPHRD_RSRVD',
    'ARPHRD_ADAPT', 'ARPHRD_ROSE', 'ARPHRD_X25', 'ARPHRD_HWX25', 'ARPHRD_CAN', 'ARPHRD_MCTP', 'ARPHRD_PPP',
    'ARPHRD_CISCO', 'ARPHRD_HDLC', 'ARPHRD_LAPB', 'ARPHRD_DDCMP', 'ARPHRD_RAWHDLC', 'ARPHRD_RAWIP', 'ARPHRD_TUNNEL',
    'ARPHRD_TUNNEL6', 'ARPHRD_FRAD', 'ARPHRD_SKIP', 'ARPHRD_LOOPBACK', 'ARPHRD_LOCALTLK', 'ARPHRD_FDDI', 'ARPHRD_BIF',
    'ARPHRD_SIT', 'ARPHRD_IPDDP', 'ARPHRD_IPGRE', 'ARPHRD_PIMREG', 'ARPHRD_HIPPI', 'ARPHRD_ASH', 'ARPHRD_ECONET',
    'ARPHRD_IRDA', 'ARPHRD_FCPP', 'ARPHRD_FCAL', 'ARPHRD_FCPL', 'ARPHRD_FCFABRIC', 'ARPHRD_IEEE802_TR',
    'ARPHRD_IEEE80211', 'ARPHRD_IEEE80211_PRISM', 'ARPHRD_IEEE80211_RADIOTAP', 'ARPHRD_IEEE802154',
    'ARPHRD_IEEE802154_MONITOR', 'ARPHRD_PHONET', 'ARPHRD_PHONET_PIPE', 'ARPHRD_CAIF', 'ARPHRD_IP6GRE',
    'ARPHRD_NETLINK', 'ARPHRD_6LOWPAN', 'ARPHRD_VSOCKMON', 'ARPHRD_VOID', 'ARPHRD_NONE',
  ],
  BPF: [
    'BPF_LD', 'BPF_LDX', 'BPF_ST', 'BPF_STX', 'BPF_ALU', 'BPF_JMP', 'BPF_RET', 'BPF_MISC', 'BPF_W', 'BPF_H', 'BPF_B',
    'BPF_IMM', 'BPF_ABS', 'BPF_IND', 'BPF_MEM', 'BPF_LEN', 'BPF_MSH', 'BPF_ADD', 'BPF_SUB', 'BPF_MUL', 'BPF_DIV',
    'BPF_OR', 'BPF_AND', 'BPF_LSH', 'BPF_RSH', 'BPF_NEG', 'BPF_MOD', 'BPF_XOR', 'BPF_JA', 'BPF_JEQ', 'BPF_JGT',
    'BPF_JGE', 'BPF_JSET', 'BPF_K', 'BPF_X', 'BPF_MAXINSNS', 'BPF_MAJOR_VERSION', 'BPF_MINOR_VERSION', 'BPF_A',
    'BPF_TAX', 'BPF_TXA', 'BPF_MEMWORDS', 'BPF_NET_OFF', 'BPF_LL_OFF',
  ],
  SKF: [
    'SKF_AD_OFF', 'SKF_AD_PROTOCOL', 'SKF_AD_PKTTYPE', 'SKF_AD_IFINDEX', 'SKF_AD_NLATTR', 'SKF_AD_NLATTR_NEST',
    'SKF_AD_MARK', 'SKF_AD_QUEUE', 'SKF_AD_HATYPE', 'SKF_AD_RXHASH', 'SKF_AD_CPU', 'SKF_AD_ALU_XOR_X',
    'SKF_AD_VLAN_TAG', 'SKF_AD_VLAN_TAG_PRESENT', 'SKF_AD_PAY_OFFSET', 'SKF_AD_RANDOM', 'SKF_AD_VLAN_TPID',
    'SKF_AD_MAX', 'SKF_NET_OFF', 'SKF_LL_OFF',
  ],
} as const;
