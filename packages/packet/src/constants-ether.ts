/**
 * Ethernet and device-type constants from <linux/if_ether.h>,
 * <net/ethernet.h> and <linux/if_arp.h>, as named exports for the common
 * ones. ETH_P_* and ETHERTYPE_* are in host byte order, as in the headers:
 * the sockaddr and socket(2)'s proto take them in network order, which the
 * address codec and `packetSocket` handle. Every other ETH_P_* and ARPHRD_*
 * name the headers define is in `constants`.
 */
import { constants, pick } from './headers.js';

export const ETH_ALEN = pick('ETH_ALEN');
export const ETH_HLEN = pick('ETH_HLEN');
export const ETH_ZLEN = pick('ETH_ZLEN');
export const ETH_DATA_LEN = pick('ETH_DATA_LEN');
export const ETH_FRAME_LEN = pick('ETH_FRAME_LEN');
export const ETH_FCS_LEN = pick('ETH_FCS_LEN');

/** Every protocol: the proto a sniffer binds (socket(2) wants it as htons(ETH_P_ALL)). */
export const ETH_P_ALL = pick('ETH_P_ALL');
export const ETH_P_802_2 = pick('ETH_P_802_2');
export const ETH_P_802_3 = pick('ETH_P_802_3');
export const ETH_P_802_3_MIN = pick('ETH_P_802_3_MIN');
/** 0x88b5, IEEE 802 "local experimental ethertype 1": free for private protocols and tests. */
export const ETH_P_802_EX1 = pick('ETH_P_802_EX1');
export const ETH_P_8021AD = pick('ETH_P_8021AD');
export const ETH_P_8021AH = pick('ETH_P_8021AH');
export const ETH_P_8021Q = pick('ETH_P_8021Q');
export const ETH_P_1588 = pick('ETH_P_1588');
export const ETH_P_ARP = pick('ETH_P_ARP');
export const ETH_P_CAN = pick('ETH_P_CAN');
export const ETH_P_CANFD = pick('ETH_P_CANFD');
export const ETH_P_IP = pick('ETH_P_IP');
export const ETH_P_IPV6 = pick('ETH_P_IPV6');
export const ETH_P_LLDP = pick('ETH_P_LLDP');
export const ETH_P_LOOP = pick('ETH_P_LOOP');
export const ETH_P_MACSEC = pick('ETH_P_MACSEC');
export const ETH_P_MPLS_MC = pick('ETH_P_MPLS_MC');
export const ETH_P_MPLS_UC = pick('ETH_P_MPLS_UC');
export const ETH_P_PAE = pick('ETH_P_PAE');
export const ETH_P_PAUSE = pick('ETH_P_PAUSE');
export const ETH_P_PPP_DISC = pick('ETH_P_PPP_DISC');
export const ETH_P_PPP_SES = pick('ETH_P_PPP_SES');
export const ETH_P_RARP = pick('ETH_P_RARP');
export const ETH_P_SLOW = pick('ETH_P_SLOW');
export const ETH_P_TEB = pick('ETH_P_TEB');

export const ETHERTYPE_ARP = pick('ETHERTYPE_ARP');
export const ETHERTYPE_IP = pick('ETHERTYPE_IP');
export const ETHERTYPE_IPV6 = pick('ETHERTYPE_IPV6');
export const ETHERTYPE_LOOPBACK = pick('ETHERTYPE_LOOPBACK');
export const ETHERTYPE_REVARP = pick('ETHERTYPE_REVARP');
export const ETHERTYPE_VLAN = pick('ETHERTYPE_VLAN');

// sll_hatype: the device's hardware type.
export const ARPHRD_ETHER = pick('ARPHRD_ETHER');
export const ARPHRD_LOOPBACK = pick('ARPHRD_LOOPBACK');
export const ARPHRD_NONE = pick('ARPHRD_NONE');
export const ARPHRD_VOID = pick('ARPHRD_VOID');
export const ARPHRD_IEEE80211_RADIOTAP = pick('ARPHRD_IEEE80211_RADIOTAP');
export const ARPHRD_INFINIBAND = pick('ARPHRD_INFINIBAND');
export const ARPHRD_CAN: number | undefined = constants.ARPHRD_CAN;
