// The system headers that define the inet family: every native file of
// @sock/inet includes them through here, so constants and layouts come from
// one view of the platform.
#ifndef SOCK_INET_HEADERS_H_
#define SOCK_INET_HEADERS_H_

#include <sys/types.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <netinet/in.h>
#if __has_include(<netinet/in_systm.h>)
#include <netinet/in_systm.h>
#endif
#if __has_include(<netinet/ip.h>)
#include <netinet/ip.h>
#endif
#include <netinet/tcp.h>
#include <netinet/udp.h>
#if __has_include(<netinet/udplite.h>)
#include <netinet/udplite.h>
#endif
#include <arpa/inet.h>
#include <netdb.h>

// Linux keeps the UDP-Lite checksum-coverage options in the kernel-internal
// include/net/udplite.h, which neither the uapi nor the libc headers export;
// CPython defines them with these values for the same reason.
#if defined(IPPROTO_UDPLITE) && defined(__linux__)
#ifndef UDPLITE_SEND_CSCOV
#define UDPLITE_SEND_CSCOV 10
#endif
#ifndef UDPLITE_RECV_CSCOV
#define UDPLITE_RECV_CSCOV 11
#endif
#endif

#endif  // SOCK_INET_HEADERS_H_
