// Protocol numbers, ports and addresses as this platform's headers define
// them: IPPROTO_*, IPPORT_*, INADDR_* and the SOL_* levels of the inet protocols.
#include "constants.h"

// glibc declares these only as enumerators, so #ifdef cannot see them; an
// absent one resolves to the fallback below (see constants.h).
namespace sockinet_absent {
#ifndef IPPORT_ECHO
constexpr long long IPPORT_ECHO = kAbsent;
#endif
#ifndef IPPORT_DISCARD
constexpr long long IPPORT_DISCARD = kAbsent;
#endif
#ifndef IPPORT_SYSTAT
constexpr long long IPPORT_SYSTAT = kAbsent;
#endif
#ifndef IPPORT_DAYTIME
constexpr long long IPPORT_DAYTIME = kAbsent;
#endif
#ifndef IPPORT_NETSTAT
constexpr long long IPPORT_NETSTAT = kAbsent;
#endif
#ifndef IPPORT_FTP
constexpr long long IPPORT_FTP = kAbsent;
#endif
#ifndef IPPORT_TELNET
constexpr long long IPPORT_TELNET = kAbsent;
#endif
#ifndef IPPORT_SMTP
constexpr long long IPPORT_SMTP = kAbsent;
#endif
#ifndef IPPORT_TIMESERVER
constexpr long long IPPORT_TIMESERVER = kAbsent;
#endif
#ifndef IPPORT_NAMESERVER
constexpr long long IPPORT_NAMESERVER = kAbsent;
#endif
#ifndef IPPORT_WHOIS
constexpr long long IPPORT_WHOIS = kAbsent;
#endif
#ifndef IPPORT_MTP
constexpr long long IPPORT_MTP = kAbsent;
#endif
#ifndef IPPORT_TFTP
constexpr long long IPPORT_TFTP = kAbsent;
#endif
#ifndef IPPORT_RJE
constexpr long long IPPORT_RJE = kAbsent;
#endif
#ifndef IPPORT_FINGER
constexpr long long IPPORT_FINGER = kAbsent;
#endif
#ifndef IPPORT_TTYLINK
constexpr long long IPPORT_TTYLINK = kAbsent;
#endif
#ifndef IPPORT_SUPDUP
constexpr long long IPPORT_SUPDUP = kAbsent;
#endif
#ifndef IPPORT_EXECSERVER
constexpr long long IPPORT_EXECSERVER = kAbsent;
#endif
#ifndef IPPORT_LOGINSERVER
constexpr long long IPPORT_LOGINSERVER = kAbsent;
#endif
#ifndef IPPORT_CMDSERVER
constexpr long long IPPORT_CMDSERVER = kAbsent;
#endif
#ifndef IPPORT_EFSSERVER
constexpr long long IPPORT_EFSSERVER = kAbsent;
#endif
#ifndef IPPORT_BIFFUDP
constexpr long long IPPORT_BIFFUDP = kAbsent;
#endif
#ifndef IPPORT_WHOSERVER
constexpr long long IPPORT_WHOSERVER = kAbsent;
#endif
#ifndef IPPORT_ROUTESERVER
constexpr long long IPPORT_ROUTESERVER = kAbsent;
#endif
#ifndef IPPORT_RESERVED
constexpr long long IPPORT_RESERVED = kAbsent;
#endif
#ifndef IPPORT_USERRESERVED
constexpr long long IPPORT_USERRESERVED = kAbsent;
#endif
#ifndef IPPORT_HIFIRSTAUTO
constexpr long long IPPORT_HIFIRSTAUTO = kAbsent;
#endif
#ifndef IPPORT_HILASTAUTO
constexpr long long IPPORT_HILASTAUTO = kAbsent;
#endif
#ifndef IPPORT_RESERVEDSTART
constexpr long long IPPORT_RESERVEDSTART = kAbsent;
#endif
#ifndef IPPORT_MAX
constexpr long long IPPORT_MAX = kAbsent;
#endif
}  // namespace sockinet_absent
using namespace sockinet_absent;

namespace sockinet {

void AddProtoConstants(ConstantSink& sink) {
#ifdef IPPROTO_IP
  sink.Add("IPPROTO_IP", IPPROTO_IP);
#endif
#ifdef IPPROTO_HOPOPTS
  sink.Add("IPPROTO_HOPOPTS", IPPROTO_HOPOPTS);
#endif
#ifdef IPPROTO_ICMP
  sink.Add("IPPROTO_ICMP", IPPROTO_ICMP);
#endif
#ifdef IPPROTO_IGMP
  sink.Add("IPPROTO_IGMP", IPPROTO_IGMP);
#endif
#ifdef IPPROTO_GGP
  sink.Add("IPPROTO_GGP", IPPROTO_GGP);
#endif
#ifdef IPPROTO_IPV4
  sink.Add("IPPROTO_IPV4", IPPROTO_IPV4);
#endif
#ifdef IPPROTO_IPIP
  sink.Add("IPPROTO_IPIP", IPPROTO_IPIP);
#endif
#ifdef IPPROTO_TCP
  sink.Add("IPPROTO_TCP", IPPROTO_TCP);
#endif
#ifdef IPPROTO_ST
  sink.Add("IPPROTO_ST", IPPROTO_ST);
#endif
#ifdef IPPROTO_EGP
  sink.Add("IPPROTO_EGP", IPPROTO_EGP);
#endif
#ifdef IPPROTO_PIGP
  sink.Add("IPPROTO_PIGP", IPPROTO_PIGP);
#endif
#ifdef IPPROTO_PUP
  sink.Add("IPPROTO_PUP", IPPROTO_PUP);
#endif
#ifdef IPPROTO_UDP
  sink.Add("IPPROTO_UDP", IPPROTO_UDP);
#endif
#ifdef IPPROTO_IDP
  sink.Add("IPPROTO_IDP", IPPROTO_IDP);
#endif
#ifdef IPPROTO_TP
  sink.Add("IPPROTO_TP", IPPROTO_TP);
#endif
#ifdef IPPROTO_XTP
  sink.Add("IPPROTO_XTP", IPPROTO_XTP);
#endif
#ifdef IPPROTO_IPV6
  sink.Add("IPPROTO_IPV6", IPPROTO_IPV6);
#endif
#ifdef IPPROTO_SDRP
  sink.Add("IPPROTO_SDRP", IPPROTO_SDRP);
#endif
#ifdef IPPROTO_ROUTING
  sink.Add("IPPROTO_ROUTING", IPPROTO_ROUTING);
#endif
#ifdef IPPROTO_FRAGMENT
  sink.Add("IPPROTO_FRAGMENT", IPPROTO_FRAGMENT);
#endif
#ifdef IPPROTO_IDRP
  sink.Add("IPPROTO_IDRP", IPPROTO_IDRP);
#endif
#ifdef IPPROTO_RSVP
  sink.Add("IPPROTO_RSVP", IPPROTO_RSVP);
#endif
#ifdef IPPROTO_GRE
  sink.Add("IPPROTO_GRE", IPPROTO_GRE);
#endif
#ifdef IPPROTO_MHRP
  sink.Add("IPPROTO_MHRP", IPPROTO_MHRP);
#endif
#ifdef IPPROTO_BHA
  sink.Add("IPPROTO_BHA", IPPROTO_BHA);
#endif
#ifdef IPPROTO_ESP
  sink.Add("IPPROTO_ESP", IPPROTO_ESP);
#endif
#ifdef IPPROTO_AH
  sink.Add("IPPROTO_AH", IPPROTO_AH);
#endif
#ifdef IPPROTO_INLSP
  sink.Add("IPPROTO_INLSP", IPPROTO_INLSP);
#endif
#ifdef IPPROTO_SWIPE
  sink.Add("IPPROTO_SWIPE", IPPROTO_SWIPE);
#endif
#ifdef IPPROTO_NHRP
  sink.Add("IPPROTO_NHRP", IPPROTO_NHRP);
#endif
#ifdef IPPROTO_MOBILE
  sink.Add("IPPROTO_MOBILE", IPPROTO_MOBILE);
#endif
#ifdef IPPROTO_TLSP
  sink.Add("IPPROTO_TLSP", IPPROTO_TLSP);
#endif
#ifdef IPPROTO_SKIP
  sink.Add("IPPROTO_SKIP", IPPROTO_SKIP);
#endif
#ifdef IPPROTO_ICMPV6
  sink.Add("IPPROTO_ICMPV6", IPPROTO_ICMPV6);
#endif
#ifdef IPPROTO_NONE
  sink.Add("IPPROTO_NONE", IPPROTO_NONE);
#endif
#ifdef IPPROTO_DSTOPTS
  sink.Add("IPPROTO_DSTOPTS", IPPROTO_DSTOPTS);
#endif
#ifdef IPPROTO_MH
  sink.Add("IPPROTO_MH", IPPROTO_MH);
#endif
#ifdef IPPROTO_HELLO
  sink.Add("IPPROTO_HELLO", IPPROTO_HELLO);
#endif
#ifdef IPPROTO_ND
  sink.Add("IPPROTO_ND", IPPROTO_ND);
#endif
#ifdef IPPROTO_EON
  sink.Add("IPPROTO_EON", IPPROTO_EON);
#endif
#ifdef IPPROTO_IPCOMP
  sink.Add("IPPROTO_IPCOMP", IPPROTO_IPCOMP);
#endif
#ifdef IPPROTO_COMP
  sink.Add("IPPROTO_COMP", IPPROTO_COMP);
#endif
#ifdef IPPROTO_PIM
  sink.Add("IPPROTO_PIM", IPPROTO_PIM);
#endif
#ifdef IPPROTO_CARP
  sink.Add("IPPROTO_CARP", IPPROTO_CARP);
#endif
#ifdef IPPROTO_PGM
  sink.Add("IPPROTO_PGM", IPPROTO_PGM);
#endif
#ifdef IPPROTO_SCTP
  sink.Add("IPPROTO_SCTP", IPPROTO_SCTP);
#endif
#ifdef IPPROTO_UDPLITE
  sink.Add("IPPROTO_UDPLITE", IPPROTO_UDPLITE);
#endif
#ifdef IPPROTO_MPLS
  sink.Add("IPPROTO_MPLS", IPPROTO_MPLS);
#endif
#ifdef IPPROTO_ETHERNET
  sink.Add("IPPROTO_ETHERNET", IPPROTO_ETHERNET);
#endif
#ifdef IPPROTO_BEETPH
  sink.Add("IPPROTO_BEETPH", IPPROTO_BEETPH);
#endif
#ifdef IPPROTO_DCCP
  sink.Add("IPPROTO_DCCP", IPPROTO_DCCP);
#endif
#ifdef IPPROTO_MPTCP
  sink.Add("IPPROTO_MPTCP", IPPROTO_MPTCP);
#endif
#ifdef IPPROTO_ENCAP
  sink.Add("IPPROTO_ENCAP", IPPROTO_ENCAP);
#endif
#ifdef IPPROTO_ETHERIP
  sink.Add("IPPROTO_ETHERIP", IPPROTO_ETHERIP);
#endif
#ifdef IPPROTO_MTP
  sink.Add("IPPROTO_MTP", IPPROTO_MTP);
#endif
#ifdef IPPROTO_L2TP
  sink.Add("IPPROTO_L2TP", IPPROTO_L2TP);
#endif
#ifdef IPPROTO_VRRP
  sink.Add("IPPROTO_VRRP", IPPROTO_VRRP);
#endif
#ifdef IPPROTO_BIP
  sink.Add("IPPROTO_BIP", IPPROTO_BIP);
#endif
#ifdef IPPROTO_CBT
  sink.Add("IPPROTO_CBT", IPPROTO_CBT);
#endif
#ifdef IPPROTO_ICLFXBM
  sink.Add("IPPROTO_ICLFXBM", IPPROTO_ICLFXBM);
#endif
#ifdef IPPROTO_IGP
  sink.Add("IPPROTO_IGP", IPPROTO_IGP);
#endif
#ifdef IPPROTO_RDP
  sink.Add("IPPROTO_RDP", IPPROTO_RDP);
#endif
#ifdef IPPROTO_DIVERT
  sink.Add("IPPROTO_DIVERT", IPPROTO_DIVERT);
#endif
#ifdef IPPROTO_PFSYNC
  sink.Add("IPPROTO_PFSYNC", IPPROTO_PFSYNC);
#endif
#ifdef IPPROTO_SEND
  sink.Add("IPPROTO_SEND", IPPROTO_SEND);
#endif
#ifdef IPPROTO_RAW
  sink.Add("IPPROTO_RAW", IPPROTO_RAW);
#endif
#ifdef IPPROTO_MAX
  sink.Add("IPPROTO_MAX", IPPROTO_MAX);
#endif

#ifdef IPPORT_ECHO
  sink.Add("IPPORT_ECHO", IPPORT_ECHO);
#else
  sink.AddProbed("IPPORT_ECHO", ::IPPORT_ECHO);
#endif
#ifdef IPPORT_DISCARD
  sink.Add("IPPORT_DISCARD", IPPORT_DISCARD);
#else
  sink.AddProbed("IPPORT_DISCARD", ::IPPORT_DISCARD);
#endif
#ifdef IPPORT_SYSTAT
  sink.Add("IPPORT_SYSTAT", IPPORT_SYSTAT);
#else
  sink.AddProbed("IPPORT_SYSTAT", ::IPPORT_SYSTAT);
#endif
#ifdef IPPORT_DAYTIME
  sink.Add("IPPORT_DAYTIME", IPPORT_DAYTIME);
#else
  sink.AddProbed("IPPORT_DAYTIME", ::IPPORT_DAYTIME);
#endif
#ifdef IPPORT_NETSTAT
  sink.Add("IPPORT_NETSTAT", IPPORT_NETSTAT);
#else
  sink.AddProbed("IPPORT_NETSTAT", ::IPPORT_NETSTAT);
#endif
#ifdef IPPORT_FTP
  sink.Add("IPPORT_FTP", IPPORT_FTP);
#else
  sink.AddProbed("IPPORT_FTP", ::IPPORT_FTP);
#endif
#ifdef IPPORT_TELNET
  sink.Add("IPPORT_TELNET", IPPORT_TELNET);
#else
  sink.AddProbed("IPPORT_TELNET", ::IPPORT_TELNET);
#endif
#ifdef IPPORT_SMTP
  sink.Add("IPPORT_SMTP", IPPORT_SMTP);
#else
  sink.AddProbed("IPPORT_SMTP", ::IPPORT_SMTP);
#endif
#ifdef IPPORT_TIMESERVER
  sink.Add("IPPORT_TIMESERVER", IPPORT_TIMESERVER);
#else
  sink.AddProbed("IPPORT_TIMESERVER", ::IPPORT_TIMESERVER);
#endif
#ifdef IPPORT_NAMESERVER
  sink.Add("IPPORT_NAMESERVER", IPPORT_NAMESERVER);
#else
  sink.AddProbed("IPPORT_NAMESERVER", ::IPPORT_NAMESERVER);
#endif
#ifdef IPPORT_WHOIS
  sink.Add("IPPORT_WHOIS", IPPORT_WHOIS);
#else
  sink.AddProbed("IPPORT_WHOIS", ::IPPORT_WHOIS);
#endif
#ifdef IPPORT_MTP
  sink.Add("IPPORT_MTP", IPPORT_MTP);
#else
  sink.AddProbed("IPPORT_MTP", ::IPPORT_MTP);
#endif
#ifdef IPPORT_TFTP
  sink.Add("IPPORT_TFTP", IPPORT_TFTP);
#else
  sink.AddProbed("IPPORT_TFTP", ::IPPORT_TFTP);
#endif
#ifdef IPPORT_RJE
  sink.Add("IPPORT_RJE", IPPORT_RJE);
#else
  sink.AddProbed("IPPORT_RJE", ::IPPORT_RJE);
#endif
#ifdef IPPORT_FINGER
  sink.Add("IPPORT_FINGER", IPPORT_FINGER);
#else
  sink.AddProbed("IPPORT_FINGER", ::IPPORT_FINGER);
#endif
#ifdef IPPORT_TTYLINK
  sink.Add("IPPORT_TTYLINK", IPPORT_TTYLINK);
#else
  sink.AddProbed("IPPORT_TTYLINK", ::IPPORT_TTYLINK);
#endif
#ifdef IPPORT_SUPDUP
  sink.Add("IPPORT_SUPDUP", IPPORT_SUPDUP);
#else
  sink.AddProbed("IPPORT_SUPDUP", ::IPPORT_SUPDUP);
#endif
#ifdef IPPORT_EXECSERVER
  sink.Add("IPPORT_EXECSERVER", IPPORT_EXECSERVER);
#else
  sink.AddProbed("IPPORT_EXECSERVER", ::IPPORT_EXECSERVER);
#endif
#ifdef IPPORT_LOGINSERVER
  sink.Add("IPPORT_LOGINSERVER", IPPORT_LOGINSERVER);
#else
  sink.AddProbed("IPPORT_LOGINSERVER", ::IPPORT_LOGINSERVER);
#endif
#ifdef IPPORT_CMDSERVER
  sink.Add("IPPORT_CMDSERVER", IPPORT_CMDSERVER);
#else
  sink.AddProbed("IPPORT_CMDSERVER", ::IPPORT_CMDSERVER);
#endif
#ifdef IPPORT_EFSSERVER
  sink.Add("IPPORT_EFSSERVER", IPPORT_EFSSERVER);
#else
  sink.AddProbed("IPPORT_EFSSERVER", ::IPPORT_EFSSERVER);
#endif
#ifdef IPPORT_BIFFUDP
  sink.Add("IPPORT_BIFFUDP", IPPORT_BIFFUDP);
#else
  sink.AddProbed("IPPORT_BIFFUDP", ::IPPORT_BIFFUDP);
#endif
#ifdef IPPORT_WHOSERVER
  sink.Add("IPPORT_WHOSERVER", IPPORT_WHOSERVER);
#else
  sink.AddProbed("IPPORT_WHOSERVER", ::IPPORT_WHOSERVER);
#endif
#ifdef IPPORT_ROUTESERVER
  sink.Add("IPPORT_ROUTESERVER", IPPORT_ROUTESERVER);
#else
  sink.AddProbed("IPPORT_ROUTESERVER", ::IPPORT_ROUTESERVER);
#endif
#ifdef IPPORT_RESERVED
  sink.Add("IPPORT_RESERVED", IPPORT_RESERVED);
#else
  sink.AddProbed("IPPORT_RESERVED", ::IPPORT_RESERVED);
#endif
#ifdef IPPORT_USERRESERVED
  sink.Add("IPPORT_USERRESERVED", IPPORT_USERRESERVED);
#else
  sink.AddProbed("IPPORT_USERRESERVED", ::IPPORT_USERRESERVED);
#endif
#ifdef IPPORT_HIFIRSTAUTO
  sink.Add("IPPORT_HIFIRSTAUTO", IPPORT_HIFIRSTAUTO);
#else
  sink.AddProbed("IPPORT_HIFIRSTAUTO", ::IPPORT_HIFIRSTAUTO);
#endif
#ifdef IPPORT_HILASTAUTO
  sink.Add("IPPORT_HILASTAUTO", IPPORT_HILASTAUTO);
#else
  sink.AddProbed("IPPORT_HILASTAUTO", ::IPPORT_HILASTAUTO);
#endif
#ifdef IPPORT_RESERVEDSTART
  sink.Add("IPPORT_RESERVEDSTART", IPPORT_RESERVEDSTART);
#else
  sink.AddProbed("IPPORT_RESERVEDSTART", ::IPPORT_RESERVEDSTART);
#endif
#ifdef IPPORT_MAX
  sink.Add("IPPORT_MAX", IPPORT_MAX);
#else
  sink.AddProbed("IPPORT_MAX", ::IPPORT_MAX);
#endif

#ifdef INADDR_ANY
  sink.Add("INADDR_ANY", INADDR_ANY);
#endif
#ifdef INADDR_BROADCAST
  sink.Add("INADDR_BROADCAST", INADDR_BROADCAST);
#endif
#ifdef INADDR_NONE
  sink.Add("INADDR_NONE", INADDR_NONE);
#endif
#ifdef INADDR_DUMMY
  sink.Add("INADDR_DUMMY", INADDR_DUMMY);
#endif
#ifdef INADDR_LOOPBACK
  sink.Add("INADDR_LOOPBACK", INADDR_LOOPBACK);
#endif
#ifdef INADDR_UNSPEC_GROUP
  sink.Add("INADDR_UNSPEC_GROUP", INADDR_UNSPEC_GROUP);
#endif
#ifdef INADDR_ALLHOSTS_GROUP
  sink.Add("INADDR_ALLHOSTS_GROUP", INADDR_ALLHOSTS_GROUP);
#endif
#ifdef INADDR_ALLRTRS_GROUP
  sink.Add("INADDR_ALLRTRS_GROUP", INADDR_ALLRTRS_GROUP);
#endif
#ifdef INADDR_ALLRPTS_GROUP
  sink.Add("INADDR_ALLRPTS_GROUP", INADDR_ALLRPTS_GROUP);
#endif
#ifdef INADDR_ALLSNOOPERS_GROUP
  sink.Add("INADDR_ALLSNOOPERS_GROUP", INADDR_ALLSNOOPERS_GROUP);
#endif
#ifdef INADDR_CARP_GROUP
  sink.Add("INADDR_CARP_GROUP", INADDR_CARP_GROUP);
#endif
#ifdef INADDR_PFSYNC_GROUP
  sink.Add("INADDR_PFSYNC_GROUP", INADDR_PFSYNC_GROUP);
#endif
#ifdef INADDR_ALLMDNS_GROUP
  sink.Add("INADDR_ALLMDNS_GROUP", INADDR_ALLMDNS_GROUP);
#endif
#ifdef INADDR_MAX_LOCAL_GROUP
  sink.Add("INADDR_MAX_LOCAL_GROUP", INADDR_MAX_LOCAL_GROUP);
#endif

#ifdef SOL_IP
  sink.Add("SOL_IP", SOL_IP);
#endif
#ifdef SOL_IPV6
  sink.Add("SOL_IPV6", SOL_IPV6);
#endif
#ifdef SOL_ICMPV6
  sink.Add("SOL_ICMPV6", SOL_ICMPV6);
#endif
#ifdef SOL_TCP
  sink.Add("SOL_TCP", SOL_TCP);
#endif
#ifdef SOL_UDP
  sink.Add("SOL_UDP", SOL_UDP);
#endif
#ifdef SOL_UDPLITE
  sink.Add("SOL_UDPLITE", SOL_UDPLITE);
#endif
#ifdef SOL_RAW
  sink.Add("SOL_RAW", SOL_RAW);
#endif
#ifdef SOL_MPTCP
  sink.Add("SOL_MPTCP", SOL_MPTCP);
#endif
}

}  // namespace sockinet
