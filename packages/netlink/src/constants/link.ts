/**
 * <linux/if_link.h>, <linux/if_addr.h>, <linux/if.h>, <linux/if_arp.h>, <linux/veth.h>: link and address attributes, interface flags, hardware types.
 * Read from the headers by the native shim (native/constants_link.cc);
 * names typed `number | undefined` are newer than Linux 4.18's headers (RHEL 8,
 * the oldest glibc Node 20 runs on) and absent where the build's headers lack them.
 */
import { has, pick } from './table.js';

// IFLA
export const IFLA_UNSPEC = pick('IFLA_UNSPEC');
export const IFLA_ADDRESS = pick('IFLA_ADDRESS');
export const IFLA_BROADCAST = pick('IFLA_BROADCAST');
export const IFLA_IFNAME = pick('IFLA_IFNAME');
export const IFLA_MTU = pick('IFLA_MTU');
export const IFLA_LINK = pick('IFLA_LINK');
export const IFLA_QDISC = pick('IFLA_QDISC');
export const IFLA_STATS = pick('IFLA_STATS');
export const IFLA_COST = pick('IFLA_COST');
export const IFLA_PRIORITY = pick('IFLA_PRIORITY');
export const IFLA_MASTER = pick('IFLA_MASTER');
export const IFLA_WIRELESS = pick('IFLA_WIRELESS');
export const IFLA_PROTINFO = pick('IFLA_PROTINFO');
export const IFLA_TXQLEN = pick('IFLA_TXQLEN');
export const IFLA_MAP = pick('IFLA_MAP');
export const IFLA_WEIGHT = pick('IFLA_WEIGHT');
export const IFLA_OPERSTATE = pick('IFLA_OPERSTATE');
export const IFLA_LINKMODE = pick('IFLA_LINKMODE');
export const IFLA_LINKINFO = pick('IFLA_LINKINFO');
export const IFLA_NET_NS_PID = pick('IFLA_NET_NS_PID');
export const IFLA_IFALIAS = pick('IFLA_IFALIAS');
export const IFLA_NUM_VF = pick('IFLA_NUM_VF');
export const IFLA_VFINFO_LIST = pick('IFLA_VFINFO_LIST');
export const IFLA_STATS64 = pick('IFLA_STATS64');
export const IFLA_VF_PORTS = pick('IFLA_VF_PORTS');
export const IFLA_PORT_SELF = pick('IFLA_PORT_SELF');
export const IFLA_AF_SPEC = pick('IFLA_AF_SPEC');
export const IFLA_GROUP = pick('IFLA_GROUP');
export const IFLA_NET_NS_FD = pick('IFLA_NET_NS_FD');
export const IFLA_EXT_MASK = pick('IFLA_EXT_MASK');
export const IFLA_PROMISCUITY = pick('IFLA_PROMISCUITY');
export const IFLA_NUM_TX_QUEUES = pick('IFLA_NUM_TX_QUEUES');
export const IFLA_NUM_RX_QUEUES = pick('IFLA_NUM_RX_QUEUES');
export const IFLA_CARRIER = pick('IFLA_CARRIER');
export const IFLA_PHYS_PORT_ID = pick('IFLA_PHYS_PORT_ID');
export const IFLA_CARRIER_CHANGES = pick('IFLA_CARRIER_CHANGES');
export const IFLA_PHYS_SWITCH_ID = pick('IFLA_PHYS_SWITCH_ID');
export const IFLA_LINK_NETNSID = pick('IFLA_LINK_NETNSID');
export const IFLA_PHYS_PORT_NAME = pick('IFLA_PHYS_PORT_NAME');
export const IFLA_PROTO_DOWN = pick('IFLA_PROTO_DOWN');
export const IFLA_GSO_MAX_SEGS = pick('IFLA_GSO_MAX_SEGS');
export const IFLA_GSO_MAX_SIZE = pick('IFLA_GSO_MAX_SIZE');
export const IFLA_PAD = pick('IFLA_PAD');
export const IFLA_XDP = pick('IFLA_XDP');
export const IFLA_EVENT = pick('IFLA_EVENT');
export const IFLA_NEW_NETNSID = pick('IFLA_NEW_NETNSID');
export const IFLA_IF_NETNSID = pick('IFLA_IF_NETNSID');
export const IFLA_TARGET_NETNSID = pick('IFLA_TARGET_NETNSID');
export const IFLA_CARRIER_UP_COUNT = pick('IFLA_CARRIER_UP_COUNT');
export const IFLA_CARRIER_DOWN_COUNT = pick('IFLA_CARRIER_DOWN_COUNT');
export const IFLA_NEW_IFINDEX = pick('IFLA_NEW_IFINDEX');
export const IFLA_MIN_MTU: number | undefined = has('IFLA_MIN_MTU');
export const IFLA_MAX_MTU: number | undefined = has('IFLA_MAX_MTU');
export const IFLA_PROP_LIST: number | undefined = has('IFLA_PROP_LIST');
export const IFLA_ALT_IFNAME: number | undefined = has('IFLA_ALT_IFNAME');
export const IFLA_PERM_ADDRESS: number | undefined = has('IFLA_PERM_ADDRESS');
export const IFLA_PROTO_DOWN_REASON: number | undefined = has('IFLA_PROTO_DOWN_REASON');
export const IFLA_PARENT_DEV_NAME: number | undefined = has('IFLA_PARENT_DEV_NAME');
export const IFLA_PARENT_DEV_BUS_NAME: number | undefined = has('IFLA_PARENT_DEV_BUS_NAME');
export const IFLA_GRO_MAX_SIZE: number | undefined = has('IFLA_GRO_MAX_SIZE');
export const IFLA_TSO_MAX_SIZE: number | undefined = has('IFLA_TSO_MAX_SIZE');
export const IFLA_TSO_MAX_SEGS: number | undefined = has('IFLA_TSO_MAX_SEGS');
export const IFLA_ALLMULTI: number | undefined = has('IFLA_ALLMULTI');
export const IFLA_MAX = pick('IFLA_MAX');

// IFLA_INFO
export const IFLA_INFO_UNSPEC = pick('IFLA_INFO_UNSPEC');
export const IFLA_INFO_KIND = pick('IFLA_INFO_KIND');
export const IFLA_INFO_DATA = pick('IFLA_INFO_DATA');
export const IFLA_INFO_XSTATS = pick('IFLA_INFO_XSTATS');
export const IFLA_INFO_SLAVE_KIND = pick('IFLA_INFO_SLAVE_KIND');
export const IFLA_INFO_SLAVE_DATA = pick('IFLA_INFO_SLAVE_DATA');
export const IFLA_INFO_MAX = pick('IFLA_INFO_MAX');

// VETH_INFO
export const VETH_INFO_UNSPEC = pick('VETH_INFO_UNSPEC');
export const VETH_INFO_PEER = pick('VETH_INFO_PEER');
export const VETH_INFO_MAX = pick('VETH_INFO_MAX');

// IFA
export const IFA_UNSPEC = pick('IFA_UNSPEC');
export const IFA_ADDRESS = pick('IFA_ADDRESS');
export const IFA_LOCAL = pick('IFA_LOCAL');
export const IFA_LABEL = pick('IFA_LABEL');
export const IFA_BROADCAST = pick('IFA_BROADCAST');
export const IFA_ANYCAST = pick('IFA_ANYCAST');
export const IFA_CACHEINFO = pick('IFA_CACHEINFO');
export const IFA_MULTICAST = pick('IFA_MULTICAST');
export const IFA_FLAGS = pick('IFA_FLAGS');
export const IFA_RT_PRIORITY = pick('IFA_RT_PRIORITY');
export const IFA_TARGET_NETNSID: number | undefined = has('IFA_TARGET_NETNSID');
export const IFA_PROTO: number | undefined = has('IFA_PROTO');
export const IFA_MAX = pick('IFA_MAX');

// IFA_F
export const IFA_F_SECONDARY = pick('IFA_F_SECONDARY');
export const IFA_F_TEMPORARY = pick('IFA_F_TEMPORARY');
export const IFA_F_NODAD = pick('IFA_F_NODAD');
export const IFA_F_OPTIMISTIC = pick('IFA_F_OPTIMISTIC');
export const IFA_F_DADFAILED = pick('IFA_F_DADFAILED');
export const IFA_F_HOMEADDRESS = pick('IFA_F_HOMEADDRESS');
export const IFA_F_DEPRECATED = pick('IFA_F_DEPRECATED');
export const IFA_F_TENTATIVE = pick('IFA_F_TENTATIVE');
export const IFA_F_PERMANENT = pick('IFA_F_PERMANENT');
export const IFA_F_MANAGETEMPADDR = pick('IFA_F_MANAGETEMPADDR');
export const IFA_F_NOPREFIXROUTE = pick('IFA_F_NOPREFIXROUTE');
export const IFA_F_MCAUTOJOIN = pick('IFA_F_MCAUTOJOIN');
export const IFA_F_STABLE_PRIVACY = pick('IFA_F_STABLE_PRIVACY');

// IFF
export const IFF_UP = pick('IFF_UP');
export const IFF_BROADCAST = pick('IFF_BROADCAST');
export const IFF_DEBUG = pick('IFF_DEBUG');
export const IFF_LOOPBACK = pick('IFF_LOOPBACK');
export const IFF_POINTOPOINT = pick('IFF_POINTOPOINT');
export const IFF_NOTRAILERS = pick('IFF_NOTRAILERS');
export const IFF_RUNNING = pick('IFF_RUNNING');
export const IFF_NOARP = pick('IFF_NOARP');
export const IFF_PROMISC = pick('IFF_PROMISC');
export const IFF_ALLMULTI = pick('IFF_ALLMULTI');
export const IFF_MASTER = pick('IFF_MASTER');
export const IFF_SLAVE = pick('IFF_SLAVE');
export const IFF_MULTICAST = pick('IFF_MULTICAST');
export const IFF_PORTSEL = pick('IFF_PORTSEL');
export const IFF_AUTOMEDIA = pick('IFF_AUTOMEDIA');
export const IFF_DYNAMIC = pick('IFF_DYNAMIC');
export const IFF_LOWER_UP = pick('IFF_LOWER_UP');
export const IFF_DORMANT = pick('IFF_DORMANT');
export const IFF_ECHO = pick('IFF_ECHO');
export const IFF_VOLATILE = pick('IFF_VOLATILE');
export const IFNAMSIZ = pick('IFNAMSIZ');

// IF_OPER
export const IF_OPER_UNKNOWN = pick('IF_OPER_UNKNOWN');
export const IF_OPER_NOTPRESENT = pick('IF_OPER_NOTPRESENT');
export const IF_OPER_DOWN = pick('IF_OPER_DOWN');
export const IF_OPER_LOWERLAYERDOWN = pick('IF_OPER_LOWERLAYERDOWN');
export const IF_OPER_TESTING = pick('IF_OPER_TESTING');
export const IF_OPER_DORMANT = pick('IF_OPER_DORMANT');
export const IF_OPER_UP = pick('IF_OPER_UP');

// IF_LINK_MODE
export const IF_LINK_MODE_DEFAULT = pick('IF_LINK_MODE_DEFAULT');
export const IF_LINK_MODE_DORMANT = pick('IF_LINK_MODE_DORMANT');
export const IF_LINK_MODE_TESTING = pick('IF_LINK_MODE_TESTING');

// ARPHRD
export const ARPHRD_NETROM = pick('ARPHRD_NETROM');
export const ARPHRD_ETHER = pick('ARPHRD_ETHER');
export const ARPHRD_EETHER = pick('ARPHRD_EETHER');
export const ARPHRD_AX25 = pick('ARPHRD_AX25');
export const ARPHRD_PRONET = pick('ARPHRD_PRONET');
export const ARPHRD_CHAOS = pick('ARPHRD_CHAOS');
export const ARPHRD_IEEE802 = pick('ARPHRD_IEEE802');
export const ARPHRD_ARCNET = pick('ARPHRD_ARCNET');
export const ARPHRD_APPLETLK = pick('ARPHRD_APPLETLK');
export const ARPHRD_DLCI = pick('ARPHRD_DLCI');
export const ARPHRD_ATM = pick('ARPHRD_ATM');
export const ARPHRD_METRICOM = pick('ARPHRD_METRICOM');
export const ARPHRD_IEEE1394 = pick('ARPHRD_IEEE1394');
export const ARPHRD_EUI64 = pick('ARPHRD_EUI64');
export const ARPHRD_INFINIBAND = pick('ARPHRD_INFINIBAND');
export const ARPHRD_SLIP = pick('ARPHRD_SLIP');
export const ARPHRD_CSLIP = pick('ARPHRD_CSLIP');
export const ARPHRD_SLIP6 = pick('ARPHRD_SLIP6');
export const ARPHRD_CSLIP6 = pick('ARPHRD_CSLIP6');
export const ARPHRD_RSRVD = pick('ARPHRD_RSRVD');
export const ARPHRD_ADAPT = pick('ARPHRD_ADAPT');
export const ARPHRD_ROSE = pick('ARPHRD_ROSE');
export const ARPHRD_X25 = pick('ARPHRD_X25');
export const ARPHRD_HWX25 = pick('ARPHRD_HWX25');
export const ARPHRD_CAN = pick('ARPHRD_CAN');
export const ARPHRD_MCTP: number | undefined = has('ARPHRD_MCTP');
export const ARPHRD_PPP = pick('ARPHRD_PPP');
export const ARPHRD_CISCO = pick('ARPHRD_CISCO');
export const ARPHRD_HDLC = pick('ARPHRD_HDLC');
export const ARPHRD_LAPB = pick('ARPHRD_LAPB');
export const ARPHRD_DDCMP = pick('ARPHRD_DDCMP');
export const ARPHRD_RAWHDLC = pick('ARPHRD_RAWHDLC');
export const ARPHRD_RAWIP = pick('ARPHRD_RAWIP');
export const ARPHRD_TUNNEL = pick('ARPHRD_TUNNEL');
export const ARPHRD_TUNNEL6 = pick('ARPHRD_TUNNEL6');
export const ARPHRD_FRAD = pick('ARPHRD_FRAD');
export const ARPHRD_SKIP = pick('ARPHRD_SKIP');
export const ARPHRD_LOOPBACK = pick('ARPHRD_LOOPBACK');
export const ARPHRD_LOCALTLK = pick('ARPHRD_LOCALTLK');
export const ARPHRD_FDDI = pick('ARPHRD_FDDI');
export const ARPHRD_BIF = pick('ARPHRD_BIF');
export const ARPHRD_SIT = pick('ARPHRD_SIT');
export const ARPHRD_IPDDP = pick('ARPHRD_IPDDP');
export const ARPHRD_IPGRE = pick('ARPHRD_IPGRE');
export const ARPHRD_PIMREG = pick('ARPHRD_PIMREG');
export const ARPHRD_HIPPI = pick('ARPHRD_HIPPI');
export const ARPHRD_ASH = pick('ARPHRD_ASH');
export const ARPHRD_ECONET = pick('ARPHRD_ECONET');
export const ARPHRD_IRDA = pick('ARPHRD_IRDA');
export const ARPHRD_FCPP = pick('ARPHRD_FCPP');
export const ARPHRD_FCAL = pick('ARPHRD_FCAL');
export const ARPHRD_FCPL = pick('ARPHRD_FCPL');
export const ARPHRD_FCFABRIC = pick('ARPHRD_FCFABRIC');
export const ARPHRD_IEEE802_TR = pick('ARPHRD_IEEE802_TR');
export const ARPHRD_IEEE80211 = pick('ARPHRD_IEEE80211');
export const ARPHRD_IEEE80211_PRISM = pick('ARPHRD_IEEE80211_PRISM');
export const ARPHRD_IEEE80211_RADIOTAP = pick('ARPHRD_IEEE80211_RADIOTAP');
export const ARPHRD_IEEE802154 = pick('ARPHRD_IEEE802154');
export const ARPHRD_IEEE802154_MONITOR = pick('ARPHRD_IEEE802154_MONITOR');
export const ARPHRD_PHONET = pick('ARPHRD_PHONET');
export const ARPHRD_PHONET_PIPE = pick('ARPHRD_PHONET_PIPE');
export const ARPHRD_CAIF = pick('ARPHRD_CAIF');
export const ARPHRD_IP6GRE = pick('ARPHRD_IP6GRE');
export const ARPHRD_NETLINK = pick('ARPHRD_NETLINK');
export const ARPHRD_6LOWPAN = pick('ARPHRD_6LOWPAN');
export const ARPHRD_VSOCKMON = pick('ARPHRD_VSOCKMON');
export const ARPHRD_VOID = pick('ARPHRD_VOID');
export const ARPHRD_NONE = pick('ARPHRD_NONE');
