// The system headers that define AF_PACKET and the link layer around it.
// Every native file of @sock/packet includes them through here, so constants
// and layouts come from one view of the platform. The kernel's uapi headers
// are used rather than glibc's <netpacket/packet.h> (which cannot be included
// beside them): they carry the newer names (PACKET_FANOUT_*, TP_STATUS_*,
// struct tpacket_auxdata). A platform without them compiles an addon with no
// constants, and the TS layer reports AF_PACKET as missing.
#ifndef SOCK_PACKET_HEADERS_H_
#define SOCK_PACKET_HEADERS_H_

#include <sys/types.h>
#include <sys/socket.h>

#if __has_include(<linux/if_packet.h>)
#define SOCK_PACKET_HAVE_LINUX 1
#include <linux/if_packet.h>
#include <linux/if_ether.h>
#include <linux/if_arp.h>
#include <linux/filter.h>
#include <net/ethernet.h>
#endif

#endif  // SOCK_PACKET_HEADERS_H_
