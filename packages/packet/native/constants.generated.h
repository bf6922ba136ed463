// generated from constants.def by sock-gen-constants — do not edit
#ifndef SOCK_CONSTANTS_GENERATED_H_
#define SOCK_CONSTANTS_GENERATED_H_

#include <sock/constants.h>

#if __has_include(<sys/types.h>)
#include <sys/types.h>
#endif
#if __has_include(<sys/socket.h>)
#include <sys/socket.h>
#endif
#if __has_include(<linux/if_packet.h>)
#include <linux/if_packet.h>
#endif
#if __has_include(<linux/if_ether.h>)
#include <linux/if_ether.h>
#endif
#if __has_include(<linux/if_arp.h>)
#include <linux/if_arp.h>
#endif
#if __has_include(<linux/filter.h>)
#include <linux/filter.h>
#endif
#if __has_include(<net/ethernet.h>)
#include <net/ethernet.h>
#endif

/** The constants of constants.def that are macros (read behind #ifdef). */
inline void AddGeneratedMacros(sock::ConstantSink& s) {
  s.Group("AF");
#ifdef AF_PACKET
  s.Add("AF_PACKET", AF_PACKET);
#endif
#ifdef PF_PACKET
  s.Add("PF_PACKET", PF_PACKET);
#endif
#ifdef SOL_PACKET
  s.Add("SOL_PACKET", SOL_PACKET);
#endif
  s.Group("PACKET_TYPE");
#ifdef PACKET_HOST
  s.Add("PACKET_HOST", PACKET_HOST);
#endif
#ifdef PACKET_BROADCAST
  s.Add("PACKET_BROADCAST", PACKET_BROADCAST);
#endif
#ifdef PACKET_MULTICAST
  s.Add("PACKET_MULTICAST", PACKET_MULTICAST);
#endif
#ifdef PACKET_OTHERHOST
  s.Add("PACKET_OTHERHOST", PACKET_OTHERHOST);
#endif
#ifdef PACKET_OUTGOING
  s.Add("PACKET_OUTGOING", PACKET_OUTGOING);
#endif
#ifdef PACKET_LOOPBACK
  s.Add("PACKET_LOOPBACK", PACKET_LOOPBACK);
#endif
#ifdef PACKET_USER
  s.Add("PACKET_USER", PACKET_USER);
#endif
#ifdef PACKET_KERNEL
  s.Add("PACKET_KERNEL", PACKET_KERNEL);
#endif
#ifdef PACKET_FASTROUTE
  s.Add("PACKET_FASTROUTE", PACKET_FASTROUTE);
#endif
  s.Group("PACKET_OPTION");
#ifdef PACKET_ADD_MEMBERSHIP
  s.Add("PACKET_ADD_MEMBERSHIP", PACKET_ADD_MEMBERSHIP);
#endif
#ifdef PACKET_DROP_MEMBERSHIP
  s.Add("PACKET_DROP_MEMBERSHIP", PACKET_DROP_MEMBERSHIP);
#endif
#ifdef PACKET_RECV_OUTPUT
  s.Add("PACKET_RECV_OUTPUT", PACKET_RECV_OUTPUT);
#endif
#ifdef PACKET_RX_RING
  s.Add("PACKET_RX_RING", PACKET_RX_RING);
#endif
#ifdef PACKET_STATISTICS
  s.Add("PACKET_STATISTICS", PACKET_STATISTICS);
#endif
#ifdef PACKET_COPY_THRESH
  s.Add("PACKET_COPY_THRESH", PACKET_COPY_THRESH);
#endif
#ifdef PACKET_AUXDATA
  s.Add("PACKET_AUXDATA", PACKET_AUXDATA);
#endif
#ifdef PACKET_ORIGDEV
  s.Add("PACKET_ORIGDEV", PACKET_ORIGDEV);
#endif
#ifdef PACKET_VERSION
  s.Add("PACKET_VERSION", PACKET_VERSION);
#endif
#ifdef PACKET_HDRLEN
  s.Add("PACKET_HDRLEN", PACKET_HDRLEN);
#endif
#ifdef PACKET_RESERVE
  s.Add("PACKET_RESERVE", PACKET_RESERVE);
#endif
#ifdef PACKET_TX_RING
  s.Add("PACKET_TX_RING", PACKET_TX_RING);
#endif
#ifdef PACKET_LOSS
  s.Add("PACKET_LOSS", PACKET_LOSS);
#endif
#ifdef PACKET_VNET_HDR
  s.Add("PACKET_VNET_HDR", PACKET_VNET_HDR);
#endif
#ifdef PACKET_TX_TIMESTAMP
  s.Add("PACKET_TX_TIMESTAMP", PACKET_TX_TIMESTAMP);
#endif
#ifdef PACKET_TIMESTAMP
  s.Add("PACKET_TIMESTAMP", PACKET_TIMESTAMP);
#endif
#ifdef PACKET_FANOUT
  s.Add("PACKET_FANOUT", PACKET_FANOUT);
#endif
#ifdef PACKET_TX_HAS_OFF
  s.Add("PACKET_TX_HAS_OFF", PACKET_TX_HAS_OFF);
#endif
#ifdef PACKET_QDISC_BYPASS
  s.Add("PACKET_QDISC_BYPASS", PACKET_QDISC_BYPASS);
#endif
#ifdef PACKET_ROLLOVER_STATS
  s.Add("PACKET_ROLLOVER_STATS", PACKET_ROLLOVER_STATS);
#endif
#ifdef PACKET_FANOUT_DATA
  s.Add("PACKET_FANOUT_DATA", PACKET_FANOUT_DATA);
#endif
#ifdef PACKET_IGNORE_OUTGOING
  s.Add("PACKET_IGNORE_OUTGOING", PACKET_IGNORE_OUTGOING);
#endif
#ifdef PACKET_VNET_HDR_SZ
  s.Add("PACKET_VNET_HDR_SZ", PACKET_VNET_HDR_SZ);
#endif
  s.Group("PACKET_FANOUT");
#ifdef PACKET_FANOUT_HASH
  s.Add("PACKET_FANOUT_HASH", PACKET_FANOUT_HASH);
#endif
#ifdef PACKET_FANOUT_LB
  s.Add("PACKET_FANOUT_LB", PACKET_FANOUT_LB);
#endif
#ifdef PACKET_FANOUT_CPU
  s.Add("PACKET_FANOUT_CPU", PACKET_FANOUT_CPU);
#endif
#ifdef PACKET_FANOUT_ROLLOVER
  s.Add("PACKET_FANOUT_ROLLOVER", PACKET_FANOUT_ROLLOVER);
#endif
#ifdef PACKET_FANOUT_RND
  s.Add("PACKET_FANOUT_RND", PACKET_FANOUT_RND);
#endif
#ifdef PACKET_FANOUT_QM
  s.Add("PACKET_FANOUT_QM", PACKET_FANOUT_QM);
#endif
#ifdef PACKET_FANOUT_CBPF
  s.Add("PACKET_FANOUT_CBPF", PACKET_FANOUT_CBPF);
#endif
#ifdef PACKET_FANOUT_EBPF
  s.Add("PACKET_FANOUT_EBPF", PACKET_FANOUT_EBPF);
#endif
  s.Group("PACKET_FANOUT_FLAG");
#ifdef PACKET_FANOUT_FLAG_ROLLOVER
  s.Add("PACKET_FANOUT_FLAG_ROLLOVER", PACKET_FANOUT_FLAG_ROLLOVER);
#endif
#ifdef PACKET_FANOUT_FLAG_UNIQUEID
  s.Add("PACKET_FANOUT_FLAG_UNIQUEID", PACKET_FANOUT_FLAG_UNIQUEID);
#endif
#ifdef PACKET_FANOUT_FLAG_DEFRAG
  s.Add("PACKET_FANOUT_FLAG_DEFRAG", PACKET_FANOUT_FLAG_DEFRAG);
#endif
#ifdef PACKET_FANOUT_FLAG_IGNORE_OUTGOING
  s.Add("PACKET_FANOUT_FLAG_IGNORE_OUTGOING", PACKET_FANOUT_FLAG_IGNORE_OUTGOING);
#endif
  s.Group("PACKET_MR");
#ifdef PACKET_MR_MULTICAST
  s.Add("PACKET_MR_MULTICAST", PACKET_MR_MULTICAST);
#endif
#ifdef PACKET_MR_PROMISC
  s.Add("PACKET_MR_PROMISC", PACKET_MR_PROMISC);
#endif
#ifdef PACKET_MR_ALLMULTI
  s.Add("PACKET_MR_ALLMULTI", PACKET_MR_ALLMULTI);
#endif
#ifdef PACKET_MR_UNICAST
  s.Add("PACKET_MR_UNICAST", PACKET_MR_UNICAST);
#endif
  s.Group("TP_STATUS");
#ifdef TP_STATUS_KERNEL
  s.Add("TP_STATUS_KERNEL", TP_STATUS_KERNEL);
#endif
#ifdef TP_STATUS_USER
  s.Add("TP_STATUS_USER", TP_STATUS_USER);
#endif
#ifdef TP_STATUS_COPY
  s.Add("TP_STATUS_COPY", TP_STATUS_COPY);
#endif
#ifdef TP_STATUS_LOSING
  s.Add("TP_STATUS_LOSING", TP_STATUS_LOSING);
#endif
#ifdef TP_STATUS_CSUMNOTREADY
  s.Add("TP_STATUS_CSUMNOTREADY", TP_STATUS_CSUMNOTREADY);
#endif
#ifdef TP_STATUS_VLAN_VALID
  s.Add("TP_STATUS_VLAN_VALID", TP_STATUS_VLAN_VALID);
#endif
#ifdef TP_STATUS_BLK_TMO
  s.Add("TP_STATUS_BLK_TMO", TP_STATUS_BLK_TMO);
#endif
#ifdef TP_STATUS_VLAN_TPID_VALID
  s.Add("TP_STATUS_VLAN_TPID_VALID", TP_STATUS_VLAN_TPID_VALID);
#endif
#ifdef TP_STATUS_CSUM_VALID
  s.Add("TP_STATUS_CSUM_VALID", TP_STATUS_CSUM_VALID);
#endif
#ifdef TP_STATUS_AVAILABLE
  s.Add("TP_STATUS_AVAILABLE", TP_STATUS_AVAILABLE);
#endif
#ifdef TP_STATUS_SEND_REQUEST
  s.Add("TP_STATUS_SEND_REQUEST", TP_STATUS_SEND_REQUEST);
#endif
#ifdef TP_STATUS_SENDING
  s.Add("TP_STATUS_SENDING", TP_STATUS_SENDING);
#endif
#ifdef TP_STATUS_WRONG_FORMAT
  s.Add("TP_STATUS_WRONG_FORMAT", TP_STATUS_WRONG_FORMAT);
#endif
#ifdef TP_STATUS_TS_SOFTWARE
  s.Add("TP_STATUS_TS_SOFTWARE", TP_STATUS_TS_SOFTWARE);
#endif
#ifdef TP_STATUS_TS_SYS_HARDWARE
  s.Add("TP_STATUS_TS_SYS_HARDWARE", TP_STATUS_TS_SYS_HARDWARE);
#endif
#ifdef TP_STATUS_TS_RAW_HARDWARE
  s.Add("TP_STATUS_TS_RAW_HARDWARE", TP_STATUS_TS_RAW_HARDWARE);
#endif
  s.Group("TP_FT");
#ifdef TP_FT_REQ_FILL_RXHASH
  s.Add("TP_FT_REQ_FILL_RXHASH", TP_FT_REQ_FILL_RXHASH);
#endif
  s.Group("TPACKET");
#ifdef TPACKET_ALIGNMENT
  s.Add("TPACKET_ALIGNMENT", TPACKET_ALIGNMENT);
#endif
#ifdef TPACKET_HDRLEN
  s.Add("TPACKET_HDRLEN", TPACKET_HDRLEN);
#endif
#ifdef TPACKET2_HDRLEN
  s.Add("TPACKET2_HDRLEN", TPACKET2_HDRLEN);
#endif
#ifdef TPACKET3_HDRLEN
  s.Add("TPACKET3_HDRLEN", TPACKET3_HDRLEN);
#endif
  s.Group("MAX_ADDR_LEN");
#ifdef MAX_ADDR_LEN
  s.Add("MAX_ADDR_LEN", MAX_ADDR_LEN);
#endif
  s.Group("ETH");
#ifdef ETH_ALEN
  s.Add("ETH_ALEN", ETH_ALEN);
#endif
#ifdef ETH_TLEN
  s.Add("ETH_TLEN", ETH_TLEN);
#endif
#ifdef ETH_HLEN
  s.Add("ETH_HLEN", ETH_HLEN);
#endif
#ifdef ETH_ZLEN
  s.Add("ETH_ZLEN", ETH_ZLEN);
#endif
#ifdef ETH_DATA_LEN
  s.Add("ETH_DATA_LEN", ETH_DATA_LEN);
#endif
#ifdef ETH_FRAME_LEN
  s.Add("ETH_FRAME_LEN", ETH_FRAME_LEN);
#endif
#ifdef ETH_FCS_LEN
  s.Add("ETH_FCS_LEN", ETH_FCS_LEN);
#endif
#ifdef ETH_MIN_MTU
  s.Add("ETH_MIN_MTU", ETH_MIN_MTU);
#endif
#ifdef ETH_MAX_MTU
  s.Add("ETH_MAX_MTU", ETH_MAX_MTU);
#endif
  s.Group("ETH_P");
#ifdef ETH_P_LOOP
  s.Add("ETH_P_LOOP", ETH_P_LOOP);
#endif
#ifdef ETH_P_PUP
  s.Add("ETH_P_PUP", ETH_P_PUP);
#endif
#ifdef ETH_P_PUPAT
  s.Add("ETH_P_PUPAT", ETH_P_PUPAT);
#endif
#ifdef ETH_P_TSN
  s.Add("ETH_P_TSN", ETH_P_TSN);
#endif
#ifdef ETH_P_ERSPAN2
  s.Add("ETH_P_ERSPAN2", ETH_P_ERSPAN2);
#endif
#ifdef ETH_P_IP
  s.Add("ETH_P_IP", ETH_P_IP);
#endif
#ifdef ETH_P_X25
  s.Add("ETH_P_X25", ETH_P_X25);
#endif
#ifdef ETH_P_ARP
  s.Add("ETH_P_ARP", ETH_P_ARP);
#endif
#ifdef ETH_P_BPQ
  s.Add("ETH_P_BPQ", ETH_P_BPQ);
#endif
#ifdef ETH_P_IEEEPUP
  s.Add("ETH_P_IEEEPUP", ETH_P_IEEEPUP);
#endif
#ifdef ETH_P_IEEEPUPAT
  s.Add("ETH_P_IEEEPUPAT", ETH_P_IEEEPUPAT);
#endif
#ifdef ETH_P_BATMAN
  s.Add("ETH_P_BATMAN", ETH_P_BATMAN);
#endif
#ifdef ETH_P_DEC
  s.Add("ETH_P_DEC", ETH_P_DEC);
#endif
#ifdef ETH_P_DNA_DL
  s.Add("ETH_P_DNA_DL", ETH_P_DNA_DL);
#endif
#ifdef ETH_P_DNA_RC
  s.Add("ETH_P_DNA_RC", ETH_P_DNA_RC);
#endif
#ifdef ETH_P_DNA_RT
  s.Add("ETH_P_DNA_RT", ETH_P_DNA_RT);
#endif
#ifdef ETH_P_LAT
  s.Add("ETH_P_LAT", ETH_P_LAT);
#endif
#ifdef ETH_P_DIAG
  s.Add("ETH_P_DIAG", ETH_P_DIAG);
#endif
#ifdef ETH_P_CUST
  s.Add("ETH_P_CUST", ETH_P_CUST);
#endif
#ifdef ETH_P_SCA
  s.Add("ETH_P_SCA", ETH_P_SCA);
#endif
#ifdef ETH_P_TEB
  s.Add("ETH_P_TEB", ETH_P_TEB);
#endif
#ifdef ETH_P_RARP
  s.Add("ETH_P_RARP", ETH_P_RARP);
#endif
#ifdef ETH_P_ATALK
  s.Add("ETH_P_ATALK", ETH_P_ATALK);
#endif
#ifdef ETH_P_AARP
  s.Add("ETH_P_AARP", ETH_P_AARP);
#endif
#ifdef ETH_P_8021Q
  s.Add("ETH_P_8021Q", ETH_P_8021Q);
#endif
#ifdef ETH_P_ERSPAN
  s.Add("ETH_P_ERSPAN", ETH_P_ERSPAN);
#endif
#ifdef ETH_P_IPX
  s.Add("ETH_P_IPX", ETH_P_IPX);
#endif
#ifdef ETH_P_IPV6
  s.Add("ETH_P_IPV6", ETH_P_IPV6);
#endif
#ifdef ETH_P_PAUSE
  s.Add("ETH_P_PAUSE", ETH_P_PAUSE);
#endif
#ifdef ETH_P_SLOW
  s.Add("ETH_P_SLOW", ETH_P_SLOW);
#endif
#ifdef ETH_P_WCCP
  s.Add("ETH_P_WCCP", ETH_P_WCCP);
#endif
#ifdef ETH_P_MPLS_UC
  s.Add("ETH_P_MPLS_UC", ETH_P_MPLS_UC);
#endif
#ifdef ETH_P_MPLS_MC
  s.Add("ETH_P_MPLS_MC", ETH_P_MPLS_MC);
#endif
#ifdef ETH_P_ATMMPOA
  s.Add("ETH_P_ATMMPOA", ETH_P_ATMMPOA);
#endif
#ifdef ETH_P_PPP_DISC
  s.Add("ETH_P_PPP_DISC", ETH_P_PPP_DISC);
#endif
#ifdef ETH_P_PPP_SES
  s.Add("ETH_P_PPP_SES", ETH_P_PPP_SES);
#endif
#ifdef ETH_P_LINK_CTL
  s.Add("ETH_P_LINK_CTL", ETH_P_LINK_CTL);
#endif
#ifdef ETH_P_ATMFATE
  s.Add("ETH_P_ATMFATE", ETH_P_ATMFATE);
#endif
#ifdef ETH_P_PAE
  s.Add("ETH_P_PAE", ETH_P_PAE);
#endif
#ifdef ETH_P_PROFINET
  s.Add("ETH_P_PROFINET", ETH_P_PROFINET);
#endif
#ifdef ETH_P_REALTEK
  s.Add("ETH_P_REALTEK", ETH_P_REALTEK);
#endif
#ifdef ETH_P_AOE
  s.Add("ETH_P_AOE", ETH_P_AOE);
#endif
#ifdef ETH_P_ETHERCAT
  s.Add("ETH_P_ETHERCAT", ETH_P_ETHERCAT);
#endif
#ifdef ETH_P_8021AD
  s.Add("ETH_P_8021AD", ETH_P_8021AD);
#endif
#ifdef ETH_P_802_EX1
  s.Add("ETH_P_802_EX1", ETH_P_802_EX1);
#endif
#ifdef ETH_P_PREAUTH
  s.Add("ETH_P_PREAUTH", ETH_P_PREAUTH);
#endif
#ifdef ETH_P_TIPC
  s.Add("ETH_P_TIPC", ETH_P_TIPC);
#endif
#ifdef ETH_P_LLDP
  s.Add("ETH_P_LLDP", ETH_P_LLDP);
#endif
#ifdef ETH_P_MRP
  s.Add("ETH_P_MRP", ETH_P_MRP);
#endif
#ifdef ETH_P_MACSEC
  s.Add("ETH_P_MACSEC", ETH_P_MACSEC);
#endif
#ifdef ETH_P_8021AH
  s.Add("ETH_P_8021AH", ETH_P_8021AH);
#endif
#ifdef ETH_P_MVRP
  s.Add("ETH_P_MVRP", ETH_P_MVRP);
#endif
#ifdef ETH_P_1588
  s.Add("ETH_P_1588", ETH_P_1588);
#endif
#ifdef ETH_P_NCSI
  s.Add("ETH_P_NCSI", ETH_P_NCSI);
#endif
#ifdef ETH_P_PRP
  s.Add("ETH_P_PRP", ETH_P_PRP);
#endif
#ifdef ETH_P_CFM
  s.Add("ETH_P_CFM", ETH_P_CFM);
#endif
#ifdef ETH_P_FCOE
  s.Add("ETH_P_FCOE", ETH_P_FCOE);
#endif
#ifdef ETH_P_IBOE
  s.Add("ETH_P_IBOE", ETH_P_IBOE);
#endif
#ifdef ETH_P_TDLS
  s.Add("ETH_P_TDLS", ETH_P_TDLS);
#endif
#ifdef ETH_P_FIP
  s.Add("ETH_P_FIP", ETH_P_FIP);
#endif
#ifdef ETH_P_80221
  s.Add("ETH_P_80221", ETH_P_80221);
#endif
#ifdef ETH_P_HSR
  s.Add("ETH_P_HSR", ETH_P_HSR);
#endif
#ifdef ETH_P_NSH
  s.Add("ETH_P_NSH", ETH_P_NSH);
#endif
#ifdef ETH_P_LOOPBACK
  s.Add("ETH_P_LOOPBACK", ETH_P_LOOPBACK);
#endif
#ifdef ETH_P_QINQ1
  s.Add("ETH_P_QINQ1", ETH_P_QINQ1);
#endif
#ifdef ETH_P_QINQ2
  s.Add("ETH_P_QINQ2", ETH_P_QINQ2);
#endif
#ifdef ETH_P_QINQ3
  s.Add("ETH_P_QINQ3", ETH_P_QINQ3);
#endif
#ifdef ETH_P_EDSA
  s.Add("ETH_P_EDSA", ETH_P_EDSA);
#endif
#ifdef ETH_P_DSA_8021Q
  s.Add("ETH_P_DSA_8021Q", ETH_P_DSA_8021Q);
#endif
#ifdef ETH_P_DSA_A5PSW
  s.Add("ETH_P_DSA_A5PSW", ETH_P_DSA_A5PSW);
#endif
#ifdef ETH_P_IFE
  s.Add("ETH_P_IFE", ETH_P_IFE);
#endif
#ifdef ETH_P_AF_IUCV
  s.Add("ETH_P_AF_IUCV", ETH_P_AF_IUCV);
#endif
#ifdef ETH_P_802_3_MIN
  s.Add("ETH_P_802_3_MIN", ETH_P_802_3_MIN);
#endif
#ifdef ETH_P_802_3
  s.Add("ETH_P_802_3", ETH_P_802_3);
#endif
#ifdef ETH_P_AX25
  s.Add("ETH_P_AX25", ETH_P_AX25);
#endif
#ifdef ETH_P_ALL
  s.Add("ETH_P_ALL", ETH_P_ALL);
#endif
#ifdef ETH_P_802_2
  s.Add("ETH_P_802_2", ETH_P_802_2);
#endif
#ifdef ETH_P_SNAP
  s.Add("ETH_P_SNAP", ETH_P_SNAP);
#endif
#ifdef ETH_P_DDCMP
  s.Add("ETH_P_DDCMP", ETH_P_DDCMP);
#endif
#ifdef ETH_P_WAN_PPP
  s.Add("ETH_P_WAN_PPP", ETH_P_WAN_PPP);
#endif
#ifdef ETH_P_PPP_MP
  s.Add("ETH_P_PPP_MP", ETH_P_PPP_MP);
#endif
#ifdef ETH_P_LOCALTALK
  s.Add("ETH_P_LOCALTALK", ETH_P_LOCALTALK);
#endif
#ifdef ETH_P_CAN
  s.Add("ETH_P_CAN", ETH_P_CAN);
#endif
#ifdef ETH_P_CANFD
  s.Add("ETH_P_CANFD", ETH_P_CANFD);
#endif
#ifdef ETH_P_CANXL
  s.Add("ETH_P_CANXL", ETH_P_CANXL);
#endif
#ifdef ETH_P_PPPTALK
  s.Add("ETH_P_PPPTALK", ETH_P_PPPTALK);
#endif
#ifdef ETH_P_TR_802_2
  s.Add("ETH_P_TR_802_2", ETH_P_TR_802_2);
#endif
#ifdef ETH_P_MOBITEX
  s.Add("ETH_P_MOBITEX", ETH_P_MOBITEX);
#endif
#ifdef ETH_P_CONTROL
  s.Add("ETH_P_CONTROL", ETH_P_CONTROL);
#endif
#ifdef ETH_P_IRDA
  s.Add("ETH_P_IRDA", ETH_P_IRDA);
#endif
#ifdef ETH_P_ECONET
  s.Add("ETH_P_ECONET", ETH_P_ECONET);
#endif
#ifdef ETH_P_HDLC
  s.Add("ETH_P_HDLC", ETH_P_HDLC);
#endif
#ifdef ETH_P_ARCNET
  s.Add("ETH_P_ARCNET", ETH_P_ARCNET);
#endif
#ifdef ETH_P_DSA
  s.Add("ETH_P_DSA", ETH_P_DSA);
#endif
#ifdef ETH_P_TRAILER
  s.Add("ETH_P_TRAILER", ETH_P_TRAILER);
#endif
#ifdef ETH_P_PHONET
  s.Add("ETH_P_PHONET", ETH_P_PHONET);
#endif
#ifdef ETH_P_IEEE802154
  s.Add("ETH_P_IEEE802154", ETH_P_IEEE802154);
#endif
#ifdef ETH_P_CAIF
  s.Add("ETH_P_CAIF", ETH_P_CAIF);
#endif
#ifdef ETH_P_XDSA
  s.Add("ETH_P_XDSA", ETH_P_XDSA);
#endif
#ifdef ETH_P_MAP
  s.Add("ETH_P_MAP", ETH_P_MAP);
#endif
#ifdef ETH_P_MCTP
  s.Add("ETH_P_MCTP", ETH_P_MCTP);
#endif
  s.Group("ETHERTYPE");
#ifdef ETHERTYPE_PUP
  s.Add("ETHERTYPE_PUP", ETHERTYPE_PUP);
#endif
#ifdef ETHERTYPE_SPRITE
  s.Add("ETHERTYPE_SPRITE", ETHERTYPE_SPRITE);
#endif
#ifdef ETHERTYPE_IP
  s.Add("ETHERTYPE_IP", ETHERTYPE_IP);
#endif
#ifdef ETHERTYPE_ARP
  s.Add("ETHERTYPE_ARP", ETHERTYPE_ARP);
#endif
#ifdef ETHERTYPE_REVARP
  s.Add("ETHERTYPE_REVARP", ETHERTYPE_REVARP);
#endif
#ifdef ETHERTYPE_AT
  s.Add("ETHERTYPE_AT", ETHERTYPE_AT);
#endif
#ifdef ETHERTYPE_AARP
  s.Add("ETHERTYPE_AARP", ETHERTYPE_AARP);
#endif
#ifdef ETHERTYPE_VLAN
  s.Add("ETHERTYPE_VLAN", ETHERTYPE_VLAN);
#endif
#ifdef ETHERTYPE_IPX
  s.Add("ETHERTYPE_IPX", ETHERTYPE_IPX);
#endif
#ifdef ETHERTYPE_IPV6
  s.Add("ETHERTYPE_IPV6", ETHERTYPE_IPV6);
#endif
#ifdef ETHERTYPE_LOOPBACK
  s.Add("ETHERTYPE_LOOPBACK", ETHERTYPE_LOOPBACK);
#endif
#ifdef ETHERTYPE_TRAIL
  s.Add("ETHERTYPE_TRAIL", ETHERTYPE_TRAIL);
#endif
#ifdef ETHERTYPE_NTRAILER
  s.Add("ETHERTYPE_NTRAILER", ETHERTYPE_NTRAILER);
#endif
  s.Group("ETHER");
#ifdef ETHER_ADDR_LEN
  s.Add("ETHER_ADDR_LEN", ETHER_ADDR_LEN);
#endif
#ifdef ETHER_TYPE_LEN
  s.Add("ETHER_TYPE_LEN", ETHER_TYPE_LEN);
#endif
#ifdef ETHER_CRC_LEN
  s.Add("ETHER_CRC_LEN", ETHER_CRC_LEN);
#endif
#ifdef ETHER_HDR_LEN
  s.Add("ETHER_HDR_LEN", ETHER_HDR_LEN);
#endif
#ifdef ETHER_MIN_LEN
  s.Add("ETHER_MIN_LEN", ETHER_MIN_LEN);
#endif
#ifdef ETHER_MAX_LEN
  s.Add("ETHER_MAX_LEN", ETHER_MAX_LEN);
#endif
#ifdef ETHERMTU
  s.Add("ETHERMTU", ETHERMTU);
#endif
#ifdef ETHERMIN
  s.Add("ETHERMIN", ETHERMIN);
#endif
  s.Group("ARPHRD");
#ifdef ARPHRD_NETROM
  s.Add("ARPHRD_NETROM", ARPHRD_NETROM);
#endif
#ifdef ARPHRD_ETHER
  s.Add("ARPHRD_ETHER", ARPHRD_ETHER);
#endif
#ifdef ARPHRD_EETHER
  s.Add("ARPHRD_EETHER", ARPHRD_EETHER);
#endif
#ifdef ARPHRD_AX25
  s.Add("ARPHRD_AX25", ARPHRD_AX25);
#endif
#ifdef ARPHRD_PRONET
  s.Add("ARPHRD_PRONET", ARPHRD_PRONET);
#endif
#ifdef ARPHRD_CHAOS
  s.Add("ARPHRD_CHAOS", ARPHRD_CHAOS);
#endif
#ifdef ARPHRD_IEEE802
  s.Add("ARPHRD_IEEE802", ARPHRD_IEEE802);
#endif
#ifdef ARPHRD_ARCNET
  s.Add("ARPHRD_ARCNET", ARPHRD_ARCNET);
#endif
#ifdef ARPHRD_APPLETLK
  s.Add("ARPHRD_APPLETLK", ARPHRD_APPLETLK);
#endif
#ifdef ARPHRD_DLCI
  s.Add("ARPHRD_DLCI", ARPHRD_DLCI);
#endif
#ifdef ARPHRD_ATM
  s.Add("ARPHRD_ATM", ARPHRD_ATM);
#endif
#ifdef ARPHRD_METRICOM
  s.Add("ARPHRD_METRICOM", ARPHRD_METRICOM);
#endif
#ifdef ARPHRD_IEEE1394
  s.Add("ARPHRD_IEEE1394", ARPHRD_IEEE1394);
#endif
#ifdef ARPHRD_EUI64
  s.Add("ARPHRD_EUI64", ARPHRD_EUI64);
#endif
#ifdef ARPHRD_INFINIBAND
  s.Add("ARPHRD_INFINIBAND", ARPHRD_INFINIBAND);
#endif
#ifdef ARPHRD_SLIP
  s.Add("ARPHRD_SLIP", ARPHRD_SLIP);
#endif
#ifdef ARPHRD_CSLIP
  s.Add("ARPHRD_CSLIP", ARPHRD_CSLIP);
#endif
#ifdef ARPHRD_SLIP6
  s.Add("ARPHRD_SLIP6", ARPHRD_SLIP6);
#endif
#ifdef ARPHRD_CSLIP6
  s.Add("ARPHRD_CSLIP6", ARPHRD_CSLIP6);
#endif
#ifdef ARPHRD_RSRVD
  s.Add("ARPHRD_RSRVD", ARPHRD_RSRVD);
#endif
#ifdef ARPHRD_ADAPT
  s.Add("ARPHRD_ADAPT", ARPHRD_ADAPT);
#endif
#ifdef ARPHRD_ROSE
  s.Add("ARPHRD_ROSE", ARPHRD_ROSE);
#endif
#ifdef ARPHRD_X25
  s.Add("ARPHRD_X25", ARPHRD_X25);
#endif
#ifdef ARPHRD_HWX25
  s.Add("ARPHRD_HWX25", ARPHRD_HWX25);
#endif
#ifdef ARPHRD_CAN
  s.Add("ARPHRD_CAN", ARPHRD_CAN);
#endif
#ifdef ARPHRD_MCTP
  s.Add("ARPHRD_MCTP", ARPHRD_MCTP);
#endif
#ifdef ARPHRD_PPP
  s.Add("ARPHRD_PPP", ARPHRD_PPP);
#endif
#ifdef ARPHRD_CISCO
  s.Add("ARPHRD_CISCO", ARPHRD_CISCO);
#endif
#ifdef ARPHRD_HDLC
  s.Add("ARPHRD_HDLC", ARPHRD_HDLC);
#endif
#ifdef ARPHRD_LAPB
  s.Add("ARPHRD_LAPB", ARPHRD_LAPB);
#endif
#ifdef ARPHRD_DDCMP
  s.Add("ARPHRD_DDCMP", ARPHRD_DDCMP);
#endif
#ifdef ARPHRD_RAWHDLC
  s.Add("ARPHRD_RAWHDLC", ARPHRD_RAWHDLC);
#endif
#ifdef ARPHRD_RAWIP
  s.Add("ARPHRD_RAWIP", ARPHRD_RAWIP);
#endif
#ifdef ARPHRD_TUNNEL
  s.Add("ARPHRD_TUNNEL", ARPHRD_TUNNEL);
#endif
#ifdef ARPHRD_TUNNEL6
  s.Add("ARPHRD_TUNNEL6", ARPHRD_TUNNEL6);
#endif
#ifdef ARPHRD_FRAD
  s.Add("ARPHRD_FRAD", ARPHRD_FRAD);
#endif
#ifdef ARPHRD_SKIP
  s.Add("ARPHRD_SKIP", ARPHRD_SKIP);
#endif
#ifdef ARPHRD_LOOPBACK
  s.Add("ARPHRD_LOOPBACK", ARPHRD_LOOPBACK);
#endif
#ifdef ARPHRD_LOCALTLK
  s.Add("ARPHRD_LOCALTLK", ARPHRD_LOCALTLK);
#endif
#ifdef ARPHRD_FDDI
  s.Add("ARPHRD_FDDI", ARPHRD_FDDI);
#endif
#ifdef ARPHRD_BIF
  s.Add("ARPHRD_BIF", ARPHRD_BIF);
#endif
#ifdef ARPHRD_SIT
  s.Add("ARPHRD_SIT", ARPHRD_SIT);
#endif
#ifdef ARPHRD_IPDDP
  s.Add("ARPHRD_IPDDP", ARPHRD_IPDDP);
#endif
#ifdef ARPHRD_IPGRE
  s.Add("ARPHRD_IPGRE", ARPHRD_IPGRE);
#endif
#ifdef ARPHRD_PIMREG
  s.Add("ARPHRD_PIMREG", ARPHRD_PIMREG);
#endif
#ifdef ARPHRD_HIPPI
  s.Add("ARPHRD_HIPPI", ARPHRD_HIPPI);
#endif
#ifdef ARPHRD_ASH
  s.Add("ARPHRD_ASH", ARPHRD_ASH);
#endif
#ifdef ARPHRD_ECONET
  s.Add("ARPHRD_ECONET", ARPHRD_ECONET);
#endif
#ifdef ARPHRD_IRDA
  s.Add("ARPHRD_IRDA", ARPHRD_IRDA);
#endif
#ifdef ARPHRD_FCPP
  s.Add("ARPHRD_FCPP", ARPHRD_FCPP);
#endif
#ifdef ARPHRD_FCAL
  s.Add("ARPHRD_FCAL", ARPHRD_FCAL);
#endif
#ifdef ARPHRD_FCPL
  s.Add("ARPHRD_FCPL", ARPHRD_FCPL);
#endif
#ifdef ARPHRD_FCFABRIC
  s.Add("ARPHRD_FCFABRIC", ARPHRD_FCFABRIC);
#endif
#ifdef ARPHRD_IEEE802_TR
  s.Add("ARPHRD_IEEE802_TR", ARPHRD_IEEE802_TR);
#endif
#ifdef ARPHRD_IEEE80211
  s.Add("ARPHRD_IEEE80211", ARPHRD_IEEE80211);
#endif
#ifdef ARPHRD_IEEE80211_PRISM
  s.Add("ARPHRD_IEEE80211_PRISM", ARPHRD_IEEE80211_PRISM);
#endif
#ifdef ARPHRD_IEEE80211_RADIOTAP
  s.Add("ARPHRD_IEEE80211_RADIOTAP", ARPHRD_IEEE80211_RADIOTAP);
#endif
#ifdef ARPHRD_IEEE802154
  s.Add("ARPHRD_IEEE802154", ARPHRD_IEEE802154);
#endif
#ifdef ARPHRD_IEEE802154_MONITOR
  s.Add("ARPHRD_IEEE802154_MONITOR", ARPHRD_IEEE802154_MONITOR);
#endif
#ifdef ARPHRD_PHONET
  s.Add("ARPHRD_PHONET", ARPHRD_PHONET);
#endif
#ifdef ARPHRD_PHONET_PIPE
  s.Add("ARPHRD_PHONET_PIPE", ARPHRD_PHONET_PIPE);
#endif
#ifdef ARPHRD_CAIF
  s.Add("ARPHRD_CAIF", ARPHRD_CAIF);
#endif
#ifdef ARPHRD_IP6GRE
  s.Add("ARPHRD_IP6GRE", ARPHRD_IP6GRE);
#endif
#ifdef ARPHRD_NETLINK
  s.Add("ARPHRD_NETLINK", ARPHRD_NETLINK);
#endif
#ifdef ARPHRD_6LOWPAN
  s.Add("ARPHRD_6LOWPAN", ARPHRD_6LOWPAN);
#endif
#ifdef ARPHRD_VSOCKMON
  s.Add("ARPHRD_VSOCKMON", ARPHRD_VSOCKMON);
#endif
#ifdef ARPHRD_VOID
  s.Add("ARPHRD_VOID", ARPHRD_VOID);
#endif
#ifdef ARPHRD_NONE
  s.Add("ARPHRD_NONE", ARPHRD_NONE);
#endif
  s.Group("BPF");
#ifdef BPF_LD
  s.Add("BPF_LD", BPF_LD);
#endif
#ifdef BPF_LDX
  s.Add("BPF_LDX", BPF_LDX);
#endif
#ifdef BPF_ST
  s.Add("BPF_ST", BPF_ST);
#endif
#ifdef BPF_STX
  s.Add("BPF_STX", BPF_STX);
#endif
#ifdef BPF_ALU
  s.Add("BPF_ALU", BPF_ALU);
#endif
#ifdef BPF_JMP
  s.Add("BPF_JMP", BPF_JMP);
#endif
#ifdef BPF_RET
  s.Add("BPF_RET", BPF_RET);
#endif
#ifdef BPF_MISC
  s.Add("BPF_MISC", BPF_MISC);
#endif
#ifdef BPF_W
  s.Add("BPF_W", BPF_W);
#endif
#ifdef BPF_H
  s.Add("BPF_H", BPF_H);
#endif
#ifdef BPF_B
  s.Add("BPF_B", BPF_B);
#endif
#ifdef BPF_IMM
  s.Add("BPF_IMM", BPF_IMM);
#endif
#ifdef BPF_ABS
  s.Add("BPF_ABS", BPF_ABS);
#endif
#ifdef BPF_IND
  s.Add("BPF_IND", BPF_IND);
#endif
#ifdef BPF_MEM
  s.Add("BPF_MEM", BPF_MEM);
#endif
#ifdef BPF_LEN
  s.Add("BPF_LEN", BPF_LEN);
#endif
#ifdef BPF_MSH
  s.Add("BPF_MSH", BPF_MSH);
#endif
#ifdef BPF_ADD
  s.Add("BPF_ADD", BPF_ADD);
#endif
#ifdef BPF_SUB
  s.Add("BPF_SUB", BPF_SUB);
#endif
#ifdef BPF_MUL
  s.Add("BPF_MUL", BPF_MUL);
#endif
#ifdef BPF_DIV
  s.Add("BPF_DIV", BPF_DIV);
#endif
#ifdef BPF_OR
  s.Add("BPF_OR", BPF_OR);
#endif
#ifdef BPF_AND
  s.Add("BPF_AND", BPF_AND);
#endif
#ifdef BPF_LSH
  s.Add("BPF_LSH", BPF_LSH);
#endif
#ifdef BPF_RSH
  s.Add("BPF_RSH", BPF_RSH);
#endif
#ifdef BPF_NEG
  s.Add("BPF_NEG", BPF_NEG);
#endif
#ifdef BPF_MOD
  s.Add("BPF_MOD", BPF_MOD);
#endif
#ifdef BPF_XOR
  s.Add("BPF_XOR", BPF_XOR);
#endif
#ifdef BPF_JA
  s.Add("BPF_JA", BPF_JA);
#endif
#ifdef BPF_JEQ
  s.Add("BPF_JEQ", BPF_JEQ);
#endif
#ifdef BPF_JGT
  s.Add("BPF_JGT", BPF_JGT);
#endif
#ifdef BPF_JGE
  s.Add("BPF_JGE", BPF_JGE);
#endif
#ifdef BPF_JSET
  s.Add("BPF_JSET", BPF_JSET);
#endif
#ifdef BPF_K
  s.Add("BPF_K", BPF_K);
#endif
#ifdef BPF_X
  s.Add("BPF_X", BPF_X);
#endif
#ifdef BPF_MAXINSNS
  s.Add("BPF_MAXINSNS", BPF_MAXINSNS);
#endif
#ifdef BPF_MAJOR_VERSION
  s.Add("BPF_MAJOR_VERSION", BPF_MAJOR_VERSION);
#endif
#ifdef BPF_MINOR_VERSION
  s.Add("BPF_MINOR_VERSION", BPF_MINOR_VERSION);
#endif
#ifdef BPF_A
  s.Add("BPF_A", BPF_A);
#endif
#ifdef BPF_TAX
  s.Add("BPF_TAX", BPF_TAX);
#endif
#ifdef BPF_TXA
  s.Add("BPF_TXA", BPF_TXA);
#endif
#ifdef BPF_MEMWORDS
  s.Add("BPF_MEMWORDS", BPF_MEMWORDS);
#endif
#ifdef BPF_NET_OFF
  s.Add("BPF_NET_OFF", BPF_NET_OFF);
#endif
#ifdef BPF_LL_OFF
  s.Add("BPF_LL_OFF", BPF_LL_OFF);
#endif
  s.Group("SKF");
#ifdef SKF_AD_OFF
  s.Add("SKF_AD_OFF", SKF_AD_OFF);
#endif
#ifdef SKF_AD_PROTOCOL
  s.Add("SKF_AD_PROTOCOL", SKF_AD_PROTOCOL);
#endif
#ifdef SKF_AD_PKTTYPE
  s.Add("SKF_AD_PKTTYPE", SKF_AD_PKTTYPE);
#endif
#ifdef SKF_AD_IFINDEX
  s.Add("SKF_AD_IFINDEX", SKF_AD_IFINDEX);
#endif
#ifdef SKF_AD_NLATTR
  s.Add("SKF_AD_NLATTR", SKF_AD_NLATTR);
#endif
#ifdef SKF_AD_NLATTR_NEST
  s.Add("SKF_AD_NLATTR_NEST", SKF_AD_NLATTR_NEST);
#endif
#ifdef SKF_AD_MARK
  s.Add("SKF_AD_MARK", SKF_AD_MARK);
#endif
#ifdef SKF_AD_QUEUE
  s.Add("SKF_AD_QUEUE", SKF_AD_QUEUE);
#endif
#ifdef SKF_AD_HATYPE
  s.Add("SKF_AD_HATYPE", SKF_AD_HATYPE);
#endif
#ifdef SKF_AD_RXHASH
  s.Add("SKF_AD_RXHASH", SKF_AD_RXHASH);
#endif
#ifdef SKF_AD_CPU
  s.Add("SKF_AD_CPU", SKF_AD_CPU);
#endif
#ifdef SKF_AD_ALU_XOR_X
  s.Add("SKF_AD_ALU_XOR_X", SKF_AD_ALU_XOR_X);
#endif
#ifdef SKF_AD_VLAN_TAG
  s.Add("SKF_AD_VLAN_TAG", SKF_AD_VLAN_TAG);
#endif
#ifdef SKF_AD_VLAN_TAG_PRESENT
  s.Add("SKF_AD_VLAN_TAG_PRESENT", SKF_AD_VLAN_TAG_PRESENT);
#endif
#ifdef SKF_AD_PAY_OFFSET
  s.Add("SKF_AD_PAY_OFFSET", SKF_AD_PAY_OFFSET);
#endif
#ifdef SKF_AD_RANDOM
  s.Add("SKF_AD_RANDOM", SKF_AD_RANDOM);
#endif
#ifdef SKF_AD_VLAN_TPID
  s.Add("SKF_AD_VLAN_TPID", SKF_AD_VLAN_TPID);
#endif
#ifdef SKF_AD_MAX
  s.Add("SKF_AD_MAX", SKF_AD_MAX);
#endif
#ifdef SKF_NET_OFF
  s.Add("SKF_NET_OFF", SKF_NET_OFF);
#endif
#ifdef SKF_LL_OFF
  s.Add("SKF_LL_OFF", SKF_LL_OFF);
#endif
}

// Fallbacks for the enumerators, found by qualified lookup only where the headers declare none (see <sock/constants.h>).
namespace sock_generated_absent {
#ifndef TPACKET_V1
constexpr long long TPACKET_V1 = ::sock::kAbsent;
#endif
#ifndef TPACKET_V2
constexpr long long TPACKET_V2 = ::sock::kAbsent;
#endif
#ifndef TPACKET_V3
constexpr long long TPACKET_V3 = ::sock::kAbsent;
#endif
}  // namespace sock_generated_absent
using namespace sock_generated_absent;

/** The bare enumerators of constants.def, probed by qualified lookup. */
inline void AddGeneratedEnumerators(sock::ConstantSink& s) {
  s.Group("TPACKET");
#ifdef TPACKET_V1
  s.Add("TPACKET_V1", TPACKET_V1);
#else
  s.AddProbed("TPACKET_V1", static_cast<long long>(::TPACKET_V1));
#endif
#ifdef TPACKET_V2
  s.Add("TPACKET_V2", TPACKET_V2);
#else
  s.AddProbed("TPACKET_V2", static_cast<long long>(::TPACKET_V2));
#endif
#ifdef TPACKET_V3
  s.Add("TPACKET_V3", TPACKET_V3);
#else
  s.AddProbed("TPACKET_V3", static_cast<long long>(::TPACKET_V3));
#endif
}

/** Every constant of constants.def this platform's headers define. */
inline void AddGeneratedConstants(sock::ConstantSink& s) {
  AddGeneratedMacros(s);
  AddGeneratedEnumerators(s);
}

#endif  // SOCK_CONSTANTS_GENERATED_H_
